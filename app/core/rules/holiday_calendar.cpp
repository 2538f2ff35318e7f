#include "rules/holiday_calendar.h"

#include <algorithm>
#include <stdexcept>

#include "rules/data_reader.h"

namespace landdesk::rules {

const char* dayKindCode(DayKind k) {
  switch (k) {
    case DayKind::Holiday: return "holiday";
    case DayKind::Compensatory: return "compensatory";
    case DayKind::SwappedOff: return "swapped_off";
    case DayKind::MakeupWorkingDay: return "makeup_working_day";
  }
  return "?";
}

namespace {
int yearOf(Date d) { return static_cast<int>(std::chrono::year_month_day(d).year()); }
}  // namespace

HolidayCalendar::HolidayCalendar(std::vector<WeeklyRest> rest, std::vector<CalendarDay> days)
    : rest_(std::move(rest), [](const WeeklyRest&) { return std::string("weekly_rest"); }),
      days_(std::move(days), [](const CalendarDay& d) { return formatDate(d.date); }) {
  for (const CalendarDay& d : days_.rows()) years_.insert(yearOf(d.date));
}

const CalendarDay* HolidayCalendar::dayRow(Date d) const { return days_.find(formatDate(d), d); }

bool HolidayCalendar::isWorkingDay(Date d) const {
  if (const CalendarDay* row = dayRow(d)) return row->kind == DayKind::MakeupWorkingDay;
  const WeeklyRest* rest = rest_.find("weekly_rest", d);
  return !(rest && rest->isoWeekdays.contains(isoWeekday(d)));
}

Date HolidayCalendar::nextWorkingDay(Date d) const {
  // The loader refuses a week with no working day, so this ends within a year of holidays.
  for (int i = 0; i < 800; ++i) {
    d += std::chrono::days(1);
    if (isWorkingDay(d)) return d;
  }
  throw std::logic_error("holiday calendar has no working day within 800 days");
}

std::vector<const CalendarDay*> HolidayCalendar::year(int y) const {
  std::vector<const CalendarDay*> out;
  for (const CalendarDay& d : days_.rows())
    if (yearOf(d.date) == y) out.push_back(&d);
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->date < b->date; });
  return out;
}

Result<HolidayCalendar> parseHolidayCalendar(const std::string& name, const std::string& json) {
  auto file = DataFile::fromText(name, json);
  if (!file) return file.error();
  auto restTable = file->table("weekly_rest");
  if (!restTable) return restTable.error();
  auto dayTable = file->table("days");
  if (!dayTable) return dayTable.error();

  static const char* kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::vector<WeeklyRest> rest;
  for (size_t i = 0; i < (*restTable)->size(); ++i) {
    RowReader r(name, "weekly_rest", i, (*restTable)->get(static_cast<unsigned>(i)));
    WeeklyRest row;
    static_cast<DatedRow&>(row) = r.head();
    for (const std::string& day : r.textList("days")) {
      auto it = std::find(std::begin(kDayNames), std::end(kDayNames), day);
      if (it == std::end(kDayNames)) r.fail("days", "ngày trong tuần phải là mon…sun", "weekdays must be mon…sun");
      else row.isoWeekdays.insert(static_cast<unsigned>(it - std::begin(kDayNames)) + 1);
    }
    if (row.isoWeekdays.size() >= 7) r.fail("days", "tuần phải còn ít nhất một ngày làm việc", "a week needs a working day");
    if (Status st = r.finish(); !st) return st.error();
    rest.push_back(std::move(row));
  }

  std::vector<CalendarDay> days;
  for (size_t i = 0; i < (*dayTable)->size(); ++i) {
    RowReader r(name, "days", i, (*dayTable)->get(static_cast<unsigned>(i)));
    CalendarDay row;
    row.key = r.text("key");
    row.date = r.date("date");
    row.validity = {row.date, row.date};
    std::string kind = r.oneOf("kind", {"holiday", "compensatory", "swapped_off", "makeup_working_day"});
    row.kind = kind == "compensatory"         ? DayKind::Compensatory
               : kind == "swapped_off"        ? DayKind::SwappedOff
               : kind == "makeup_working_day" ? DayKind::MakeupWorkingDay
                                              : DayKind::Holiday;
    row.nameVi = r.text("name_vi");
    row.nameEn = r.text("name_en");
    row.source = r.source();
    if (Status st = r.finish(); !st) return st.error();
    days.push_back(std::move(row));
  }

  HolidayCalendar cal(std::move(rest), std::move(days));
  if (auto c = cal.weeklyRest().firstConflict())
    return tableError(name, "weekly_rest", "hai dòng trùng khóa hoặc chồng thời gian: " + c->first->key + ", " + c->second->key,
                      "two rows share a key or overlap in time: " + c->first->key + ", " + c->second->key);
  if (auto c = cal.days().firstConflict())
    return tableError(name, "days", "hai dòng trùng khóa hoặc trùng ngày: " + c->first->key + ", " + c->second->key,
                      "two rows share a key or a date: " + c->first->key + ", " + c->second->key);
  // A làm bù row on an ordinary working day, or a day off on a rest day, is almost surely a typo in the date.
  for (const CalendarDay& d : cal.days().rows()) {
    const WeeklyRest* restRow = cal.weeklyRest().find("weekly_rest", d.date);
    bool restDay = restRow && restRow->isoWeekdays.contains(isoWeekday(d.date));
    if (d.kind == DayKind::MakeupWorkingDay && !restDay)
      return tableError(name, "days", "ngày làm bù " + d.key + " không rơi vào ngày nghỉ hằng tuần",
                        "make-up working day " + d.key + " is not a weekly rest day");
    if ((d.kind == DayKind::Compensatory || d.kind == DayKind::SwappedOff) && restDay)
      return tableError(name, "days", "ngày nghỉ bù/hoán đổi " + d.key + " rơi vào ngày nghỉ hằng tuần",
                        "compensatory or swapped day " + d.key + " falls on a weekly rest day");
  }
  return cal;
}

Result<HolidayCalendar> loadHolidayCalendar(const std::filesystem::path& path) {
  auto text = readDataText(path);
  if (!text) return text.error();
  return parseHolidayCalendar(path.filename().string(), *text);
}

}  // namespace landdesk::rules
