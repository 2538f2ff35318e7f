// Blocked parcels (ngăn chặn): block and release notices the desk receives, and which notice blocks a parcel.
#pragma once

#include <string>
#include <vector>

#include "model/parcel.h"
#include "storage/database.h"
#include "storage/register_records.h"
#include "util/error.h"

namespace landdesk::registry {

using storage::BlockNotice;

// "court" | "enforcement" | "police" | "other"; Vietnamese words ("tòa án", "thi hành án", "công an") are accepted.
std::optional<std::string> issuerKindFromText(std::string_view text);
std::string_view issuerKindLabel(std::string_view code);  // "Tòa án", "Cơ quan thi hành án", "Công an", "Khác"

// The checks every notice passes before it is stored: issuer and its kind, document number and date (not in the
// future), and the parcel named by GCN serial or by parcel number + map sheet. Each error names the field.
Status validateNotice(const BlockNotice& notice, std::chrono::year_month_day today);

// True when the notice names this parcel: same serial, or same parcel number and map sheet (leading zeros ignored)
// in the same commune (the notice's commune found in the parcel's address or equal to the office's commune,
// ignoring diacritics; a notice without a commune matches on number and sheet alone).
bool noticeCovers(const BlockNotice& notice, const model::Parcel& parcel, const std::string& officeCommune);

// "Quyết định 12/2026/QĐ-BPKCTT ngày 05/03/2026 của Tòa án nhân dân khu vực 2": how the officer sees a notice.
std::string describeNotice(const BlockNotice& notice);

class BlockedParcels {
 public:
  explicit BlockedParcels(storage::Database& db) : db_(db) {}

  // Stores a block notice (NFC text). The same notice recorded twice is refused ("block.duplicate").
  Result<BlockNotice> block(BlockNotice notice, const std::string& actor);
  // Stores a release of every still-active block whose document number is `releasedDocument` (and, when the
  // release names a parcel, only those on that parcel), one release row each, in one transaction.
  // Refused when no active block matches ("block.nothing_to_release").
  Result<std::vector<BlockNotice>> release(BlockNotice notice, const std::string& releasedDocument,
                                           const std::string& actor);

  // Every notice, newest first; or only the blocks still in force.
  Result<std::vector<BlockNotice>> list(bool activeOnly = false);
  // The active blocks covering this parcel (empty: not blocked).
  Result<std::vector<BlockNotice>> blocking(const model::Parcel& parcel, const std::string& officeCommune);

  storage::Database& database() { return db_; }

 private:
  storage::Database& db_;
};

}  // namespace landdesk::registry
