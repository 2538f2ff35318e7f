// The tax and charge estimate printed for the citizen: PIT and registration fee, each line with its legal basis.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/vocabulary.h"
#include "rules/tax_rules.h"

namespace landdesk::rules {

struct TaxRequest {
  std::string kind;                       // "transfer", "gift", "inheritance"
  Date date;                              // the declaration date: picks the rows in force
  int64_t price = 0;                      // contract price (transfer) or declared value (gift, inheritance), đồng
  std::optional<int64_t> tableValue;      // land-price-table value of the asset, đồng
  std::optional<Decimal> area;            // m², checked for sanity and shown
  std::optional<std::string> relationship;  // code from taxes.json; required for gift and inheritance
  bool onlyHome = false;                  // the transferor declares the only-home case (PIT art. 4.2)
  std::vector<std::string> flags;         // reduction switches the officer ticked, e.g. "tt117_vneid"
};

struct TaxLine {
  std::string tax;          // the rate row's tax, e.g. "pit_transfer"
  std::string family;       // "pit" or "lptb"
  std::string vi, en;       // what the line is
  int64_t base = 0;         // the amount the rate applies to (after the threshold)
  int64_t amount = 0;       // what is owed for this line (negative for a reduction)
  std::string basis;        // legal basis: document and article
  std::string rowKey;       // the rule row used
};

struct TaxNote {
  std::string vi, en;
};

struct TaxEstimate {
  std::vector<TaxLine> lines;
  int64_t total = 0;
  std::vector<TaxNote> notes;  // what the estimate assumed or could not check
};

// Refused with a reason (nothing estimated): an unknown kind; gift or inheritance without a relationship; an
// unknown relationship code; a negative or absurd price, table value or area (above 10^15 đ, 10^8 m², or above
// 10 billion đ/m²); a transfer with no price; no rate in force on the date.
Result<TaxEstimate> estimateTaxes(const TaxRules& rules, const TaxRequest& request);

// The tax kind of a case kind ("transfer", "gift", "inheritance"); empty for a refusal, which carries no tax.
std::string taxKindOf(model::CaseKind kind);

}  // namespace landdesk::rules
