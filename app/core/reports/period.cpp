#include "reports/period.h"

#include <cstdio>

#include "util/datetime.h"

namespace landdesk::reports {

using namespace std::chrono;

namespace {

std::string dmy(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  return buf;
}

Result<year_month_day> parseBound(std::string_view text, const char* option) {
  if (auto d = parseCanonicalDate(text)) return *d;
  const std::string shown = text.empty() ? std::string("(trống / empty)") : std::string(text);
  return makeError("report.bad_date",
                   std::string("Ngày không hợp lệ ở ") + option + " (cần dạng NNNN-TT-NN, ví dụ 2026-01-31)",
                   std::string("Invalid date for ") + option + " (expected YYYY-MM-DD, e.g. 2026-01-31)", shown);
}

}  // namespace

std::string ReportPeriod::fromIso() const { return isoDate(from); }
std::string ReportPeriod::toIso() const { return isoDate(to); }
std::string ReportPeriod::endIso() const { return isoDate(year_month_day(sys_days(to) + days(1))); }
std::string ReportPeriod::describeVi() const { return "từ ngày " + dmy(from) + " đến ngày " + dmy(to); }

Result<ReportPeriod> makePeriod(year_month_day from, year_month_day to) {
  if (!from.ok() || !to.ok())
    return makeError("report.bad_date", "Ngày của kỳ báo cáo không hợp lệ", "The report period has an invalid date");
  if (sys_days(from) > sys_days(to))
    return makeError("report.period_order", "Ngày bắt đầu (--from) sau ngày kết thúc (--to) của kỳ báo cáo",
                     "The period starts (--from) after it ends (--to)", isoDate(from) + " > " + isoDate(to));
  return ReportPeriod{from, to};
}

Result<ReportPeriod> parsePeriod(std::string_view from, std::string_view to) {
  auto f = parseBound(from, "--from");
  if (!f) return f.error();
  auto t = parseBound(to, "--to");
  if (!t) return t.error();
  return makePeriod(*f, *t);
}

Result<ReportPeriod> monthOrYear(int y, unsigned m) {
  if (y < 1900 || y > 9999)
    return makeError("report.bad_year", "Năm không hợp lệ", "Invalid year", std::to_string(y));
  if (m > 12) return makeError("report.bad_month", "Tháng không hợp lệ (1–12)", "Invalid month (1-12)", std::to_string(m));
  if (m == 0) return makePeriod(year(y) / January / 1, year(y) / December / 31);
  const year_month ym = year(y) / month(m);
  return makePeriod(ym / 1, year_month_day(ym / last));
}

}  // namespace landdesk::reports
