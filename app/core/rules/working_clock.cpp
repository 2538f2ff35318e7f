#include "rules/working_clock.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace landdesk::rules {

namespace {

using std::chrono::days;
using std::chrono::minutes;

constexpr int kMaxDaysScanned = 3660;  // ten years: any longer walk means broken input, not a real limit

Error clockError(std::string code, std::string vi, std::string en, const std::string& detail = {}) {
  return makeError("clock." + code, std::move(vi), std::move(en), detail);
}

int yearOf(Date d) { return static_cast<int>(std::chrono::year_month_day(d).year()); }

// Walks the calendar for one computation and remembers the years it touched.
class Walker {
 public:
  Walker(const HolidayCalendar& cal, const ProcedureDeadline& rule) : cal_(cal), rule_(rule) {}

  bool countable(Date d) {
    years_.insert(yearOf(d));
    return rule_.unit == DeadlineUnit::CalendarDays || cal_.isWorkingDay(d);
  }
  Date nextCountable(Date d) {
    for (int i = 0; i < kMaxDaysScanned; ++i)
      if (countable(d += days(1))) return d;
    throw std::logic_error("no countable day within ten years");
  }
  Date nextWorking(Date d) {
    years_.insert(yearOf(d));
    Date n = cal_.nextWorkingDay(d);
    years_.insert(yearOf(n));
    return n;
  }
  bool working(Date d) {
    years_.insert(yearOf(d));
    return cal_.isWorkingDay(d);
  }
  // The day counting is anchored at for a receipt (or a resumption) at `t`.
  Date anchor(LocalMinutes t, bool* afterCutoff = nullptr, bool* dayOff = nullptr) {
    Date d = dayOf(t);
    bool late = rule_.cutoff && timeOf(t) >= *rule_.cutoff;
    if (afterCutoff) *afterCutoff = late;
    if (rule_.unit == DeadlineUnit::CalendarDays) return late ? d + days(1) : d;
    bool off = !working(d);
    if (dayOff) *dayOff = off;
    return (late || off) ? nextWorking(d) : d;
  }
  const std::set<int>& years() const { return years_; }

