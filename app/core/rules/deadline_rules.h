// Dated time limits per procedure (chứng thực, đăng ký biến động, tách thửa…) and the office's working hours.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "rules/dated_table.h"
#include "util/error.h"

namespace landdesk::rules {

enum class DeadlineUnit {
  WorkingDays,   // ngày làm việc
  WorkingHours,  // giờ làm việc (office hours of working days)
  CalendarDays,  // ngày (BLDS 2015 Điều 147–148: first day not counted, a last day off moves to the next working day)
};

const char* deadlineUnitCode(DeadlineUnit u);  // "working_days", "working_hours", "calendar_days"

// The time limit of one procedure, valid between two dates.
struct ProcedureDeadline : DatedRow {
  std::string procedure;  // slot, e.g. "authentication_transaction"
  std::string nameVi, nameEn;
  int64_t amount = 0;     // in `unit`; 0 = the same day
  DeadlineUnit unit = DeadlineUnit::WorkingDays;
  // The 15:00 rule (ND 23/2015 Điều 7): a request received after this time counts from the next working day.
  std::optional<TimeOfDay> cutoff;
  int64_t dueSoon = 1;    // "due soon" when this many units (working days or hours) or fewer remain
};

// The office's working sessions (e.g. 07:30–11:30 and 13:00–17:00); the last session's end closes a day.
struct OfficeHours : DatedRow {
  std::vector<std::pair<TimeOfDay, TimeOfDay>> sessions;
  TimeOfDay opens() const { return sessions.front().first; }
  TimeOfDay closes() const { return sessions.back().second; }
  std::chrono::minutes perDay() const;
};

class DeadlineRules {
 public:
  DeadlineRules() = default;
  DeadlineRules(std::vector<ProcedureDeadline> procedures, std::vector<OfficeHours> hours);

  const ProcedureDeadline* procedure(const std::string& procedure, Date on) const { return procedures_.find(procedure, on); }
  // Office hours in force on `on`, or nullptr before the first row (the clock reports that as an Error).
  const OfficeHours* officeHours(Date on) const { return hours_.find("office_hours", on); }
  const DatedTable<ProcedureDeadline>& procedures() const { return procedures_; }
  const DatedTable<OfficeHours>& hours() const { return hours_; }

 private:
  DatedTable<ProcedureDeadline> procedures_;
  DatedTable<OfficeHours> hours_;
};

// Reads deadlines.json: tables "procedures" and "office_hours".
Result<DeadlineRules> loadDeadlineRules(const std::filesystem::path& file);
Result<DeadlineRules> parseDeadlineRules(const std::string& name, const std::string& json);

}  // namespace landdesk::rules
