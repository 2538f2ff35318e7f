// The working-day clock: deadline from a valid receipt, the 15:00 rule, pauses, due-soon and overdue flags.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/deadline_rules.h"
#include "rules/holiday_calendar.h"

namespace landdesk::rules {

// A stretch while the case waits for papers, tax or posting; no `to` means it is still waiting.
struct Pause {
  LocalMinutes from;
  std::optional<LocalMinutes> to;
  std::string reason;  // "papers", "tax", "posting" — informative only
};

struct ClockNote {
  std::string vi, en;
};

// How the deadline was reached, so an officer can check it by hand.
struct Deadline {
  std::string procedure;
  LocalMinutes received;
  // The day counting is anchored at: the receipt day, or the next working day after the cut-off or on a day off.
  Date anchor;
  bool afterCutoff = false;
  bool receivedOnDayOff = false;
  // The due instant (the office's closing time on the due day for day limits); empty while the clock is stopped.
  std::optional<LocalMinutes> due;
  bool stopped = false;
  // Units still owed when the clock stopped (days or hours, as the rule's unit).
  int64_t remainingWhenStopped = 0;
  // How much later the due day is because of pauses, in the rule's unit (0 without pauses).
  int64_t pausedUnits = 0;
  std::vector<ClockNote> notes;  // e.g. the holiday table has no rows for a year crossed
};

// Days: the receipt (or resumption) day is not counted (BLDS 2015 Điều 147.1); a request after the cut-off, or on a
// day off, is anchored on the next working day. A pause makes the resumption act as a new receipt for the units
// still owed; the day the clock stops counts if it was a counted day. Hours: exact office minutes, pauses excluded.
// Refused (Error, nothing computed): a pause before the receipt, ending before it starts, overlapping another,
// an open pause that is not the last, or office hours missing for a date reached.
Result<Deadline> computeDeadline(const HolidayCalendar& calendar, const DeadlineRules& rules,
                                 const ProcedureDeadline& rule, LocalMinutes received, std::vector<Pause> pauses);

enum class DeadlineFlag { OnTime, DueSoon, Overdue, Stopped };
const char* deadlineFlagCode(DeadlineFlag f);  // "on_time", "due_soon", "overdue", "stopped"

struct DeadlineStatus {
  DeadlineFlag flag = DeadlineFlag::OnTime;
  // Working days (hours for an hour limit) left until the due day, counting the due day; negative = days late.
  int64_t remaining = 0;
};

DeadlineStatus statusAt(const HolidayCalendar& calendar, const DeadlineRules& rules, const ProcedureDeadline& rule,
                        const Deadline& deadline, LocalMinutes now);

// For the periodic report: trước hạn (done before the due day), đúng hạn (on the due day, by the due time), quá hạn.
enum class Completion { Early, OnTime, Late };
const char* completionCode(Completion c);
Completion classifyCompletion(const Deadline& deadline, LocalMinutes done);

}  // namespace landdesk::rules