 private:
  const HolidayCalendar& cal_;
  const ProcedureDeadline& rule_;
  std::set<int> years_;
};

// Office minutes of working days between two instants (order-free).
minutes officeMinutesBetween(const HolidayCalendar& calendar, const DeadlineRules& rules, LocalMinutes a, LocalMinutes b) {
  if (b < a) std::swap(a, b);
  minutes total{0};
  for (Date d = dayOf(a); d <= dayOf(b); d += days(1)) {
    if (!calendar.isWorkingDay(d)) continue;
    if (const OfficeHours* h = rules.officeHours(d))
      for (const auto& [open, close] : h->sessions) {
        LocalMinutes x = std::max(a, at(d, open)), y = std::min(b, at(d, close));
        if (y > x) total += y - x;
      }
  }
  return total;
}

Status checkPauses(LocalMinutes received, std::vector<Pause>& pauses) {
  std::sort(pauses.begin(), pauses.end(), [](const Pause& a, const Pause& b) { return a.from < b.from; });
  for (size_t i = 0; i < pauses.size(); ++i) {
    const Pause& p = pauses[i];
    std::string what = formatDateTime(p.from) + ".." + (p.to ? formatDateTime(*p.to) : "");
    if (p.from < received)
      return clockError("pause_before_receipt", "Thời gian tạm dừng bắt đầu trước khi nhận hồ sơ",
                        "A pause starts before the receipt", what);
    // Minutes, not seconds: a pause that ends in the minute it began (a tax notice and its payment recorded
    // together) is empty, not out of order.
    if (p.to && *p.to < p.from)
      return clockError("pause_order", "Thời gian tạm dừng kết thúc trước khi bắt đầu", "A pause ends before it starts", what);
    if (!p.to && i + 1 < pauses.size())
      return clockError("pause_open", "Chỉ khoảng tạm dừng cuối cùng được để ngỏ", "Only the last pause may be open", what);
    if (i + 1 < pauses.size() && p.to && *p.to > pauses[i + 1].from)
      return clockError("pause_overlap", "Hai khoảng tạm dừng chồng nhau", "Two pauses overlap", what);
  }
  return {};
}

// Day limits (working or calendar days): see the header for the counting rules.
Status dayDeadline(Walker& w, const ProcedureDeadline& rule, const std::vector<Pause>& pauses, Deadline& out) {
  Date anchor = out.anchor;
  int64_t remaining = rule.amount;
  size_t idx = 0;
  for (int guard = 0; guard < kMaxDaysScanned * 2; ++guard) {
    // A pause that starts on or before the anchor day (or in the non-counted gap before the next counted day)
    // moves the anchor to its resumption.
    Date next = remaining > 0 ? w.nextCountable(anchor) : anchor + days(1);
    if (idx < pauses.size() && dayOf(pauses[idx].from) < next) {
      const Pause& p = pauses[idx++];
      if (!p.to) {
        out.stopped = true;
        out.remainingWhenStopped = remaining;
        return {};
      }
      anchor = std::max(anchor, w.anchor(*p.to));
      continue;
    }
    if (remaining == 0) break;
    anchor = next;
    --remaining;
  }
  Date due = anchor;
  // BLDS 2015 Điều 148.2: a limit in calendar days ending on a day off ends with the next working day.
  if (rule.unit == DeadlineUnit::CalendarDays && !w.working(due)) due = w.nextWorking(due);
  out.due = LocalMinutes(due);  // the time of day is set by the caller from the office hours
  return {};
}

// Hour limits: consume office minutes of working days, skipping paused minutes exactly.
Status hourDeadline(Walker& w, const DeadlineRules& rules, const ProcedureDeadline& rule, const std::vector<Pause>& pauses,
                    Deadline& out) {
  minutes owed = std::chrono::hours(rule.amount);
  LocalMinutes cursor = out.anchor == dayOf(out.received) ? out.received : LocalMinutes(out.anchor);
  for (Date d = dayOf(cursor); d <= dayOf(cursor) + days(kMaxDaysScanned); d += days(1)) {
    if (!w.working(d)) continue;
    const OfficeHours* hours = rules.officeHours(d);
    if (!hours)
      return clockError("no_office_hours", "Không có giờ làm việc cho ngày", "No office hours for the date", formatDate(d));
    for (const auto& [open, close] : hours->sessions) {
      LocalMinutes a = std::max(cursor, at(d, open)), b = at(d, close);
      while (a < b) {
        // The first pause that is still running at `a`, or that starts before `b`.
        const Pause* hit = nullptr;
        for (const Pause& p : pauses)
          if ((!p.to || *p.to > a) && p.from < b) {
            hit = &p;
            break;
          }
        LocalMinutes runEnd = hit ? std::max(a, hit->from) : b;
        if (runEnd - a >= owed) {
          out.due = a + owed;
          return {};
        }
        owed -= runEnd - a;
        if (!hit) break;
        if (!hit->to) {
          out.stopped = true;
          out.remainingWhenStopped = (owed.count() + 59) / 60;
          return {};
        }
        a = std::max(runEnd, *hit->to);
      }
    }
  }
  throw std::logic_error("hour deadline beyond ten years");
}

}  // namespace

const char* deadlineFlagCode(DeadlineFlag f) {
  switch (f) {
    case DeadlineFlag::OnTime: return "on_time";
    case DeadlineFlag::DueSoon: return "due_soon";
    case DeadlineFlag::Overdue: return "overdue";
    case DeadlineFlag::Stopped: return "stopped";
  }
  return "?";
}

const char* completionCode(Completion c) {
  switch (c) {
    case Completion::Early: return "early";
    case Completion::OnTime: return "on_time";
    case Completion::Late: return "late";
  }
  return "?";
}

