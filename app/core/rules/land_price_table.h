// The provincial land-price table (bảng giá đất) as dated rows per commune, street or zone, position and land type.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rules/dated_table.h"
#include "util/decimal.h"
#include "util/error.h"

namespace landdesk::rules {

// One price: đồng per m² for land of `landType` at `position` on `street` (or in `zone`) of `commune`.
// A row with neither street nor zone is the commune-wide price for that position and land type.
struct LandPrice : DatedRow {
  std::string commune;
  std::string street;    // tuyến đường / đoạn đường; empty = not by street
  std::string zone;      // khu vực (rural zones); empty = not by zone
  int64_t position = 1;  // vị trí 1, 2, 3 …
  std::string landType;  // ONT, ODT, CLN, LUC … (the GCN's purpose codes)
  int64_t unitPrice = 0; // đồng/m²
};

// Where a parcel stands for the table: its commune, street or zone, and position.
struct LandPriceLocation {
  std::string commune;
  std::string street;
  std::string zone;
  int64_t position = 1;
};

// The value of one purpose area, with the row it came from (shown as the legal basis).
struct LandValueLine {
  std::string landType;
  Decimal area;
  int64_t unitPrice = 0;
  int64_t value = 0;
  const LandPrice* row = nullptr;
};

struct LandValue {
  std::vector<LandValueLine> lines;
  int64_t total = 0;
};

class LandPriceTable {
 public:
  LandPriceTable() = default;
  explicit LandPriceTable(std::vector<LandPrice> rows);

  const DatedTable<LandPrice>& table() const { return table_; }
  // The most specific row in force on `on` (street, then zone, then commune-wide); names compare without
  // diacritics or case. nullptr when the table has no price for it.
  const LandPrice* find(const LandPriceLocation& where, const std::string& landType, Date on) const;
  // Σ area × unit price over the purposes; refused ("land_price.not_found") naming the first purpose without a price.
  Result<LandValue> value(const LandPriceLocation& where, const std::vector<std::pair<std::string, Decimal>>& purposes,
                          Date on) const;

 private:
  DatedTable<LandPrice> table_;
};

// Reads land_prices.json: table "prices".
Result<LandPriceTable> loadLandPriceTable(const std::filesystem::path& file);
Result<LandPriceTable> parseLandPriceTable(const std::string& name, const std::string& json);

}  // namespace landdesk::rules
