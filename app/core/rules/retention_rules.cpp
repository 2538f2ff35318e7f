#include "rules/retention_rules.h"

#include "rules/data_reader.h"

namespace landdesk::rules {

std::optional<Date> RetentionRule::expiresOn(Date start) const {
  using namespace std::chrono;
  if (permanent()) return std::nullopt;
  if (unit == "days") return start + days(amount);
  year_month_day ymd(start);
  year_month_day later = (ymd.year() + years(amount)) / ymd.month() / ymd.day();
  // 29 February plus whole years lands on 1 March when the later year is not a leap year.
  return later.ok() ? local_days(later) : local_days(later.year() / ymd.month() / last) + days(1);
}

std::string RetentionRule::periodText(bool english) const {
  if (permanent()) return english ? "permanent" : "vĩnh viễn";
  const std::string n = std::to_string(amount);
  const bool auth = countedFrom == "authentication";
  if (english) return n + (unit == "years" ? " years" : " days") + (auth ? " from authentication" : " from receipt");
  return n + (unit == "years" ? " năm" : " ngày") + (auth ? " kể từ ngày chứng thực" : " kể từ ngày nhận");
}

Result<RetentionRules> parseRetentionRules(const std::string& name, const std::string& json) {
  auto file = DataFile::fromText(name, json);
  if (!file) return file.error();
  auto table = file->table("retention");
  if (!table) return table.error();
  std::vector<RetentionRule> rows;
  for (size_t i = 0; i < (*table)->size(); ++i) {
    RowReader r(name, "retention", i, (*table)->get(static_cast<unsigned>(i)));
    RetentionRule row;
    static_cast<DatedRow&>(row) = r.head();
    row.object = r.oneOf("object", {"contract_dossier", "register", "inbox_discarded", "inbox_source_copy"});
    row.nameVi = r.text("name_vi");
    row.nameEn = r.text("name_en");
    row.unit = r.oneOf("unit", {"years", "days", "permanent"});
    row.amount = row.unit == "permanent" ? 0 : r.integer("amount", 0, 200 * 366);
    row.countedFrom = r.oneOf("counted_from", {"authentication", "received"});
    if (r.ok() && row.object == "register" && !row.permanent())
      r.fail("unit", "sổ chứng thực phải lưu vĩnh viễn (NĐ 23/2015 Điều 14)",
             "the register is kept permanently (ND 23/2015 art. 14)");
    if (Status st = r.finish(); !st) return st.error();
    rows.push_back(std::move(row));
  }
  DatedTable<RetentionRule> dated(std::move(rows), [](const RetentionRule& r) { return r.object; });
  if (auto clash = dated.firstConflict())
    return tableError(name, "retention", "hai dòng trùng khóa hoặc chồng thời gian hiệu lực: " + clash->first->key + ", " + clash->second->key,
                      "two rows share a key or overlap in time: " + clash->first->key + ", " + clash->second->key);
  return RetentionRules(std::move(dated));
}

}  // namespace landdesk::rules
