#include "rules/land_price_table.h"

#include "rules/data_reader.h"
#include "rules/money.h"
#include "text/unicode.h"

namespace landdesk::rules {

namespace {

std::string folded(const std::string& s) { return text::foldForSearch(s); }

std::string slotOf(const LandPrice& r) {
  return folded(r.commune) + "|" + folded(r.street) + "|" + folded(r.zone) + "|" + std::to_string(r.position) + "|" +
         r.landType;
}

// 3 = same street, 2 = same zone, 1 = commune-wide row, 0 = no match.
int specificity(const LandPrice& r, const LandPriceLocation& w) {
  if (folded(r.commune) != folded(w.commune) || r.position != w.position) return 0;
  if (!r.street.empty()) return folded(r.street) == folded(w.street) ? 3 : 0;
  if (!r.zone.empty()) return folded(r.zone) == folded(w.zone) ? 2 : 0;
  return 1;
}

}  // namespace

LandPriceTable::LandPriceTable(std::vector<LandPrice> rows) : table_(std::move(rows), slotOf) {}

const LandPrice* LandPriceTable::find(const LandPriceLocation& where, const std::string& landType, Date on) const {
  const LandPrice* best = nullptr;
  int bestScore = 0;
  for (const LandPrice* r : table_.validOn(on)) {
    if (r->landType != landType) continue;
    if (int s = specificity(*r, where); s > bestScore) best = r, bestScore = s;
  }
  return best;
}

Result<LandValue> LandPriceTable::value(const LandPriceLocation& where,
                                        const std::vector<std::pair<std::string, Decimal>>& purposes, Date on) const {
  LandValue out;
  for (const auto& [type, area] : purposes) {
    if (area.isNegative() || area > Decimal(100'000'000, 0))
      return makeError("land_price.bad_area", "Diện tích phải từ 0 đến 100.000.000 m²",
                       "The area must be 0 to 100,000,000 m²", type + " " + area.canonical());
    const LandPrice* row = find(where, type, on);
    if (!row)
      return makeError("land_price.not_found", "Bảng giá đất không có giá cho loại đất, vị trí này",
                       "The land-price table has no price for this land type and position",
                       type + ", " + where.commune + (where.street.empty() ? "" : ", " + where.street) +
                           (where.zone.empty() ? "" : ", " + where.zone) + ", vị trí " +
                           std::to_string(where.position) + ", " + formatDate(on));
    auto v = areaTimesRate(area, Decimal(row->unitPrice, 0));
    if (!v || out.total + *v > kMaxMoney)
      return makeError("land_price.too_large", "Giá trị theo bảng giá đất vượt quá 10^15 đồng",
                       "The table value exceeds 10^15 đồng", type);
    out.lines.push_back({type, area, row->unitPrice, *v, row});
    out.total += *v;
  }
  return out;
}

Result<LandPriceTable> parseLandPriceTable(const std::string& name, const std::string& json) {
  auto file = DataFile::fromText(name, json);
  if (!file) return file.error();
  auto table = file->table("prices");
  if (!table) return table.error();
  std::vector<LandPrice> rows;
  for (size_t i = 0; i < (*table)->size(); ++i) {
    RowReader r(name, "prices", i, (*table)->get(static_cast<unsigned>(i)));
    LandPrice p;
    static_cast<DatedRow&>(p) = r.head();
    p.commune = r.text("commune");
    p.street = r.optText("street").value_or("");
    p.zone = r.optText("zone").value_or("");
    p.position = r.integer("position", 1, 20);
    p.landType = r.text("land_type");
    p.unitPrice = r.integer("unit_price", 1, 10'000'000'000);
    if (r.ok() && !p.street.empty() && !p.zone.empty())
      r.fail("zone", "một dòng chỉ theo đường hoặc theo khu vực, không cả hai", "a row is by street or by zone, not both");
    if (Status st = r.finish(); !st) return st.error();
    rows.push_back(std::move(p));
  }
  LandPriceTable out(std::move(rows));
  if (auto c = out.table().firstConflict())
    return tableError(name, "prices",
                      "hai dòng trùng khóa hoặc cùng vị trí, loại đất chồng thời gian: " + c->first->key + ", " + c->second->key,
                      "two rows share a key or price one place and land type at overlapping dates: " + c->first->key +
                          ", " + c->second->key);
  return out;
}

Result<LandPriceTable> loadLandPriceTable(const std::filesystem::path& path) {
  auto text = readDataText(path);
  if (!text) return text.error();
  return parseLandPriceTable(path.filename().string(), *text);
}

}  // namespace landdesk::rules
