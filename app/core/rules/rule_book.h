// All dated rule data of the desk, loaded together from one directory, and where that directory is.
#pragma once

#include <filesystem>

#include "rules/deadline_rules.h"
#include "rules/fee_schedule.h"
#include "rules/holiday_calendar.h"
#include "rules/land_price_table.h"
#include "rules/tax_rules.h"

namespace landdesk::rules {

struct RuleBook {
  HolidayCalendar holidays;  // holidays.json
  DeadlineRules deadlines;   // deadlines.json
  FeeSchedule fees;          // fees.json
  TaxRules taxes;            // taxes.json
  LandPriceTable landPrices; // land_prices.json
  // Office setting deadlines.remote_area: registration uses the *_remote procedures (e.g. 18 instead of 8 working
  // days) where deadlines.json has them. Set by loadDeskRuleBook; the shipped book is for an ordinary commune.
  bool remoteArea = false;
};

// The shipped data: $LANDDESK_RULES_DIR when set; else <prefix>/share/landdesk/rules next to an installed
// binary; else the source tree's app/core/rules/data (build tree, compiled in); else the compiled-in install path.
std::filesystem::path rulesDataDirectory();

// Loads every file; the first problem (file, row, field) is returned, nothing half-loaded.
Result<RuleBook> loadRuleBook(const std::filesystem::path& directory = rulesDataDirectory());

}  // namespace landdesk::rules