Result<Deadline> computeDeadline(const HolidayCalendar& calendar, const DeadlineRules& rules,
                                 const ProcedureDeadline& rule, LocalMinutes received, std::vector<Pause> pauses) {
  if (Status st = checkPauses(received, pauses); !st) return st.error();
  Walker w(calendar, rule);
  Deadline out;
  out.procedure = rule.procedure;
  out.received = received;
  out.anchor = w.anchor(received, &out.afterCutoff, &out.receivedOnDayOff);

  if (rule.unit == DeadlineUnit::WorkingHours) {
    if (Status st = hourDeadline(w, rules, rule, pauses, out); !st) return st.error();
  } else {
    if (Status st = dayDeadline(w, rule, pauses, out); !st) return st.error();
    if (out.due) {
      Date dueDay = dayOf(*out.due);
      const OfficeHours* hours = rules.officeHours(dueDay);
      if (!hours)
        return clockError("no_office_hours", "Không có giờ làm việc cho ngày", "No office hours for the date",
                          formatDate(dueDay));
      out.due = at(dueDay, hours->closes());
      // How much the pauses cost: the same computation without them.
      if (!pauses.empty()) {
        auto plain = computeDeadline(calendar, rules, rule, received, {});
        if (plain && plain->due) {
          Date a = dayOf(*plain->due), b = dueDay;
          for (Date d = a; d < b; d += days(1))
            if (rule.unit == DeadlineUnit::CalendarDays || calendar.isWorkingDay(d + days(1))) ++out.pausedUnits;
        }
      }
    }
  }
  if (rule.unit == DeadlineUnit::WorkingHours && out.due && !pauses.empty()) {
    auto plain = computeDeadline(calendar, rules, rule, received, {});
    if (plain && plain->due) out.pausedUnits = (officeMinutesBetween(calendar, rules, *plain->due, *out.due).count() + 59) / 60;
  }
  for (int y : w.years())
    if (!calendar.covers(y))
      out.notes.push_back({"Bảng ngày nghỉ chưa có năm " + std::to_string(y) + ": chỉ trừ ngày nghỉ hằng tuần",
                           "The holiday table has no rows for " + std::to_string(y) + ": only weekly rest days excluded"});
  return out;
}

DeadlineStatus statusAt(const HolidayCalendar& calendar, const DeadlineRules& rules, const ProcedureDeadline& rule,
                        const Deadline& deadline, LocalMinutes now) {
  DeadlineStatus s;
  if (deadline.stopped || !deadline.due) {
    s.flag = DeadlineFlag::Stopped;
    s.remaining = deadline.remainingWhenStopped;
    return s;
  }
  const LocalMinutes due = *deadline.due;
  if (rule.unit == DeadlineUnit::WorkingHours) {
    int64_t hours = (officeMinutesBetween(calendar, rules, now, due).count() + 59) / 60;
    s.remaining = now > due ? -hours : hours;
  } else {
    // Working days after today up to the due day: 0 = due today; negative = working days late (at least -1).
    Date today = dayOf(now), dueDay = dayOf(due);
    int64_t n = 0;
    if (now <= due) {
      for (Date d = today + days(1); d <= dueDay; d += days(1))
        if (calendar.isWorkingDay(d)) ++n;
    } else {
      for (Date d = dueDay + days(1); d <= today; d += days(1))
        if (calendar.isWorkingDay(d)) --n;
      n = std::min<int64_t>(n, -1);
    }
    s.remaining = n;
  }
  if (now > due) s.flag = DeadlineFlag::Overdue;
  else if (s.remaining <= rule.dueSoon) s.flag = DeadlineFlag::DueSoon;
  return s;
}

Completion classifyCompletion(const Deadline& deadline, LocalMinutes done) {
  if (!deadline.due) return Completion::OnTime;
  if (done > *deadline.due) return Completion::Late;
  return dayOf(done) < dayOf(*deadline.due) ? Completion::Early : Completion::OnTime;
}

}  // namespace landdesk::rules
