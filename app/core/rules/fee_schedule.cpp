#include "rules/fee_schedule.h"

#include <algorithm>
#include <set>

#include "rules/data_reader.h"
#include "rules/money.h"
#include "text/number_format.h"

namespace landdesk::rules {

namespace {
constexpr int64_t kMaxPages = 100'000;
constexpr int64_t kMaxCopies = 10'000;
const Decimal kZero{};

std::string money(int64_t v) { return text::formatInteger(v); }
}  // namespace

FeeSchedule::FeeSchedule(std::vector<FeeRow> rows) : table_(std::move(rows), [](const FeeRow& r) { return r.key; }) {}

const FeeRow* FeeSchedule::rowFor(const std::string& kind, Date date) const {
  for (const FeeRow* r : table_.validOn(date))
    if (std::find(r->appliesTo.begin(), r->appliesTo.end(), kind) != r->appliesTo.end()) return r;
  return nullptr;
}

std::vector<std::string> FeeSchedule::knownKinds() const {
  std::set<std::string> kinds;
  for (const FeeRow& r : table_.rows()) kinds.insert(r.appliesTo.begin(), r.appliesTo.end());
  return {kinds.begin(), kinds.end()};
}

Result<FeeQuote> FeeSchedule::quote(const FeeRequest& q) const {
  const FeeRow* row = rowFor(q.kind, q.date);
  if (!row) {
    bool known = false;
    for (const std::string& k : knownKinds()) known = known || k == q.kind;
    if (!known) {
      std::string list;
      for (const std::string& k : knownKinds()) list += (list.empty() ? "" : ", ") + k;
      return makeError("fees.unknown_kind", "Loại việc không có trong biểu phí", "No fee row for this kind",
                       q.kind + " (" + list + ")");
    }
    return makeError("fees.no_row_on_date", "Biểu phí không có dòng hiệu lực vào ngày này",
                     "No fee row is in force on this date", q.kind + " " + formatDate(q.date));
  }
  if (q.pages < 1 || q.pages > kMaxPages)
    return makeError("fees.bad_pages", "Số trang phải từ 1 đến 100.000", "Pages must be 1 to 100,000", std::to_string(q.pages));
  if (q.copies < 1 || q.copies > kMaxCopies)
    return makeError("fees.bad_copies", "Số bản phải từ 1 đến 10.000", "Copies must be 1 to 10,000", std::to_string(q.copies));
  if (q.value && (*q.value < 0 || *q.value > kMaxMoney))
    return makeError("fees.bad_value", "Giá trị phải từ 0 đến 10^15 đồng", "The value must be 0 to 10^15 đồng",
                     std::to_string(*q.value));
  if (q.area && (q.area->isNegative() || *q.area > Decimal(100'000'000, 0)))
    return makeError("fees.bad_area", "Diện tích phải từ 0 đến 100.000.000 m²", "The area must be 0 to 100,000,000 m²",
                     q.area->canonical());

  FeeQuote out;
  out.row = row;
  if (row->base > 0) out.lines.push_back({row->nameVi, row->nameEn, row->base});
  if (!row->pageTiers.empty()) {
    int64_t perCopy = 0;
    for (int64_t page = 1; page <= q.pages; ++page) {
      int64_t price = 0;
      for (const PageTier& t : row->pageTiers)
        if (page >= t.fromPage) price = t.amount;
      perCopy += price;
      if (row->capPerCopy && perCopy >= *row->capPerCopy) break;
    }
    bool capped = row->capPerCopy && perCopy >= *row->capPerCopy;
    if (capped) perCopy = *row->capPerCopy;
    std::string detail = std::to_string(q.pages) + " trang × " + std::to_string(q.copies) + " bản" +
                         (capped ? " (mức trần " + money(*row->capPerCopy) + " đ/bản)" : "");
    std::string detailEn = std::to_string(q.pages) + " pages × " + std::to_string(q.copies) + " copies" +
                           (capped ? " (capped at " + money(*row->capPerCopy) + " đ per copy)" : "");
    out.lines.push_back({row->nameVi + ": " + detail, row->nameEn + ": " + detailEn, perCopy * q.copies});
  }
  if (row->perSquareMetre > kZero) {
    if (!q.area)
      return makeError("fees.needs_area", "Dòng phí này tính theo diện tích: cần diện tích", "This fee row needs the area", row->key);
    auto part = areaTimesRate(*q.area, row->perSquareMetre);
    if (!part) return makeError("fees.absurd", "Phí tính ra quá lớn", "The computed fee is absurd", row->key);
    out.lines.push_back({"Theo diện tích " + q.area->canonical() + " m²", "Per area " + q.area->canonical() + " m²", *part});
  }
  if (row->percentOfValue > kZero) {
    if (!q.value)
      return makeError("fees.needs_value", "Dòng phí này tính theo giá trị: cần giá trị", "This fee row needs the value", row->key);
    auto part = percentOf(*q.value, row->percentOfValue);
    if (!part) return makeError("fees.absurd", "Phí tính ra quá lớn", "The computed fee is absurd", row->key);
    out.lines.push_back({row->percentOfValue.canonical() + " % giá trị", row->percentOfValue.canonical() + " % of value", *part});
  }
  for (const FeeLine& l : out.lines) out.total += l.amount;
  if (row->minimum && out.total < *row->minimum) {
    out.lines.push_back({"Nâng lên mức tối thiểu", "Raised to the minimum", *row->minimum - out.total});
    out.total = *row->minimum;
  }
  if (row->maximum && out.total > *row->maximum) {
    out.lines.push_back({"Giảm xuống mức tối đa", "Lowered to the maximum", *row->maximum - out.total});
    out.total = *row->maximum;
  }
  return out;
}

Result<FeeSchedule> parseFeeSchedule(const std::string& name, const std::string& json) {
  auto file = DataFile::fromText(name, json);
  if (!file) return file.error();
  auto table = file->table("fees");
  if (!table) return table.error();
  std::vector<FeeRow> rows;
  for (size_t i = 0; i < (*table)->size(); ++i) {
    RowReader r(name, "fees", i, (*table)->get(static_cast<unsigned>(i)));
    FeeRow f;
    static_cast<DatedRow&>(f) = r.head();
    f.appliesTo = r.textList("applies_to");
    f.nameVi = r.text("name_vi");
    f.nameEn = r.text("name_en");
    f.base = r.optMoney("base").value_or(0);
    if (r.ok() && r.optText("per_square_metre")) f.perSquareMetre = r.decimal("per_square_metre");
    if (r.ok() && r.optText("percent_of_value")) f.percentOfValue = r.decimal("percent_of_value");
    if (f.percentOfValue > Decimal(100, 0)) r.fail("percent_of_value", "không được quá 100", "must not exceed 100");
    f.capPerCopy = r.optMoney("cap_per_copy");
    f.minimum = r.optMoney("minimum");
    f.maximum = r.optMoney("maximum");
    if (r.has("page_tiers")) {
      auto tiers = r.objects("page_tiers");
      for (size_t j = 0; j < tiers.size() && r.ok(); ++j) {
        RowReader t = r.nested("page_tiers", j, tiers[j]);
        PageTier tier{t.integer("from_page", 1, kMaxPages), t.money("amount")};
        if (t.ok() && f.pageTiers.empty() && tier.fromPage != 1)
          t.fail("from_page", "bậc đầu tiên phải bắt đầu từ trang 1", "the first tier must start at page 1");
        if (t.ok() && !f.pageTiers.empty() && tier.fromPage <= f.pageTiers.back().fromPage)
          t.fail("from_page", "các bậc phải tăng dần", "tiers must be in increasing page order");
        if (Status st = t.finish(); !st) return st.error();
        f.pageTiers.push_back(tier);
      }
    }
    if (r.ok() && f.capPerCopy && f.pageTiers.empty())
      r.fail("cap_per_copy", "mức trần chỉ dùng cùng page_tiers", "a cap needs page_tiers");
    if (r.ok() && f.minimum && f.maximum && *f.minimum > *f.maximum)
      r.fail("maximum", "mức tối đa nhỏ hơn mức tối thiểu", "maximum below minimum");
    if (Status st = r.finish(); !st) return st.error();
    rows.push_back(std::move(f));
  }
  FeeSchedule schedule(std::move(rows));
  const auto& all = schedule.table().rows();
  for (size_t i = 0; i < all.size(); ++i)
    for (size_t j = i + 1; j < all.size(); ++j) {
      const FeeRow &a = all[i], &b = all[j];
      bool shared = std::any_of(a.appliesTo.begin(), a.appliesTo.end(), [&](const std::string& k) {
        return std::find(b.appliesTo.begin(), b.appliesTo.end(), k) != b.appliesTo.end();
      });
      if (a.key == b.key || (shared && a.validity.overlaps(b.validity)))
        return tableError(name, "fees", "hai dòng trùng khóa hoặc cùng loại việc chồng thời gian: " + a.key + ", " + b.key,
                          "two rows share a key or cover one kind at overlapping dates: " + a.key + ", " + b.key);
    }
  return schedule;
}

Result<FeeSchedule> loadFeeSchedule(const std::filesystem::path& path) {
  auto text = readDataText(path);
  if (!text) return text.error();
  return parseFeeSchedule(path.filename().string(), *text);
}

}  // namespace landdesk::rules
