// The authentication register (sổ chứng thực hợp đồng, giao dịch): yearly books, numbering, amendments,
// cancellations and corrections as entries referring to the original, year-end closing and a SHA-256 hash chain.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/office_profile.h"
#include "storage/database.h"
#include "storage/register_records.h"
#include "util/datetime.h"
#include "util/error.h"

// Workflow: "does this case have a register entry?" is the statement `caseHasOriginalEntry` of
// storage/register_statements.h (db.dialect.registers), so the workflow area need not link this one.
// `register` is a C++ keyword, hence `registry`.
namespace landdesk::registry {

// The stored shapes (kind, book, entry) are defined next to their SQL in storage/register_records.h:
// EntryKind {Original, Amendment, Cancellation, Correction}; RegisterBook {year, number, openedAt, closedAt,
// closedBy, closingTotal …}; RegisterEntry {year, number, book, date, caseId, caseCode, parties, documentTitle,
// signer, fee, note, kind, refersTo, refersToText, numberText, recordedAt, recordedBy, previousHash, hash}.
using storage::EntryKind;
using storage::entryKindCode;
using storage::entryKindFromCode;
using storage::entryKindLabel;
using storage::RegisterBook;
using storage::RegisterEntry;

// The fixed text the hash covers, one field per line; any change to a stored value changes it.
std::string canonicalText(const RegisterEntry& entry);
// hex SHA-256 of canonicalText(entry) + previousHash.
std::string entryHash(const RegisterEntry& entry, const std::string& previousHash);

// "Số chứng thực: 125, quyển số 01/2026-SCT/HĐ,GD" from the office's `format.register_number`
// ({number} {book} {year}); numbers are written with at least two digits ("01").
std::string renderNumberText(const std::string& format, int64_t number, int book, int year);

// "Nguyễn Văn C, Chủ tịch UBND xã Hải Lăng": the signer column from the office profile (settings signer.*).
std::string signerText(const model::OfficeProfile& profile);

// What the officer writes for a new line; the register assigns number, book and hash.
struct NewEntry {
  std::chrono::year_month_day date{};
  std::optional<int64_t> caseId;
  std::string caseCode;
  std::string parties;
  std::string documentTitle;
  std::string signer;
  int64_t fee = 0;
  std::string note;
  LocalDateTime at{};  // when it is written; defaults to now when left at the epoch
};

// verify(): intact, or the first entry (by order of writing) whose stored values or hash do not match.
struct VerifyReport {
  bool intact = true;
  int64_t entriesChecked = 0;
  int64_t booksChecked = 0;
  std::optional<RegisterEntry> firstBad;  // the altered entry, as stored
  std::string problemVi, problemEn;       // "nội dung đã bị sửa", "mắt xích băm bị đứt" …
};

class AuthenticationRegister {
 public:
  // `profile` gives the number format and the signer; read it with model::officeProfileFrom(db.settings().all()).
  AuthenticationRegister(storage::Database& db, model::OfficeProfile profile);

  // An original entry: the next number of entry.date's year, in the year's newest open book (book 01 is opened
  // when the year has none). Refused: a closed year, a date before the year's last entry, empty parties or title,
  // a negative fee. Joins an open transaction (authenticate() calls it inside its own).
  Result<RegisterEntry> record(const NewEntry& entry, const std::string& actor);

  // Amendment / cancellation / correction of the original `year`/`number`: a new entry with its own number
  // (in the year of `change.date`) referring to the original. Parties, title and case default to the original's.
  // Refused: unknown original, an original that is itself not an original, an already cancelled original.
  Result<RegisterEntry> amend(int year, int64_t number, const NewEntry& change, const std::string& actor);
  Result<RegisterEntry> cancel(int year, int64_t number, const NewEntry& change, const std::string& actor);
  Result<RegisterEntry> correct(int year, int64_t number, const NewEntry& change, const std::string& actor);
  Result<RegisterEntry> refer(EntryKind kind, int year, int64_t number, const NewEntry& change,
                              const std::string& actor);

  // A further book for `year` (the current one is full): numbering continues. Refused for a closed year.
  Result<RegisterBook> openBook(int year, const std::string& actor, LocalDateTime at = {});
  // Year-end closing: every book of the year closed with the year's total; later writes to the year refused.
  Result<RegisterBook> closeYear(int year, const std::string& actor, LocalDateTime at = {});

  Result<std::vector<RegisterBook>> books(std::optional<int> year = std::nullopt);
  // The monthly print-out (legal-facts §2, IT-kept registers): entries of `year`, of `month` when given, by number.
  Result<std::vector<RegisterEntry>> list(int year, std::optional<unsigned> month = std::nullopt);
  Result<RegisterEntry> entry(int year, int64_t number);
  // Entries written for a case (original first), e.g. to show its number on the lời chứng.
  Result<std::vector<RegisterEntry>> entriesOfCase(int64_t caseId);

  // Walks the whole chain from the first entry; also checks each closing against the year's entries.
  Result<VerifyReport> verify();

 private:
  storage::Database& db_;
  model::OfficeProfile profile_;
};

}  // namespace landdesk::registry
