#include "rules/deadline_rules.h"

#include "rules/data_reader.h"

namespace landdesk::rules {

const char* deadlineUnitCode(DeadlineUnit u) {
  switch (u) {
    case DeadlineUnit::WorkingDays: return "working_days";
    case DeadlineUnit::WorkingHours: return "working_hours";
    case DeadlineUnit::CalendarDays: return "calendar_days";
  }
  return "?";
}

std::chrono::minutes OfficeHours::perDay() const {
  std::chrono::minutes total{0};
  for (const auto& [from, to] : sessions) total += to - from;
  return total;
}

DeadlineRules::DeadlineRules(std::vector<ProcedureDeadline> procedures, std::vector<OfficeHours> hours)
    : procedures_(std::move(procedures), [](const ProcedureDeadline& p) { return p.procedure; }),
      hours_(std::move(hours), [](const OfficeHours&) { return std::string("office_hours"); }) {}

Result<DeadlineRules> parseDeadlineRules(const std::string& name, const std::string& json) {
  auto file = DataFile::fromText(name, json);
  if (!file) return file.error();
  auto procTable = file->table("procedures");
  if (!procTable) return procTable.error();
  auto hoursTable = file->table("office_hours");
  if (!hoursTable) return hoursTable.error();

  std::vector<ProcedureDeadline> procedures;
  for (size_t i = 0; i < (*procTable)->size(); ++i) {
    RowReader r(name, "procedures", i, (*procTable)->get(static_cast<unsigned>(i)));
    ProcedureDeadline p;
    static_cast<DatedRow&>(p) = r.head();
    p.procedure = r.text("procedure");
    p.nameVi = r.text("name_vi");
    p.nameEn = r.text("name_en");
    p.amount = r.integer("amount", 0, 3650);
    std::string unit = r.oneOf("unit", {"working_days", "working_hours", "calendar_days"});
    p.unit = unit == "working_hours"   ? DeadlineUnit::WorkingHours
             : unit == "calendar_days" ? DeadlineUnit::CalendarDays
                                       : DeadlineUnit::WorkingDays;
    p.cutoff = r.optTimeOfDay("cutoff");
    p.dueSoon = r.optInteger("due_soon", 0, 365).value_or(1);
    if (p.unit == DeadlineUnit::WorkingHours && p.amount == 0)
      r.fail("amount", "thời hạn tính bằng giờ phải lớn hơn 0", "a limit in hours must be above 0");
    if (Status st = r.finish(); !st) return st.error();
    procedures.push_back(std::move(p));
  }

  std::vector<OfficeHours> hours;
  for (size_t i = 0; i < (*hoursTable)->size(); ++i) {
    RowReader r(name, "office_hours", i, (*hoursTable)->get(static_cast<unsigned>(i)));
    OfficeHours h;
    static_cast<DatedRow&>(h) = r.head();
    auto sessions = r.objects("sessions");
    for (size_t j = 0; j < sessions.size() && r.ok(); ++j) {
      RowReader s = r.nested("sessions", j, sessions[j]);
      TimeOfDay from = s.timeOfDay("from"), to = s.timeOfDay("to");
      if (s.ok() && !(from < to)) s.fail("to", "giờ kết thúc phải sau giờ bắt đầu", "a session must end after it starts");
      if (s.ok() && !h.sessions.empty() && from < h.sessions.back().second)
        s.fail("from", "các buổi phải theo thứ tự, không chồng nhau", "sessions must be in order and not overlap");
      if (Status st = s.finish(); !st) return st.error();
      h.sessions.emplace_back(from, to);
    }
    if (r.ok() && h.sessions.empty()) r.fail("sessions", "cần ít nhất một buổi làm việc", "at least one session is needed");
    if (Status st = r.finish(); !st) return st.error();
    hours.push_back(std::move(h));
  }

  DeadlineRules rules(std::move(procedures), std::move(hours));
  if (auto c = rules.procedures().firstConflict())
    return tableError(name, "procedures",
                      "hai dòng trùng khóa hoặc cùng thủ tục chồng thời gian: " + c->first->key + ", " + c->second->key,
                      "two rows share a key or overlap for one procedure: " + c->first->key + ", " + c->second->key);
  if (auto c = rules.hours().firstConflict())
    return tableError(name, "office_hours", "hai dòng chồng thời gian: " + c->first->key + ", " + c->second->key,
                      "two rows overlap in time: " + c->first->key + ", " + c->second->key);
  return rules;
}

Result<DeadlineRules> loadDeadlineRules(const std::filesystem::path& path) {
  auto text = readDataText(path);
  if (!text) return text.error();
  return parseDeadlineRules(path.filename().string(), *text);
}

}  // namespace landdesk::rules
