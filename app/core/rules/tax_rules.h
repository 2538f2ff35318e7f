// Dated tax rows for land deals: PIT (thuế TNCN) and registration fee (lệ phí trước bạ), exemptions, reductions.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rules/dated_table.h"
#include "util/decimal.h"
#include "util/error.h"

namespace landdesk::rules {

// What a rate is applied to.
enum class TaxBase {
  HigherOfPriceAndTable,  // contract price, or the land-price-table value when higher
  TableValueElsePrice,    // the table value (gift, inheritance); the declared value when no table value is given
};

// One rate: e.g. PIT on transfers 2 %, PIT on gifts 10 % above a threshold, LPTB 0,5 % with a cap.
struct TaxRate : DatedRow {
  std::string tax;                     // slot: "pit_transfer", "pit_gift_inheritance", "lptb_land"
  std::string family;                  // "pit" or "lptb": which exemptions apply
  std::vector<std::string> appliesTo;  // "transfer", "gift", "inheritance"
  std::string nameVi, nameEn;
  Decimal percent;
  TaxBase base = TaxBase::HigherOfPriceAndTable;
  int64_t threshold = 0;               // only the part of the base above this is taxed
  std::optional<int64_t> cap;          // the amount never exceeds this (per asset, per registration)
};

// An exemption: by relationship between the parties, or a declared condition ("only_home").
struct TaxExemption : DatedRow {
  std::string family;                  // "pit" or "lptb"
  std::vector<std::string> appliesTo;
  std::vector<std::string> relationships;  // empty when `condition` is set
  std::string condition;               // "" or "only_home"
  std::string nameVi, nameEn;
};

// A percentage reduction granted on a declared condition (TT 117/2026: −10 % LPTB, capped at N base salaries).
struct TaxReduction : DatedRow {
  std::string family;
  std::vector<std::string> appliesTo;
  std::string flag;                    // the switch the officer ticks, e.g. "tt117_vneid"
  Decimal percent;
  int64_t capBaseSalaries = 0;         // 0 = no cap
  std::string nameVi, nameEn;
};

// Mức lương cơ sở, dated (ND 73/2024: 2.340.000 đ from 2024-07-01).
struct BaseSalary : DatedRow {
  int64_t amount = 0;
};

struct Relationship {
  std::string code, nameVi, nameEn;
};

struct TaxRules {
  std::vector<Relationship> relationships;
  DatedTable<TaxRate> rates;
  DatedTable<TaxExemption> exemptions;
  DatedTable<TaxReduction> reductions;
  DatedTable<BaseSalary> baseSalaries;

  const Relationship* relationship(const std::string& code) const;
};

// Reads taxes.json: "relationships", "rates", "exemptions", "reductions", "base_salary".
Result<TaxRules> loadTaxRules(const std::filesystem::path& file);
Result<TaxRules> parseTaxRules(const std::string& name, const std::string& json);

}  // namespace landdesk::rules
