// Which days the commune office works: weekly rest days, public holidays, compensatory and swapped days.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "rules/dated_table.h"
#include "util/error.h"

namespace landdesk::rules {

enum class DayKind {
  Holiday,           // ngày nghỉ lễ, tết (BLLĐ 2019 Điều 112.1)
  Compensatory,      // nghỉ bù when a holiday falls on a weekly rest day (Điều 112.3)
  SwappedOff,        // hoán đổi: a working day moved to a weekend, off here …
  MakeupWorkingDay,  // … and worked here (làm bù), although it is a Saturday or Sunday
};

const char* dayKindCode(DayKind k);  // "holiday", "compensatory", "swapped_off", "makeup_working_day"

// One dated day row (validity = that one day).
struct CalendarDay : DatedRow {
  Date date;
  DayKind kind = DayKind::Holiday;
  std::string nameVi, nameEn;
};

// Which ISO weekdays are weekly rest days (Saturday and Sunday for the civil service since 1999).
struct WeeklyRest : DatedRow {
  std::set<unsigned> isoWeekdays;
};

class HolidayCalendar {
 public:
  HolidayCalendar() = default;
  HolidayCalendar(std::vector<WeeklyRest> rest, std::vector<CalendarDay> days);

  bool isWorkingDay(Date d) const;
  // The first working day strictly after `d`.
  Date nextWorkingDay(Date d) const;
  // The row that makes `d` special, or nullptr for an ordinary day.
  const CalendarDay* dayRow(Date d) const;
  // The special days of a year, in date order.
  std::vector<const CalendarDay*> year(int year) const;
  // Whether the table has any row for that year: a deadline reaching into an uncovered year is flagged.
  bool covers(int year) const { return years_.contains(year); }

  const DatedTable<WeeklyRest>& weeklyRest() const { return rest_; }
  const DatedTable<CalendarDay>& days() const { return days_; }

 private:
  DatedTable<WeeklyRest> rest_;
  DatedTable<CalendarDay> days_;
  std::set<int> years_;
};

// Reads holidays.json: tables "weekly_rest" and "days". Every problem comes back as an Error, never a crash.
Result<HolidayCalendar> loadHolidayCalendar(const std::filesystem::path& file);
Result<HolidayCalendar> parseHolidayCalendar(const std::string& name, const std::string& json);

}  // namespace landdesk::rules
