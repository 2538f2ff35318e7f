// The period a report covers: two calendar days, both included, parsed strictly and refused when out of order.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "util/error.h"

namespace landdesk::reports {

struct ReportPeriod {
  std::chrono::year_month_day from{};
  std::chrono::year_month_day to{};  // included

  std::string fromIso() const;  // "2026-01-01"
  std::string toIso() const;
  // The day after `to`: storage queries take the half-open range [from, end).
  std::string endIso() const;
  // "từ ngày 01/01/2026 đến ngày 31/03/2026" for titles and file names.
  std::string describeVi() const;
};

// Both dates as YYYY-MM-DD. Refused with the option named: a missing or invalid date ("report.bad_date"),
// `from` after `to` ("report.period_order").
Result<ReportPeriod> parsePeriod(std::string_view from, std::string_view to);
Result<ReportPeriod> makePeriod(std::chrono::year_month_day from, std::chrono::year_month_day to);

// The whole of a month, or of a year when month is 0 (register book print-outs).
Result<ReportPeriod> monthOrYear(int year, unsigned month);

}  // namespace landdesk::reports
