// All dated rule data of the desk, loaded together from one directory, and where that directory is.
#pragma once

#include <filesystem>

#include "rules/deadline_rules.h"
#include "rules/fee_schedule.h"
#include "rules/holiday_calendar.h"
#include "rules/tax_rules.h"

namespace landdesk::rules {

struct RuleBook {
  HolidayCalendar holidays;  // holidays.json
  DeadlineRules deadlines;   // deadlines.json
  FeeSchedule fees;          // fees.json
  TaxRules taxes;            // taxes.json
};

// The shipped data: $LANDDESK_RULES_DIR when set; else <prefix>/share/landdesk/rules next to an installed
// binary; else the source tree's app/core/rules/data (build tree, compiled in); else the compiled-in install path.
std::filesystem::path rulesDataDirectory();

// Loads every file; the first problem (file, row, field) is returned, nothing half-loaded.
Result<RuleBook> loadRuleBook(const std::filesystem::path& directory = rulesDataDirectory());

}  // namespace landdesk::rules
