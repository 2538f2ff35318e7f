// SQLite dialect: the schema migrations and every statement, with `?` placeholders.
#include "storage/case_repository.h"
#include "storage/case_terms_rows.h"
#include "storage/dialect.h"
#include "storage/inbox_repository.h"
#include "storage/register_statements.h"
#include "storage/report_queries.h"
#include "storage/settings_repository.h"
#include "storage/rule_data_repository.h"
#include "storage/workflow_repository.h"
#include "storage/user_repository.h"
#include "storage/audit_repository.h"
#include "storage/field_box_repository.h"

namespace landdesk::storage {

namespace {

const Migration kMigrations[] = {
    {1,
     "case model: cases, parties, ID documents, parcels, purposes, documents, fields, events",
     {
         R"(CREATE TABLE schema_migrations (
              version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL))",
         R"(CREATE TABLE case_file (
              id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, status TEXT NOT NULL,
              channel TEXT NOT NULL, received_at TEXT NOT NULL, due_at TEXT, officer TEXT NOT NULL DEFAULT '',
              row_version INTEGER NOT NULL DEFAULT 1))",
         "CREATE INDEX case_file_received ON case_file(received_at)",
         R"(CREATE TABLE party (
              id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, birth_date TEXT, sex TEXT,
              permanent_address TEXT NOT NULL DEFAULT '', current_address TEXT NOT NULL DEFAULT '',
              phone TEXT NOT NULL DEFAULT '', marital_status TEXT NOT NULL DEFAULT 'unknown',
              spouse_id INTEGER REFERENCES party(id) ON DELETE SET NULL))",
         R"(CREATE TABLE id_document (
              party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              type TEXT NOT NULL, number TEXT NOT NULL, issue_date TEXT, issuer TEXT NOT NULL DEFAULT '',
              PRIMARY KEY (party_id, position)))",
         "CREATE INDEX id_document_number ON id_document(number)",
         R"(CREATE TABLE case_party (
              case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              party_id INTEGER NOT NULL REFERENCES party(id), role TEXT NOT NULL,
              PRIMARY KEY (case_id, position)))",
         "CREATE INDEX case_party_party ON case_party(party_id)",
         R"(CREATE TABLE case_relationship (
              case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE, from_position INTEGER NOT NULL,
              to_position INTEGER NOT NULL, kinship TEXT NOT NULL))",
         "CREATE INDEX case_relationship_case ON case_relationship(case_id)",
         R"(CREATE TABLE parcel (
              id INTEGER PRIMARY KEY, serial TEXT NOT NULL DEFAULT '', register_number TEXT NOT NULL DEFAULT '',
              issuer TEXT NOT NULL DEFAULT '', issue_date TEXT, parcel_number TEXT NOT NULL DEFAULT '',
              map_sheet TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', area TEXT NOT NULL,
              use_form TEXT NOT NULL, term TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT '',
              assets TEXT NOT NULL DEFAULT ''))",
         "CREATE INDEX parcel_serial ON parcel(serial)",
         R"(CREATE TABLE land_purpose (
              parcel_id INTEGER NOT NULL REFERENCES parcel(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              code TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', area TEXT NOT NULL,
              PRIMARY KEY (parcel_id, position)))",
         R"(CREATE TABLE case_parcel (
              case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              parcel_id INTEGER NOT NULL REFERENCES parcel(id), price INTEGER, transferred_area TEXT,
              PRIMARY KEY (case_id, position)))",
         "CREATE INDEX case_parcel_parcel ON case_parcel(parcel_id)",
         R"(CREATE TABLE source_document (
              id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
              kind TEXT NOT NULL, sha256 TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL DEFAULT '',
              media_type TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL, received_at TEXT NOT NULL))",
         "CREATE INDEX source_document_case ON source_document(case_id)",
         R"(CREATE TABLE extracted_field (
              document_id INTEGER NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,
              position INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, provenance TEXT NOT NULL,
              confidence REAL, PRIMARY KEY (document_id, position)))",
         R"(CREATE TABLE case_event (
              id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
              at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, field TEXT NOT NULL DEFAULT '',
              old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT ''))",
         "CREATE INDEX case_event_case ON case_event(case_id)",
     }},
    {2,
     "diacritic-insensitive search index over case code, party names, ID numbers and parcels",
     {"CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'unicode61', prefix = '2 3')"},
     // Cases stored under v1 are indexed by the migration itself.
     rebuildSearchIndex},
    {3,
     "desk settings: office profile, signer, register number format",
     {R"(CREATE TABLE setting (
           key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL DEFAULT ''))"}},
    {4,
     "case list columns on case_file (main party, first parcel) and a newest-first covering index",
     {
         // The list showed these through a correlated subquery and two joins per row: 2 s for 100 000 cases.
         // CaseRepository keeps them right in the transaction that writes the parties and parcels.
         "ALTER TABLE case_file ADD COLUMN main_party TEXT NOT NULL DEFAULT ''",
         "ALTER TABLE case_file ADD COLUMN parcel_number TEXT NOT NULL DEFAULT ''",
         "ALTER TABLE case_file ADD COLUMN map_sheet TEXT NOT NULL DEFAULT ''",
         "ALTER TABLE case_file ADD COLUMN parcel_address TEXT NOT NULL DEFAULT ''",
         R"(UPDATE case_file SET main_party = COALESCE((SELECT p.full_name FROM case_party cp
              JOIN party p ON p.id = cp.party_id WHERE cp.case_id = case_file.id ORDER BY cp.position LIMIT 1), ''))",
         R"(UPDATE case_file SET (parcel_number, map_sheet, parcel_address) = (SELECT pa.parcel_number, pa.map_sheet,
              pa.address FROM case_parcel cpa JOIN parcel pa ON pa.id = cpa.parcel_id
              WHERE cpa.case_id = case_file.id ORDER BY cpa.position LIMIT 1)
            WHERE EXISTS (SELECT 1 FROM case_parcel WHERE case_id = case_file.id))",
         // Covering: the whole list is one forward scan of this index, no table lookups (4x faster at 50 000
         // cases); it also serves every range on received_at, so the older one-column index goes.
         "DROP INDEX case_file_received",
         R"(CREATE INDEX case_file_newest ON case_file(received_at DESC, id DESC, code, kind, status, due_at,
              main_party, parcel_number, map_sheet, parcel_address))",
         // Prefix indexes for words of 1 to 6 letters (nearly every folded Vietnamese syllable): without one, a query
         // word merges the postings of every word it starts ("quan" -> "quang" of "tỉnh Quảng Trị" in every case).
         // Search CPU p95 at 1M parties 12 -> 0.8 ms, single letters 24-90 -> 2 ms; the index grows ~200 bytes a case.
         "ALTER TABLE case_search RENAME TO case_search_v2",
         "CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'unicode61', prefix = '1 2 3 4 5 6')",
         "INSERT INTO case_search(rowid, body) SELECT rowid, body FROM case_search_v2",
         "DROP TABLE case_search_v2",
     }},
    {5,
     "workflow: stage columns on case_file (authenticated, closed, current stage and its deadline, pause), "
     "transition details and corrections, visits, hand-off batches, tax notices",
     {
         // Maintained by app/core/workflow in the transaction of every transition, so the dashboard and the
         // reports count from case_file alone (no event scans). stage_due_at is NULL while the clock is stopped.
         "ALTER TABLE case_file ADD COLUMN authenticated_at TEXT",
         "ALTER TABLE case_file ADD COLUMN closed_at TEXT",
         "ALTER TABLE case_file ADD COLUMN closed_status TEXT",
         "ALTER TABLE case_file ADD COLUMN stage_started_at TEXT",
         "ALTER TABLE case_file ADD COLUMN stage_procedure TEXT",
         "ALTER TABLE case_file ADD COLUMN stage_due_at TEXT",
         "ALTER TABLE case_file ADD COLUMN paused_since TEXT",
         "ALTER TABLE case_file ADD COLUMN resume_status TEXT",
         // Open cases by stage due (closed_at IS NULL, then a range; covering for the counts), cases closed in a
         // period (a range on the leading column), cases per state, cases authenticated in a period.
         "CREATE INDEX case_file_closed_due ON case_file(closed_at, stage_due_at, stage_procedure)",
         "CREATE INDEX case_file_status_due ON case_file(status, stage_due_at)",
         "CREATE INDEX case_file_authenticated ON case_file(authenticated_at)",
         // One row per transition event, and per correcting event (corrects = the event it replaces or voids).
         R"(CREATE TABLE case_transition (
              event_id INTEGER PRIMARY KEY REFERENCES case_event(id) ON DELETE CASCADE,
              case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
              at TEXT NOT NULL, recorded_at TEXT NOT NULL, actor TEXT NOT NULL,
              from_status TEXT NOT NULL, to_status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
              receipt_no TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', due_at TEXT, amount INTEGER,
              register_entry_id INTEGER, register_number TEXT NOT NULL DEFAULT '',
              corrects INTEGER REFERENCES case_transition(event_id), voids INTEGER NOT NULL DEFAULT 0,
              superseded_by INTEGER REFERENCES case_transition(event_id), reason TEXT NOT NULL DEFAULT ''))",
         "CREATE INDEX case_transition_case ON case_transition(case_id, event_id)",
         // Visit 1 (signing) and visit 2 (collection); a rebooking keeps the old row as 'rebooked'.
         R"(CREATE TABLE visit (
              id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
              number INTEGER NOT NULL CHECK (number IN (1, 2)), at TEXT NOT NULL, place TEXT NOT NULL DEFAULT '',
              papers TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
              state TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'rebooked', 'cancelled')),
              booked_at TEXT NOT NULL, booked_by TEXT NOT NULL))",
         "CREATE INDEX visit_booked_at ON visit(at) WHERE state = 'booked'",
         "CREATE INDEX visit_case ON visit(case_id)",
         // Transmittal batches (phiếu chuyển hồ sơ) to the land registration office, branch, service centre or
         // the tax office; each dossier's line keeps the other side's receipt number and due date.
         R"(CREATE TABLE handoff_batch (
              id INTEGER PRIMARY KEY, agency_kind TEXT NOT NULL, agency TEXT NOT NULL DEFAULT '',
              sent_at TEXT NOT NULL, officer TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL))",
         R"(CREATE TABLE handoff_item (
              batch_id INTEGER NOT NULL REFERENCES handoff_batch(id) ON DELETE CASCADE,
              case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              receipt_no TEXT NOT NULL DEFAULT '', due_at TEXT, receipt_at TEXT, PRIMARY KEY (batch_id, case_id)))",
         "CREATE INDEX handoff_item_case ON handoff_item(case_id)",
         R"(CREATE TABLE tax_notice (
              id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
              event_id INTEGER REFERENCES case_event(id), number TEXT NOT NULL DEFAULT '',
              amount INTEGER NOT NULL CHECK (amount >= 0), received_at TEXT NOT NULL, due_at TEXT NOT NULL,
              paid_at TEXT, paid_amount INTEGER, payment_ref TEXT NOT NULL DEFAULT '',
              recorded_by TEXT NOT NULL))",
         "CREATE INDEX tax_notice_case ON tax_notice(case_id)",
     },
     // Rows without workflow history get the stage their status tells, now and (by a trigger) when inserted later.
     backfillWorkflowStages},
    {6,
     "authentication register (books, hash-chained entries), case fees with receipts, blocked-parcel notices",
     {
         R"(CREATE TABLE register_book (
              id INTEGER PRIMARY KEY, year INTEGER NOT NULL, number INTEGER NOT NULL, opened_at TEXT NOT NULL,
              opened_by TEXT NOT NULL DEFAULT '', closed_at TEXT, closed_by TEXT NOT NULL DEFAULT '',
              closing_total INTEGER, closing_hash TEXT NOT NULL DEFAULT '', UNIQUE (year, number)))",
         // The register is kept permanently (ND 23/2015 art. 14): a case with an entry cannot be deleted.
         R"(CREATE TABLE register_entry (
              id INTEGER PRIMARY KEY, year INTEGER NOT NULL, number INTEGER NOT NULL,
              book_id INTEGER NOT NULL REFERENCES register_book(id), entry_date TEXT NOT NULL,
              case_id INTEGER REFERENCES case_file(id), case_code TEXT NOT NULL DEFAULT '', parties TEXT NOT NULL,
              document_title TEXT NOT NULL, signer TEXT NOT NULL, fee INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '',
              kind TEXT NOT NULL, refers_to INTEGER REFERENCES register_entry(id), number_text TEXT NOT NULL,
              recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL,
              UNIQUE (year, number)))",
         "CREATE INDEX register_entry_date ON register_entry(entry_date)",
         "CREATE INDEX register_entry_case ON register_entry(case_id)",
         "CREATE INDEX register_entry_refers ON register_entry(refers_to)",
         // Entries are never edited or removed through the application; the hash chain catches edits made around it.
         R"(CREATE TRIGGER register_entry_no_update BEFORE UPDATE ON register_entry
              BEGIN SELECT RAISE(ABORT, 'register entries are permanent'); END)",
         R"(CREATE TRIGGER register_entry_no_delete BEFORE DELETE ON register_entry
              BEGIN SELECT RAISE(ABORT, 'register entries are permanent'); END)",
         R"(CREATE TRIGGER register_entry_closed_year BEFORE INSERT ON register_entry
              WHEN EXISTS (SELECT 1 FROM register_book WHERE year = NEW.year AND closed_at IS NOT NULL)
              BEGIN SELECT RAISE(ABORT, 'register year closed'); END)",
         R"(CREATE TRIGGER register_book_closed BEFORE UPDATE ON register_book WHEN OLD.closed_at IS NOT NULL
              BEGIN SELECT RAISE(ABORT, 'register book closed'); END)",
         R"(CREATE TABLE case_fee (
              id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES case_file(id), kind TEXT NOT NULL,
              description TEXT NOT NULL, pages INTEGER NOT NULL DEFAULT 1, copies INTEGER NOT NULL DEFAULT 1,
              amount INTEGER NOT NULL, rule_key TEXT NOT NULL, legal_basis TEXT NOT NULL, receipt_no TEXT NOT NULL,
              paid_on TEXT NOT NULL, register_entry_id INTEGER REFERENCES register_entry(id),
              recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL))",
         "CREATE INDEX case_fee_case ON case_fee(case_id)",
         "CREATE INDEX case_fee_receipt ON case_fee(receipt_no)",
         R"(CREATE TABLE block_notice (
              id INTEGER PRIMARY KEY, action TEXT NOT NULL CHECK (action IN ('block', 'release')),
              issuer_kind TEXT NOT NULL, issuer TEXT NOT NULL, document_number TEXT NOT NULL,
              document_date TEXT NOT NULL, gcn_serial TEXT NOT NULL DEFAULT '', serial_key TEXT NOT NULL DEFAULT '',
              parcel_number TEXT NOT NULL DEFAULT '', map_sheet TEXT NOT NULL DEFAULT '',
              commune TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
              releases INTEGER REFERENCES block_notice(id), received_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
              source TEXT NOT NULL DEFAULT ''))",
         "CREATE INDEX block_notice_serial ON block_notice(serial_key)",
         "CREATE INDEX block_notice_parcel ON block_notice(parcel_number, map_sheet)",
         "CREATE UNIQUE INDEX block_notice_release ON block_notice(releases)",
     }},
    {7,
     "documents: contract terms with payments, estate with heirs, parcel owners with shares",
     {
         R"(CREATE TABLE case_terms (
              case_id INTEGER PRIMARY KEY REFERENCES case_file(id) ON DELETE CASCADE,
              payment_method TEXT NOT NULL DEFAULT '', handover_date TEXT, income_tax_payer TEXT NOT NULL,
              registration_fee_payer TEXT NOT NULL, originals INTEGER NOT NULL, copies_per_side INTEGER NOT NULL,
              gift_condition TEXT NOT NULL DEFAULT '', subdivision_drawing TEXT NOT NULL DEFAULT '',
              other_terms TEXT NOT NULL DEFAULT ''))",
         R"(CREATE TABLE case_payment (
              case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              paid_on TEXT, amount INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '', PRIMARY KEY (case_id, position)))",
         R"(CREATE TABLE case_estate (
              case_id INTEGER PRIMARY KEY REFERENCES case_file(id) ON DELETE CASCADE, death_date TEXT,
              death_place TEXT NOT NULL DEFAULT '', death_certificate_number TEXT NOT NULL DEFAULT '',
              death_certificate_date TEXT, death_certificate_issuer TEXT NOT NULL DEFAULT '', basis TEXT NOT NULL,
              will_date TEXT, will_description TEXT NOT NULL DEFAULT '', surviving_spouse_position INTEGER,
              spouse_half_separated INTEGER NOT NULL DEFAULT 0))",
         R"(CREATE TABLE case_heir (
              case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE, position INTEGER NOT NULL,
              party_position INTEGER NOT NULL, rank INTEGER NOT NULL, share TEXT NOT NULL DEFAULT '',
              takes_land INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (case_id, position)))",
         R"(CREATE TABLE case_parcel_owner (
              case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE, parcel_position INTEGER NOT NULL,
              position INTEGER NOT NULL, party_position INTEGER NOT NULL, share TEXT NOT NULL DEFAULT '',
              PRIMARY KEY (case_id, parcel_position, position)))",
     }},
    {8,
     "inbox: received files waiting for a case, mail cursors (IMAP UID, POP3 UIDL), watched folders and files taken",
     {
         R"(CREATE TABLE inbox_item (
              id INTEGER PRIMARY KEY, channel TEXT NOT NULL, sender TEXT NOT NULL DEFAULT '',
              subject TEXT NOT NULL DEFAULT '', received_at TEXT NOT NULL, file_name TEXT NOT NULL,
              sha256 TEXT NOT NULL, media_type TEXT NOT NULL, content_kind TEXT NOT NULL, size INTEGER NOT NULL,
              origin TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'new',
              case_id INTEGER REFERENCES case_file(id) ON DELETE SET NULL, imported_at TEXT NOT NULL))",
         "CREATE INDEX inbox_item_sha256 ON inbox_item(sha256)",
         "CREATE INDEX inbox_item_state ON inbox_item(state, received_at)",
         R"(CREATE TABLE mail_imap_cursor (
              account TEXT NOT NULL, uid_validity INTEGER NOT NULL, last_uid INTEGER NOT NULL,
              updated_at TEXT NOT NULL, PRIMARY KEY (account, uid_validity)))",
         R"(CREATE TABLE mail_pop3_seen (
              account TEXT NOT NULL, uidl TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (account, uidl)))",
         "CREATE TABLE watched_folder (path TEXT PRIMARY KEY, added_at TEXT NOT NULL)",
         R"(CREATE TABLE watched_file (
              path TEXT NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL, sha256 TEXT NOT NULL DEFAULT '',
              taken_at TEXT NOT NULL, PRIMARY KEY (path, size, mtime)))",
     }},
    {9,
     "reports: registration deadline and result time on case_file (kept by a trigger), statistics covering indexes",
     sqliteReportMigration()},
    {10,
     "rule data: the desk's own copy of each dated rule table (holidays, deadlines, fees, taxes, land prices)",
     {R"(CREATE TABLE rule_data (
           name TEXT PRIMARY KEY, json TEXT NOT NULL, changed_by TEXT NOT NULL, changed_at TEXT NOT NULL))"}},
    {11,
     "optimistic locking: a row version on parties and parcels (shared between cases), besides the case's own",
     {
         "ALTER TABLE party ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
         "ALTER TABLE parcel ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
     }},
    {12,
     "access: officers with roles and argon2id password hashes; the append-only, hash-chained audit log",
     sqliteAccessMigration()},
    {13,
     "capture: the box and confidence where each value of a paper was read, so the verify view needs no re-reading",
     {R"(CREATE TABLE field_box (
           document_id INTEGER NOT NULL REFERENCES source_document(id) ON DELETE CASCADE, position INTEGER NOT NULL,
           field TEXT NOT NULL, page INTEGER NOT NULL, x INTEGER NOT NULL, y INTEGER NOT NULL, width INTEGER NOT NULL,
           height INTEGER NOT NULL, confidence REAL NOT NULL, PRIMARY KEY (document_id, position)))"}},
};

