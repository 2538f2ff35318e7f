// SQL of the authentication register, case fees and blocked-parcel notices (tables of migration 6), by name.
#pragma once

#include <string_view>

namespace landdesk::storage {

// The texts live in sqlite/register_sql.cpp; the code that runs them is app/core/register/register_store.cpp.
// Other areas may read: `caseHasOriginalEntry` (case_id) -> count of original register entries of a case.
struct RegisterStatements {
  // books
  std::string_view insertBook;        // (year, number, opened_at, opened_by) RETURNING id
  std::string_view booksOfYear;       // (year) -> book columns, by number
  std::string_view allBooks;          // -> book columns, by year, number
  std::string_view closeBook;         // (closed_at, closed_by, closing_total, closing_hash, id) while open
  // entries
  std::string_view nextNumber;        // (year) -> MAX(number) + 1, never a number used before
  std::string_view lastEntryDate;     // (year) -> MAX(entry_date) or NULL
  std::string_view lastHash;          // -> hash of the newest entry, or no row
  std::string_view insertEntry;       // (year, number, book_id, entry_date, case_id, case_code, parties, title,
                                      //  signer, fee, note, kind, refers_to, number_text, recorded_at, recorded_by,
                                      //  previous_hash, hash) RETURNING id
  std::string_view entriesOfYear;     // (year) -> entry columns, by number
  std::string_view entriesOfMonth;    // (year, 'YYYY-MM-%') -> entry columns, by number
  std::string_view entryByNumber;     // (year, number)
  std::string_view entryById;         // (id)
  std::string_view entriesOfCase;     // (case_id), by id
  std::string_view allEntries;        // by id: the hash chain order
  std::string_view countOfYear;       // (year) -> count
  std::string_view referringEntries;  // (refers_to, kind) -> count
  std::string_view caseHasOriginalEntry;  // (case_id) -> count
  // fees
  std::string_view insertFee;         // (case_id, kind, description, pages, copies, amount, rule_key, legal_basis,
                                      //  receipt_no, paid_on, register_entry_id, recorded_at, recorded_by) RETURNING id
  std::string_view feesOfCase;        // (case_id) -> fee columns, by id
  std::string_view casesOfReceipt;    // (receipt_no) -> distinct case ids using it
  // blocked parcels
  std::string_view insertNotice;      // (action, issuer_kind, issuer, document_number, document_date, gcn_serial,
                                      //  serial_key, parcel_number, map_sheet, commune, owner, reason, releases,
                                      //  received_at, recorded_by, source) RETURNING id
  std::string_view noticeById;        // (id)
  std::string_view allNotices;        // -> notice columns, newest first
  std::string_view activeBlocks;      // -> block notices no release refers to
  std::string_view sameNotice;        // (action, document_number, serial_key, parcel_number, map_sheet) -> id
  std::string_view releaseOf;         // (block id) -> id of the release notice, if any
  // cases sharing a parcel
  std::string_view openCasesOnParcel; // (case_id, serial_key, serial_key, parcel_number, parcel_number, map_sheet)
                                      //  -> case id, code, status, serial, parcel number, map sheet
};

const RegisterStatements& sqliteRegisterStatements();

}  // namespace landdesk::storage
