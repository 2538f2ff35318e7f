// SQLite text of the register, fee and blocked-parcel statements (tables: migration 6 in sqlite_dialect.cpp).
#include "storage/register_statements.h"

namespace landdesk::storage {

namespace {

#define LD_BOOK_COLUMNS "id, year, number, opened_at, opened_by, closed_at, closed_by, closing_total, closing_hash"
#define LD_ENTRY_COLUMNS                                                                                  \
  "e.id, e.year, e.number, b.number, e.entry_date, e.case_id, e.case_code, e.parties, e.document_title, " \
  "e.signer, e.fee, e.note, e.kind, e.refers_to, "                                                      \
  "(SELECT printf('%d/%d', o.number, o.year) FROM register_entry o WHERE o.id = e.refers_to), "           \
  "e.number_text, e.recorded_at, e.recorded_by, e.previous_hash, e.hash "                               \
  "FROM register_entry e JOIN register_book b ON b.id = e.book_id "
#define LD_FEE_COLUMNS                                                                                    \
  "id, case_id, kind, description, pages, copies, amount, rule_key, legal_basis, receipt_no, paid_on, "   \
  "register_entry_id, recorded_at, recorded_by FROM case_fee "
#define LD_NOTICE_COLUMNS                                                                                 \
  "n.id, n.action, n.issuer_kind, n.issuer, n.document_number, n.document_date, n.gcn_serial, "          \
  "n.parcel_number, n.map_sheet, n.commune, n.owner, n.reason, n.releases, n.received_at, n.recorded_by, " \
  "n.source FROM block_notice n "

}  // namespace

const RegisterStatements& sqliteRegisterStatements() {
  static const RegisterStatements statements{
      .insertBook = "INSERT INTO register_book(year, number, opened_at, opened_by) VALUES(?, ?, ?, ?) RETURNING id",
      .booksOfYear = "SELECT " LD_BOOK_COLUMNS " FROM register_book WHERE year = ? ORDER BY number",
      .allBooks = "SELECT " LD_BOOK_COLUMNS " FROM register_book ORDER BY year, number",
      .closeBook = "UPDATE register_book SET closed_at = ?, closed_by = ?, closing_total = ?, closing_hash = ? "
                   "WHERE id = ? AND closed_at IS NULL",
      .nextNumber = "SELECT COALESCE(MAX(number), 0) + 1 FROM register_entry WHERE year = ?",
      .lastEntryDate = "SELECT MAX(entry_date) FROM register_entry WHERE year = ?",
      .lastHash = "SELECT hash FROM register_entry ORDER BY id DESC LIMIT 1",
      .insertEntry = "INSERT INTO register_entry(year, number, book_id, entry_date, case_id, case_code, parties, "
                     "document_title, signer, fee, note, kind, refers_to, number_text, recorded_at, recorded_by, "
                     "previous_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      .entriesOfYear = "SELECT " LD_ENTRY_COLUMNS "WHERE e.year = ? ORDER BY e.number",
      .entriesOfMonth = "SELECT " LD_ENTRY_COLUMNS "WHERE e.year = ? AND e.entry_date LIKE ? ORDER BY e.number",
      .entryByNumber = "SELECT " LD_ENTRY_COLUMNS "WHERE e.year = ? AND e.number = ?",
      .entryById = "SELECT " LD_ENTRY_COLUMNS "WHERE e.id = ?",
      .entriesOfCase = "SELECT " LD_ENTRY_COLUMNS "WHERE e.case_id = ? ORDER BY e.id",
      .allEntries = "SELECT " LD_ENTRY_COLUMNS "ORDER BY e.id",
      .countOfYear = "SELECT COUNT(*) FROM register_entry WHERE year = ?",
      .referringEntries = "SELECT COUNT(*) FROM register_entry WHERE refers_to = ? AND kind = ?",
      .caseHasOriginalEntry = "SELECT COUNT(*) FROM register_entry WHERE case_id = ? AND kind = 'original'",
      .insertFee = "INSERT INTO case_fee(case_id, kind, description, pages, copies, amount, rule_key, legal_basis, "
                   "receipt_no, paid_on, register_entry_id, recorded_at, recorded_by) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      .feesOfCase = "SELECT " LD_FEE_COLUMNS "WHERE case_id = ? ORDER BY id",
      .casesOfReceipt = "SELECT DISTINCT case_id FROM case_fee WHERE receipt_no = ?",
      .insertNotice = "INSERT INTO block_notice(action, issuer_kind, issuer, document_number, document_date, "
                      "gcn_serial, serial_key, parcel_number, map_sheet, commune, owner, reason, releases, "
                      "received_at, recorded_by, source) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "RETURNING id",
      .noticeById = "SELECT " LD_NOTICE_COLUMNS "WHERE n.id = ?",
      .allNotices = "SELECT " LD_NOTICE_COLUMNS "ORDER BY n.document_date DESC, n.id DESC",
      .activeBlocks = "SELECT " LD_NOTICE_COLUMNS
                      "WHERE n.action = 'block' AND NOT EXISTS (SELECT 1 FROM block_notice r WHERE r.releases = n.id) "
                      "ORDER BY n.document_date, n.id",
      .sameNotice = "SELECT id FROM block_notice WHERE action = ? AND document_number = ? AND serial_key = ? "
                    "AND parcel_number = ? AND map_sheet = ?",
      .releaseOf = "SELECT id FROM block_notice WHERE releases = ?",
      .openCasesOnParcel =
          "SELECT DISTINCT c.id, c.code, c.status, pa.serial, pa.parcel_number, pa.map_sheet FROM case_parcel cpa "
          "JOIN parcel pa ON pa.id = cpa.parcel_id JOIN case_file c ON c.id = cpa.case_id "
          "WHERE c.id <> ? AND c.status NOT IN ('collected', 'refused', 'withdrawn') "
          "AND ((? <> '' AND upper(replace(pa.serial, ' ', '')) = ?) "
          "OR (? <> '' AND pa.parcel_number = ? AND pa.map_sheet = ?)) ORDER BY c.id",
  };
  return statements;
}

#undef LD_BOOK_COLUMNS
#undef LD_ENTRY_COLUMNS
#undef LD_FEE_COLUMNS
#undef LD_NOTICE_COLUMNS

}  // namespace landdesk::storage
