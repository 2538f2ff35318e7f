// SQLite dialect: the schema migrations and every statement, with `?` placeholders.
#include "storage/case_repository.h"
#include "storage/dialect.h"
#include "storage/settings_repository.h"

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
};

const Statements kStatements{
    .schemaTables = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'",
    .currentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
    .recordMigration = "INSERT INTO schema_migrations(version, description, applied_at) VALUES(?, ?, ?)",
    .nextCaseNumber =
        "SELECT COALESCE(MAX(CAST(substr(code, length(?) + 1) AS INTEGER)), 0) + 1 FROM case_file WHERE code LIKE ?",
    .insertCase = "INSERT INTO case_file(code, kind, status, channel, received_at, due_at, officer, row_version) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
    .updateCase = "UPDATE case_file SET code = ?, kind = ?, status = ?, channel = ?, received_at = ?, due_at = ?, "
                  "officer = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?",
    .caseById = "SELECT id, code, kind, status, channel, received_at, due_at, officer, row_version FROM case_file "
                "WHERE id = ?",
    .caseIdByCode = "SELECT id FROM case_file WHERE code = ?",
    .insertParty = "INSERT INTO party(full_name, birth_date, sex, permanent_address, current_address, phone, "
                   "marital_status) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id",
    .updateParty = "UPDATE party SET full_name = ?, birth_date = ?, sex = ?, permanent_address = ?, "
                   "current_address = ?, phone = ?, marital_status = ? WHERE id = ?",
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
                    "assets = ? WHERE id = ?",
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
    .caseSummaries =
        "SELECT c.id, c.code, c.kind, c.status, c.received_at, c.due_at, "
        "(SELECT p.full_name FROM case_party cp JOIN party p ON p.id = cp.party_id WHERE cp.case_id = c.id "
        "ORDER BY cp.position LIMIT 1), pa.parcel_number, pa.map_sheet, pa.address FROM case_file c "
        "LEFT JOIN case_parcel cpa ON cpa.case_id = c.id AND cpa.position = 0 "
        "LEFT JOIN parcel pa ON pa.id = cpa.parcel_id ORDER BY c.received_at DESC, c.id DESC LIMIT ?",
    .caseSummariesMatching =
        "SELECT c.id, c.code, c.kind, c.status, c.received_at, c.due_at, "
        "(SELECT p.full_name FROM case_party cp JOIN party p ON p.id = cp.party_id WHERE cp.case_id = c.id "
        "ORDER BY cp.position LIMIT 1), pa.parcel_number, pa.map_sheet, pa.address FROM case_file c "
        "LEFT JOIN case_parcel cpa ON cpa.case_id = c.id AND cpa.position = 0 "
        "LEFT JOIN parcel pa ON pa.id = cpa.parcel_id "
        "WHERE c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?) "
        "ORDER BY c.received_at DESC, c.id DESC",
    .countCases = "SELECT COUNT(*) FROM case_file",
    .allCaseIds = "SELECT id FROM case_file",
};

}  // namespace

const Dialect& sqliteDialect() {
  static const Dialect dialect{"sqlite", kMigrations, kStatements, sqliteSettingsStatements()};
  return dialect;
}

}  // namespace landdesk::storage
