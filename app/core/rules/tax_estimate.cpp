#include "rules/tax_estimate.h"

#include <algorithm>

#include "rules/money.h"
#include "text/number_format.h"

namespace landdesk::rules {

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Error refuse(std::string code, std::string vi, std::string en, const std::string& detail = {}) {
  return makeError("tax." + code, std::move(vi), std::move(en), detail);
}

Status checkInput(const TaxRules& rules, const TaxRequest& q) {
  if (q.kind != "transfer" && q.kind != "gift" && q.kind != "inheritance")
    return refuse("unknown_kind", "Loại giao dịch phải là transfer, gift hoặc inheritance",
                  "The kind must be transfer, gift or inheritance", q.kind);
  if (q.price < 0 || q.price > kMaxMoney)
    return refuse("bad_price", "Giá phải từ 0 đến 10^15 đồng", "The price must be 0 to 10^15 đồng", std::to_string(q.price));
  if (q.kind == "transfer" && q.price == 0)
    return refuse("no_price", "Chuyển nhượng cần giá chuyển nhượng lớn hơn 0", "A transfer needs a price above 0");
  if (q.tableValue && (*q.tableValue < 0 || *q.tableValue > kMaxMoney))
    return refuse("bad_table_value", "Giá trị theo bảng giá đất phải từ 0 đến 10^15 đồng",
                  "The land-price-table value must be 0 to 10^15 đồng", std::to_string(*q.tableValue));
  if (q.kind != "transfer" && q.price == 0 && !q.tableValue)
    return refuse("no_value", "Cần giá trị tài sản hoặc giá trị theo bảng giá đất", "Give the value or the land-price-table value");
  if (q.area) {
    if (!(*q.area > Decimal(0, 0)) || *q.area > Decimal(100'000'000, 0))
      return refuse("bad_area", "Diện tích phải lớn hơn 0 và không quá 100.000.000 m²",
                    "The area must be above 0 and at most 100,000,000 m²", q.area->canonical());
    // Above 10 billion đ/m² no land in Việt Nam has ever sold: almost surely extra zeros typed.
    int64_t biggest = std::max(q.price, q.tableValue.value_or(0));
    auto ceiling = areaTimesRate(*q.area, Decimal(10'000'000'000, 0));
    if (ceiling && biggest > *ceiling)
      return refuse("absurd_price", "Giá trên 10 tỷ đồng/m² là bất thường (thừa chữ số 0?)",
                    "A price above 10 billion đồng per m² is absurd (extra zeros?)", std::to_string(biggest));
  }
  if (q.relationship && !rules.relationship(*q.relationship)) {
    std::string list;
    for (const Relationship& r : rules.relationships) list += (list.empty() ? "" : ", ") + r.code;
    return refuse("unknown_relationship", "Quan hệ giữa các bên không có trong danh mục",
                  "The relationship is not in the list", *q.relationship + " (" + list + ")");
  }
  if (q.kind != "transfer" && !q.relationship)
    return refuse("no_relationship", "Tặng cho, thừa kế: phải ghi quan hệ giữa các bên (quyết định miễn thuế)",
                  "Gift or inheritance: the relationship between the parties is required (it decides the exemption)");
  return {};
}

const TaxExemption* exemptionFor(const TaxRules& rules, const TaxRequest& q, const std::string& family) {
  for (const TaxExemption* e : rules.exemptions.validOn(q.date)) {
    if (e->family != family || !contains(e->appliesTo, q.kind)) continue;
    if (e->condition == "only_home" && q.onlyHome) return e;
    if (q.relationship && contains(e->relationships, *q.relationship)) return e;
  }
  return nullptr;
}

}  // namespace

Result<TaxEstimate> estimateTaxes(const TaxRules& rules, const TaxRequest& q) {
  if (Status st = checkInput(rules, q); !st) return st.error();
  TaxEstimate out;
  if (!q.relationship)
    out.notes.push_back({"Không ghi quan hệ giữa các bên: tính như người không thân thích",
                         "No relationship given: computed as unrelated parties"});
  if (!q.tableValue)
    out.notes.push_back({"Chưa đối chiếu bảng giá đất: cơ quan thuế sẽ dùng giá theo bảng giá nếu cao hơn",
                         "Not checked against the land price table: the tax office uses the table value when higher"});
  if (q.price > 0 && q.price < 1'000'000)
    out.notes.push_back({"Giá dưới 1 triệu đồng: kiểm tra đơn vị (đồng, không phải triệu đồng)",
                         "Price below 1 million đồng: check the unit (đồng, not millions)"});

  bool anyRate = false;
  for (const TaxRate* rate : rules.rates.validOn(q.date)) {
    if (!contains(rate->appliesTo, q.kind)) continue;
    anyRate = true;
    int64_t value = rate->base == TaxBase::HigherOfPriceAndTable ? std::max(q.price, q.tableValue.value_or(0))
                                                                  : q.tableValue.value_or(q.price);
    if (rate->base == TaxBase::TableValueElsePrice && !q.tableValue)
      out.notes.push_back({rate->nameVi + ": tính trên giá trị kê khai vì chưa có giá theo bảng giá đất",
                           rate->nameEn + ": computed on the declared value, no table value given"});
    int64_t taxable = std::max<int64_t>(0, value - rate->threshold);
    TaxLine line{rate->tax, rate->family, rate->nameVi, rate->nameEn, taxable, 0, rate->source.citation(), rate->key};
    if (rate->threshold > 0) {
      line.vi += " (phần vượt " + text::formatInteger(rate->threshold) + " đ)";
      line.en += " (part above " + text::formatInteger(rate->threshold) + " đ)";
    }
    if (const TaxExemption* ex = exemptionFor(rules, q, rate->family)) {
      line.vi += " — miễn: " + ex->nameVi;
      line.en += " — exempt: " + ex->nameEn;
      line.basis = ex->source.citation();
      line.rowKey = ex->key;
      out.lines.push_back(line);
      continue;
    }
    auto amount = percentOf(taxable, rate->percent);
    if (!amount) return refuse("absurd", "Số thuế tính ra quá lớn", "The computed tax is absurd", rate->key);
    line.amount = *amount;
    if (rate->cap && line.amount > *rate->cap) {
      line.amount = *rate->cap;
      line.vi += " (mức tối đa " + text::formatInteger(*rate->cap) + " đ)";
      line.en += " (capped at " + text::formatInteger(*rate->cap) + " đ)";
    }
    out.lines.push_back(line);

    // Reductions on this family: applied when the officer ticked the flag, otherwise mentioned.
    for (const TaxReduction* red : rules.reductions.validOn(q.date)) {
      if (red->family != rate->family || !contains(red->appliesTo, q.kind)) continue;
      if (!contains(q.flags, red->flag)) {
        out.notes.push_back({"Có thể được " + red->nameVi + " nếu đủ điều kiện (đánh dấu " + red->flag + ")",
                             "May qualify for " + red->nameEn + " (tick " + red->flag + ")"});
        continue;
      }
      auto cut = percentOf(line.amount, red->percent);
      if (!cut) return refuse("absurd", "Số giảm tính ra quá lớn", "The computed reduction is absurd", red->key);
      std::string capVi, capEn;
      if (red->capBaseSalaries > 0) {
        const BaseSalary* salary = rules.baseSalaries.find("base_salary", q.date);
        if (!salary)
          return refuse("no_base_salary", "Không có mức lương cơ sở hiệu lực vào ngày này",
                        "No base salary row is in force on this date", formatDate(q.date));
        int64_t cap = salary->amount * red->capBaseSalaries;
        if (*cut > cap) {
          *cut = cap;
          capVi = " (tối đa " + std::to_string(red->capBaseSalaries) + " × lương cơ sở " + text::formatInteger(salary->amount) + " đ)";
          capEn = " (at most " + std::to_string(red->capBaseSalaries) + " × base salary " + text::formatInteger(salary->amount) + " đ)";
        }
      }
      out.lines.push_back({rate->tax, rate->family, red->nameVi + capVi, red->nameEn + capEn, line.amount, -*cut,
                           red->source.citation(), red->key});
    }
  }
  for (const std::string& flag : q.flags) {
    bool used = std::any_of(out.lines.begin(), out.lines.end(), [&](const TaxLine& l) {
      const TaxReduction* r = rules.reductions.byKey(l.rowKey);
      return r && r->flag == flag;
    });
    if (!used)
      out.notes.push_back({"Không áp dụng " + flag + " cho giao dịch/ngày này", "Flag " + flag + " does not apply to this deal or date"});
  }
  if (!anyRate)
    return refuse("no_rate_on_date", "Không có thuế suất hiệu lực vào ngày này", "No tax rate is in force on this date",
                  q.kind + " " + formatDate(q.date));
  for (const TaxLine& l : out.lines) out.total += l.amount;
  return out;
}

std::string taxKindOf(model::CaseKind kind) {
  switch (kind) {
    case model::CaseKind::TransferWhole:
    case model::CaseKind::TransferPart: return "transfer";
    case model::CaseKind::Gift: return "gift";
    case model::CaseKind::InheritanceDivision:
    case model::CaseKind::InheritanceDeclaration: return "inheritance";
    case model::CaseKind::InheritanceRefusal: return "";
  }
  return "";
}

}  // namespace landdesk::rules
