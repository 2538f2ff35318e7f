#include "rules/tax_rules.h"

#include <algorithm>

#include "rules/data_reader.h"

namespace landdesk::rules {

namespace {
const std::vector<std::string> kKinds = {"transfer", "gift", "inheritance"};

void checkKinds(RowReader& r, const std::vector<std::string>& kinds) {
  for (const std::string& k : kinds)
    if (std::find(kKinds.begin(), kKinds.end(), k) == kKinds.end())
      r.fail("applies_to", "loại giao dịch phải là transfer, gift hoặc inheritance", "kinds must be transfer, gift or inheritance");
}

template <class Row>
Status noConflict(const std::string& name, const char* table, const DatedTable<Row>& t) {
  if (auto c = t.firstConflict())
    return tableError(name, table, "hai dòng trùng khóa hoặc chồng thời gian: " + c->first->key + ", " + c->second->key,
                      "two rows share a key or overlap in time: " + c->first->key + ", " + c->second->key);
  return {};
}
}  // namespace

const Relationship* TaxRules::relationship(const std::string& code) const {
  for (const Relationship& r : relationships)
    if (r.code == code) return &r;
  return nullptr;
}

Result<TaxRules> parseTaxRules(const std::string& name, const std::string& json) {
  auto file = DataFile::fromText(name, json);
  if (!file) return file.error();
  TaxRules rules;

  auto rel = file->table("relationships");
  if (!rel) return rel.error();
  for (size_t i = 0; i < (*rel)->size(); ++i) {
    RowReader r(name, "relationships", i, (*rel)->get(static_cast<unsigned>(i)));
    Relationship x{r.text("code"), r.text("name_vi"), r.text("name_en")};
    if (r.ok() && rules.relationship(x.code)) r.fail("code", "trùng mã quan hệ", "duplicate relationship code");
    if (Status st = r.finish(); !st) return st.error();
    rules.relationships.push_back(std::move(x));
  }

  auto rateTable = file->table("rates");
  if (!rateTable) return rateTable.error();
  std::vector<TaxRate> rates;
  for (size_t i = 0; i < (*rateTable)->size(); ++i) {
    RowReader r(name, "rates", i, (*rateTable)->get(static_cast<unsigned>(i)));
    TaxRate t;
    static_cast<DatedRow&>(t) = r.head();
    t.tax = r.text("tax");
    t.family = r.oneOf("family", {"pit", "lptb"});
    t.appliesTo = r.textList("applies_to");
    checkKinds(r, t.appliesTo);
    t.nameVi = r.text("name_vi");
    t.nameEn = r.text("name_en");
    t.percent = r.decimal("percent");
    if (t.percent > Decimal(100, 0)) r.fail("percent", "không được quá 100", "must not exceed 100");
    t.base = r.oneOf("base", {"higher_of_price_and_table", "table_value_else_price"}) == "table_value_else_price"
                 ? TaxBase::TableValueElsePrice
                 : TaxBase::HigherOfPriceAndTable;
    t.threshold = r.optMoney("threshold").value_or(0);
    t.cap = r.optMoney("cap");
    if (Status st = r.finish(); !st) return st.error();
    rates.push_back(std::move(t));
  }
  rules.rates = DatedTable<TaxRate>(std::move(rates), [](const TaxRate& t) { return t.tax; });

  auto exTable = file->table("exemptions");
  if (!exTable) return exTable.error();
  std::vector<TaxExemption> exemptions;
  for (size_t i = 0; i < (*exTable)->size(); ++i) {
    RowReader r(name, "exemptions", i, (*exTable)->get(static_cast<unsigned>(i)));
    TaxExemption e;
    static_cast<DatedRow&>(e) = r.head();
    e.family = r.oneOf("family", {"pit", "lptb"});
    e.appliesTo = r.textList("applies_to");
    checkKinds(r, e.appliesTo);
    e.relationships = r.textList("relationships", false);
    e.condition = r.optText("condition").value_or("");
    if (!e.condition.empty() && e.condition != "only_home")
      r.fail("condition", "điều kiện chỉ có thể là only_home", "the condition can only be only_home");
    if (r.ok() && e.condition.empty() == e.relationships.empty())
      r.fail("relationships", "cần đúng một trong relationships hoặc condition", "give exactly one of relationships or condition");
    for (const std::string& code : e.relationships)
      if (!rules.relationship(code)) r.fail("relationships", "mã quan hệ không có trong bảng relationships: " + code,
                                            "relationship code not in the relationships table: " + code);
    e.nameVi = r.text("name_vi");
    e.nameEn = r.text("name_en");
    if (Status st = r.finish(); !st) return st.error();
    exemptions.push_back(std::move(e));
  }
  rules.exemptions = DatedTable<TaxExemption>(std::move(exemptions), [](const TaxExemption& e) { return e.key; });

  auto redTable = file->table("reductions", false);
  if (!redTable) return redTable.error();
  std::vector<TaxReduction> reductions;
  for (size_t i = 0; i < (*redTable)->size(); ++i) {
    RowReader r(name, "reductions", i, (*redTable)->get(static_cast<unsigned>(i)));
    TaxReduction x;
    static_cast<DatedRow&>(x) = r.head();
    x.family = r.oneOf("family", {"pit", "lptb"});
    x.appliesTo = r.textList("applies_to");
    checkKinds(r, x.appliesTo);
    x.flag = r.text("flag");
    x.percent = r.decimal("percent");
    if (x.percent > Decimal(100, 0)) r.fail("percent", "không được quá 100", "must not exceed 100");
    x.capBaseSalaries = r.optInteger("cap_base_salaries", 0, 1000).value_or(0);
    x.nameVi = r.text("name_vi");
    x.nameEn = r.text("name_en");
    if (Status st = r.finish(); !st) return st.error();
    reductions.push_back(std::move(x));
  }
  rules.reductions = DatedTable<TaxReduction>(std::move(reductions), [](const TaxReduction& x) { return x.flag + x.family; });

  auto salTable = file->table("base_salary");
  if (!salTable) return salTable.error();
  std::vector<BaseSalary> salaries;
  for (size_t i = 0; i < (*salTable)->size(); ++i) {
    RowReader r(name, "base_salary", i, (*salTable)->get(static_cast<unsigned>(i)));
    BaseSalary b;
    static_cast<DatedRow&>(b) = r.head();
    b.amount = r.integer("amount", 1, 1'000'000'000);
    if (Status st = r.finish(); !st) return st.error();
    salaries.push_back(std::move(b));
  }
  rules.baseSalaries = DatedTable<BaseSalary>(std::move(salaries), [](const BaseSalary&) { return std::string("base_salary"); });

  if (Status st = noConflict(name, "rates", rules.rates); !st) return st.error();
  if (Status st = noConflict(name, "exemptions", rules.exemptions); !st) return st.error();
  if (Status st = noConflict(name, "reductions", rules.reductions); !st) return st.error();
  if (Status st = noConflict(name, "base_salary", rules.baseSalaries); !st) return st.error();
  return rules;
}

Result<TaxRules> loadTaxRules(const std::filesystem::path& path) {
  auto text = readDataText(path);
  if (!text) return text.error();
  return parseTaxRules(path.filename().string(), *text);
}

}  // namespace landdesk::rules
