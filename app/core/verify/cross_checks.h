// Cross-checks the verify view shows above the fields: ID-card name vs GCN owner names (diacritic-insensitive),
// the parcel already in another open case, an expired ID card or an old CMND offered as ID.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.h"
#include "register/paper_rules.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::verify {

struct CrossCheck {
  std::string code;  // "names.match", "names.diacritics", "names.no_card", "parcel.other_open_case", "id.expired" …
  bool problem = false;  // false: a passed check, shown so the officer sees it was made
  std::string vi, en;
};

// Every GCN owner against the ID cards' names: the same name once folded passes; folded-equal but spelled
// differently (marks, đ) is a problem naming both spellings; an owner no card matches is a problem.
std::vector<CrossCheck> checkOwnerNames(const model::Case& c);

// The ID cards read into the case and the parties' ID documents, judged on `on` by the identity rules
// (required_papers.json: accepted types, renewal ages from the birth date and issue date).
std::vector<CrossCheck> checkIdValidity(const registry::PaperRules& rules, const model::Case& c,
                                        std::chrono::year_month_day on);

// The parcels of the case and of its GCN papers, by serial or by map sheet + parcel number in the same commune,
// against the other cases not yet closed.
std::vector<CrossCheck> checkParcelsElsewhere(storage::Database& db, const model::Case& c);

// All three, with the rules loaded from the shipped data; an Error when the rules or the database cannot be read.
Result<std::vector<CrossCheck>> crossCheckCase(storage::Database& db, const model::Case& c,
                                               std::chrono::year_month_day on);

// The commune part of an address, folded ("xa tan lap"), or empty when the address names none.
std::string communeOf(std::string_view address);

}  // namespace landdesk::verify