const Statements kStatements{
    .schemaTables = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'",
    .currentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
    .recordMigration = "INSERT INTO schema_migrations(version, description, applied_at) VALUES(?, ?, ?)",
    // A range on code reads only the code index (LIKE cannot use it); the numbers may outgrow five digits.
    .nextCaseNumber = "SELECT COALESCE(MAX(CAST(substr(code, ?) AS INTEGER)), 0) + 1 FROM case_file "
                      "WHERE code >= ? AND code < ?",
    .insertCase = "INSERT INTO case_file(code, kind, status, channel, received_at, due_at, officer, row_version, "
                  "main_party, parcel_number, map_sheet, parcel_address) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id",
    .updateCase = "UPDATE case_file SET code = ?, kind = ?, channel = ?, received_at = ?, due_at = ?, "
                  "officer = ?, main_party = ?, parcel_number = ?, map_sheet = ?, parcel_address = ?, "
                  "row_version = row_version + 1 WHERE id = ? AND row_version = ?",
    .caseById = "SELECT id, code, kind, status, channel, received_at, due_at, officer, row_version FROM case_file "
                "WHERE id = ?",
    .caseIdByCode = "SELECT id FROM case_file WHERE code = ?",
    .updateCaseListColumns = "UPDATE case_file SET main_party = ?, parcel_number = ?, map_sheet = ?, "
                             "parcel_address = ? WHERE id = ?",
    .casesOfParty = "SELECT DISTINCT case_id FROM case_party WHERE party_id = ? AND case_id <> ?",
    .casesOfParcel = "SELECT DISTINCT case_id FROM case_parcel WHERE parcel_id = ? AND case_id <> ?",
    .insertParty = "INSERT INTO party(full_name, birth_date, sex, permanent_address, current_address, phone, "
                   "marital_status) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id",
    // (…, id, version read with the case or 0) -> the new version; no row when another desk wrote it meanwhile.
    .updateParty = "UPDATE party SET full_name = ?, birth_date = ?, sex = ?, permanent_address = ?, "
                   "current_address = ?, phone = ?, marital_status = ?, row_version = row_version + 1 WHERE id = ? "
                   "AND row_version = COALESCE(NULLIF(CAST(? AS BIGINT), 0), row_version) RETURNING row_version",
    .setSpouse = "UPDATE party SET spouse_id = ? WHERE id = ?",
    .deleteIdDocuments = "DELETE FROM id_document WHERE party_id = ?",
    .insertIdDocument = "INSERT INTO id_document(party_id, position, type, number, issue_date, issuer) "
                        "VALUES(?, ?, ?, ?, ?, ?)",
    .idDocumentsOfParty = "SELECT type, number, issue_date, issuer FROM id_document WHERE party_id = ? "
                          "ORDER BY position",
    .deleteCaseParties = "DELETE FROM case_party WHERE case_id = ?",
    .insertCaseParty = "INSERT INTO case_party(case_id, position, party_id, role) VALUES(?, ?, ?, ?)",
    .partiesOfCase = "SELECT p.id, p.full_name, p.birth_date, p.sex, p.permanent_address, p.current_address, "
                     "p.phone, p.marital_status, p.spouse_id, cp.role FROM case_party cp "
                     "JOIN party p ON p.id = cp.party_id WHERE cp.case_id = ? ORDER BY cp.position",
    .deleteRelationships = "DELETE FROM case_relationship WHERE case_id = ?",
    .insertRelationship = "INSERT INTO case_relationship(case_id, from_position, to_position, kinship) "
                          "VALUES(?, ?, ?, ?)",
    .relationshipsOfCase = "SELECT from_position, to_position, kinship FROM case_relationship WHERE case_id = ? "
                           "ORDER BY rowid",
    .insertParcel = "INSERT INTO parcel(serial, register_number, issuer, issue_date, parcel_number, map_sheet, "
                    "address, area, use_form, term, origin, assets) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id",
    .updateParcel = "UPDATE parcel SET serial = ?, register_number = ?, issuer = ?, issue_date = ?, "
                    "parcel_number = ?, map_sheet = ?, address = ?, area = ?, use_form = ?, term = ?, origin = ?, "
                    "assets = ?, row_version = row_version + 1 WHERE id = ? "
                    "AND row_version = COALESCE(NULLIF(CAST(? AS BIGINT), 0), row_version) RETURNING row_version",
    .deletePurposes = "DELETE FROM land_purpose WHERE parcel_id = ?",
    .insertPurpose = "INSERT INTO land_purpose(parcel_id, position, code, name, area) VALUES(?, ?, ?, ?, ?)",
    .purposesOfParcel = "SELECT code, name, area FROM land_purpose WHERE parcel_id = ? ORDER BY position",
    .deleteCaseParcels = "DELETE FROM case_parcel WHERE case_id = ?",
    .insertCaseParcel = "INSERT INTO case_parcel(case_id, position, parcel_id, price, transferred_area) "
                        "VALUES(?, ?, ?, ?, ?)",
    .parcelsOfCase = "SELECT pa.id, pa.serial, pa.register_number, pa.issuer, pa.issue_date, pa.parcel_number, "
                     "pa.map_sheet, pa.address, pa.area, pa.use_form, pa.term, pa.origin, pa.assets, cpa.price, "
                     "cpa.transferred_area FROM case_parcel cpa JOIN parcel pa ON pa.id = cpa.parcel_id "
                     "WHERE cpa.case_id = ? ORDER BY cpa.position",
    .insertDocument = "INSERT INTO source_document(case_id, kind, sha256, file_name, media_type, channel, "
                      "received_at) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id",
    .updateDocument = "UPDATE source_document SET kind = ?, sha256 = ?, file_name = ?, media_type = ?, channel = ?, "
                      "received_at = ? WHERE id = ? AND case_id = ?",
    .deleteDocumentsNotIn = "DELETE FROM source_document WHERE case_id = ? AND id NOT IN ",
    .deleteFields = "DELETE FROM extracted_field WHERE document_id = ?",
    .insertField = "INSERT INTO extracted_field(document_id, position, name, value, provenance, confidence) "
                   "VALUES(?, ?, ?, ?, ?, ?)",
    .documentsOfCase = "SELECT id, kind, sha256, file_name, media_type, channel, received_at FROM source_document "
                       "WHERE case_id = ? ORDER BY id",
    .fieldsOfDocument = "SELECT name, value, provenance, confidence FROM extracted_field WHERE document_id = ? "
                        "ORDER BY position",
    .insertEvent = "INSERT INTO case_event(case_id, at, actor, action, field, old_value, new_value) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?)",
    .eventsOfCase = "SELECT id, at, actor, action, field, old_value, new_value FROM case_event WHERE case_id = ? "
                    "ORDER BY id",
    .deleteSearchRow = "DELETE FROM case_search WHERE rowid = ?",
    .insertSearchRow = "INSERT INTO case_search(rowid, body) VALUES(?, ?)",
    // Same columns, same order: the list is one scan of the covering index case_file_newest.
    .caseSummaries = "SELECT id, code, kind, status, received_at, COALESCE(due_at, ''), main_party, parcel_number, "
                     "map_sheet, parcel_address FROM case_file ORDER BY received_at DESC, id DESC LIMIT ?",
    // FTS5 walks its rowids backwards without sorting, so a capped search keeps the most recently added cases.
    .caseSummariesMatching =
        "SELECT id, code, kind, status, received_at, COALESCE(due_at, ''), main_party, parcel_number, map_sheet, "
        "parcel_address FROM case_file WHERE id IN (SELECT rowid FROM case_search WHERE case_search MATCH ? "
        "ORDER BY rowid DESC LIMIT ?) ORDER BY received_at DESC, id DESC",
    .countCases = "SELECT COUNT(*) FROM case_file",
    .countParties = "SELECT COUNT(*) FROM party",
    .allCaseIds = "SELECT id FROM case_file",
    // One writer at a time is SQLite's own rule: a desk that loses the race finds the version applied and goes on.
    .migrationLock = "",
    .migrationUnlock = "",
    .takeWriteLock = "DELETE FROM schema_migrations WHERE 0",  // a write that changes nothing
    .lockParty = "",
    .partyVersionsOfCase = "SELECT p.id, p.row_version FROM case_party cp JOIN party p ON p.id = cp.party_id "
                           "WHERE cp.case_id = ?",
    // A write that changes nothing: PostgreSQL row-locks it as FOR UPDATE would, SQLite takes its write lock early.
    .lockParcel = "UPDATE parcel SET row_version = row_version WHERE id = ?",
    .parcelVersionsOfCase = "SELECT pa.id, pa.row_version FROM case_parcel cpa JOIN parcel pa ON pa.id = cpa.parcel_id "
                            "WHERE cpa.case_id = ?",
};

}  // namespace

const Dialect& sqliteDialect() {
  static const Dialect dialect{"sqlite", kMigrations, kStatements, sqliteSettingsStatements(), sqliteInboxStatements(), sqliteRegisterStatements(), sqliteReportStatements(),
                               sqliteCaseTermsStatements(), sqliteWorkflowStatements(), sqliteRuleDataStatements(),
                               sqliteUserStatements(), sqliteAuditStatements(), sqliteFieldBoxStatements()};
  return dialect;
}

}  // namespace landdesk::storage
