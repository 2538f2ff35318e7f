// Row-level access to the register, fee and blocked-parcel tables; the rules about them live in app/core/register.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/database.h"
#include "storage/register_records.h"

namespace landdesk::storage {

// Every call joins the caller's transaction and throws on a database failure: the register area runs them inside
// Database::transaction and turns exceptions into an Error with storageError().
class RegisterStore {
 public:
  explicit RegisterStore(Database::Impl& db) : db_(db) {}
  explicit RegisterStore(Database& db) : db_(db.impl()) {}

  // books
  std::vector<RegisterBook> books(std::optional<int> year = std::nullopt);
  void insertBook(RegisterBook& book);  // fills id
  bool closeBook(const RegisterBook& book);  // false when it was already closed

  // entries
  int64_t nextNumber(int year);
  std::optional<std::string> lastEntryDate(int year);  // "YYYY-MM-DD"
  std::string lastHash();                               // "" before the first entry
  void insertEntry(RegisterEntry& entry, int64_t bookId);  // fills id
  std::vector<RegisterEntry> entries(int year, std::optional<unsigned> month = std::nullopt);
  std::optional<RegisterEntry> entry(int year, int64_t number);
  std::optional<RegisterEntry> entryById(int64_t id);
  std::vector<RegisterEntry> entriesOfCase(int64_t caseId);
  std::vector<RegisterEntry> allEntries();
  int64_t countOfYear(int year);
  int64_t referring(int64_t entryId, EntryKind kind);
  bool caseHasOriginalEntry(int64_t caseId);

  // fees
  void insertFee(FeeRecord& fee);  // fills id
  std::vector<FeeRecord> fees(int64_t caseId);
  std::vector<int64_t> casesOfReceipt(const std::string& receiptNo);

  // blocked parcels
  void insertNotice(BlockNotice& notice);  // fills id
  std::optional<BlockNotice> notice(int64_t id);
  std::vector<BlockNotice> notices();
  std::vector<BlockNotice> activeBlocks();
  std::optional<int64_t> sameNotice(const BlockNotice& notice);
  std::optional<int64_t> releaseOf(int64_t blockId);

  // Other cases, not yet closed, holding a parcel with this serial (key: no spaces, upper case) or this parcel
  // number and map sheet; an empty key or number skips that side of the match.
  std::vector<ParcelConflict> openCasesOnParcel(int64_t caseId, const std::string& serialKey,
                                                const std::string& parcelNumber, const std::string& mapSheet);

 private:
  Database::Impl& db_;
};

// "BA 685616" -> "BA685616": how serials are compared.
std::string serialKey(std::string_view serial);

}  // namespace landdesk::storage
