#include <boost/test/unit_test.hpp>

#include "rules/working_clock.h"
#include "rules_fixture.h"

using namespace landdesk;
using namespace landdesk::rules;
using landdesk::test::day;
using landdesk::test::shippedRules;
using landdesk::test::when;

namespace {

const ProcedureDeadline& procedure(const std::string& name, const std::string& on = "2026-03-02") {
  const ProcedureDeadline* p = shippedRules().deadlines.procedure(name, day(on));
  if (!p) throw std::runtime_error("no procedure " + name);
  return *p;
}

Result<Deadline> compute(const std::string& proc, const std::string& received, std::vector<Pause> pauses = {}) {
  const auto& book = shippedRules();
  return computeDeadline(book.holidays, book.deadlines, procedure(proc, received.substr(0, 10)), when(received),
                         std::move(pauses));
}

std::string due(const Result<Deadline>& d) {
  if (!d) return "error " + d.error().code;
  if (!d->due) return "stopped";
  return formatDateTime(*d->due);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(deadlines)

// Authentication of a transaction: 2 working days, the receipt day not counted, the 15:00 rule.
BOOST_AUTO_TEST_CASE(authentication_two_working_days_and_15h_rule) {
  struct Case {
    const char* received;
    const char* due;
    const char* why;
  } cases[] = {
      {"2026-03-02 10:00", "2026-03-04 17:00", "Monday morning"},
      {"2026-03-02 14:59", "2026-03-04 17:00", "one minute before the cut-off"},
      {"2026-03-02 15:00", "2026-03-05 17:00", "at 15:00 counts from the next working day"},
      {"2026-03-02 16:30", "2026-03-05 17:00", "after 15:00"},
      {"2026-03-06 16:00", "2026-03-11 17:00", "Friday after 15:00: anchored Monday"},
      {"2026-03-07 09:00", "2026-03-11 17:00", "received on a Saturday"},
      {"2026-02-13 10:00", "2026-02-24 17:00", "across Tết Bính Ngọ"},
      {"2026-04-24 10:00", "2026-04-29 17:00", "across the Hùng Kings compensatory Monday"},
      {"2026-04-29 10:00", "2026-05-05 17:00", "across 30/4 and 1/5"},
      {"2025-02-07 10:00", "2025-02-10 17:00", "a Saturday make-up working day counts"},
      {"2025-12-31 10:00", "2026-01-05 17:00", "across New Year"},
  };
  for (const Case& c : cases) BOOST_TEST(due(compute("authentication_transaction", c.received)) == c.due, c.why);
}

BOOST_AUTO_TEST_CASE(same_day_procedures) {
  BOOST_TEST(due(compute("authentication_signature", "2026-03-02 14:00")) == "2026-03-02 17:00");
  BOOST_TEST(due(compute("authentication_signature", "2026-03-02 15:30")) == "2026-03-03 17:00");
  BOOST_TEST(due(compute("authentication_copy", "2026-03-06 15:30")) == "2026-03-09 17:00");
  auto d = compute("authentication_signature", "2026-03-02 15:30");
  BOOST_TEST(d->afterCutoff);
  BOOST_TEST(formatDate(d->anchor) == "2026-03-03");
}

BOOST_AUTO_TEST_CASE(registration_office_limits) {
  // 8 working days from Monday 2 March 2026: 3,4,5,6,9,10,11,12.
  BOOST_TEST(due(compute("change_registration", "2026-03-02 10:00")) == "2026-03-12 17:00");
  // 12 working days for a split, no 15:00 rule there: 16:00 still counts from the receipt day.
  BOOST_TEST(due(compute("parcel_split", "2026-03-02 16:00")) == "2026-03-18 17:00");
}

// BLDS Điều 147–148: calendar days, first day not counted, a last day off moves to the next working day.
BOOST_AUTO_TEST_CASE(calendar_day_limits) {
  BOOST_TEST(due(compute("register_after_authentication", "2026-03-02 10:00")) == "2026-04-01 17:00");
  // 27/3 + 30 = 26/4 (Sunday, Hùng Kings), 27/4 compensatory: ends Tuesday 28/4.
  BOOST_TEST(due(compute("register_after_authentication", "2026-03-27 10:00")) == "2026-04-28 17:00");
}

BOOST_AUTO_TEST_CASE(pauses_stop_the_clock) {
  struct Case {
    const char* received;
    std::vector<std::pair<const char*, const char*>> pauses;  // "" = still paused
    const char* due;
    int64_t pausedUnits;
    const char* why;
  } cases[] = {
      {"2026-03-02 09:00", {}, "2026-03-04 17:00", 0, "no pause"},
      {"2026-03-02 09:00", {{"2026-03-02 11:00", "2026-03-02 14:00"}}, "2026-03-04 17:00", 0,
       "a pause on the receipt day, resumed before 15:00"},
      {"2026-03-02 09:00", {{"2026-03-03 10:00", "2026-03-05 09:00"}}, "2026-03-06 17:00", 2,
       "Tuesday counted, resumption Thursday acts as a new receipt"},
      {"2026-03-02 09:00", {{"2026-03-03 10:00", "2026-03-05 16:00"}}, "2026-03-09 17:00", 3,
       "resumed after 15:00: counts from Friday"},
      {"2026-03-02 09:00", {{"2026-03-04 09:00", "2026-03-04 10:00"}}, "2026-03-04 17:00", 0,
       "a short pause on the due day: same-day result after resumption"},
      {"2026-03-02 09:00", {{"2026-03-02 10:00", "2026-03-03 09:00"}, {"2026-03-04 09:00", "2026-03-09 10:00"}},
       "2026-03-10 17:00", 4, "two pauses"},
      {"2026-03-02 09:00", {{"2026-03-03 10:00", ""}}, "stopped", 0, "waiting for papers now"},
  };
  for (const Case& c : cases) {
    std::vector<Pause> pauses;
    for (auto [from, to] : c.pauses)
      pauses.push_back({when(from), *to ? std::optional(when(to)) : std::nullopt, "papers"});
    auto d = compute("authentication_transaction", c.received, pauses);
    BOOST_TEST(due(d) == c.due, c.why);
    if (d) BOOST_TEST(d->pausedUnits == c.pausedUnits, c.why);
  }
  auto stopped = compute("authentication_transaction", "2026-03-02 09:00", {{when("2026-03-03 10:00"), std::nullopt, ""}});
  BOOST_TEST(stopped->stopped);
  BOOST_TEST(stopped->remainingWhenStopped == 1);
}

BOOST_AUTO_TEST_CASE(bad_pauses_are_refused) {
  struct Case {
    std::vector<Pause> pauses;
    const char* code;
  } cases[] = {
      {{{when("2026-03-01 10:00"), when("2026-03-03 10:00"), ""}}, "clock.pause_before_receipt"},
      {{{when("2026-03-04 10:00"), when("2026-03-03 10:00"), ""}}, "clock.pause_order"},
      {{{when("2026-03-03 10:00"), when("2026-03-05 10:00"), ""}, {when("2026-03-04 10:00"), when("2026-03-06 10:00"), ""}},
       "clock.pause_overlap"},
      {{{when("2026-03-03 10:00"), std::nullopt, ""}, {when("2026-03-04 10:00"), when("2026-03-06 10:00"), ""}},
       "clock.pause_open"},
  };
  for (const Case& c : cases) {
    auto d = compute("authentication_transaction", "2026-03-02 09:00", c.pauses);
    BOOST_TEST_REQUIRE(!d.ok());
    BOOST_TEST(d.error().code == c.code);
  }
}

BOOST_AUTO_TEST_CASE(due_soon_and_overdue_flags) {
  const auto& book = shippedRules();
  const auto& rule = procedure("authentication_transaction");
  auto d = compute("authentication_transaction", "2026-03-02 10:00");  // due Wed 4 March 17:00
  struct Case {
    const char* now;
    DeadlineFlag flag;
    int64_t remaining;
  } cases[] = {
      {"2026-03-02 12:00", DeadlineFlag::OnTime, 2},  {"2026-03-03 12:00", DeadlineFlag::DueSoon, 1},
      {"2026-03-04 16:59", DeadlineFlag::DueSoon, 0}, {"2026-03-04 17:01", DeadlineFlag::Overdue, -1},
      {"2026-03-06 10:00", DeadlineFlag::Overdue, -2}, {"2026-03-09 10:00", DeadlineFlag::Overdue, -3},
  };
  for (const Case& c : cases) {
    DeadlineStatus s = statusAt(book.holidays, book.deadlines, rule, *d, when(c.now));
    BOOST_TEST((s.flag == c.flag), c.now << " flag " << deadlineFlagCode(s.flag));
    BOOST_TEST(s.remaining == c.remaining, c.now);
  }
  auto stopped = compute("authentication_transaction", "2026-03-02 09:00", {{when("2026-03-03 10:00"), std::nullopt, ""}});
  BOOST_TEST((statusAt(book.holidays, book.deadlines, rule, *stopped, when("2026-03-20 10:00")).flag == DeadlineFlag::Stopped));
}

BOOST_AUTO_TEST_CASE(completion_classes) {
  auto d = compute("authentication_transaction", "2026-03-02 10:00");
  BOOST_TEST((classifyCompletion(*d, when("2026-03-03 09:00")) == Completion::Early));
  BOOST_TEST((classifyCompletion(*d, when("2026-03-04 16:00")) == Completion::OnTime));
  BOOST_TEST((classifyCompletion(*d, when("2026-03-05 08:00")) == Completion::Late));
}

BOOST_AUTO_TEST_CASE(a_year_without_holiday_rows_is_flagged) {
  auto d = compute("authentication_transaction", "2031-03-03 10:00");
  BOOST_TEST_REQUIRE(d.ok());
  BOOST_TEST(d->notes.size() == 1u);
  BOOST_TEST(d->notes.front().en.find("2031") != std::string::npos);
}

// Working-hour limits, from a fixture: office 07:30–11:30 and 13:00–17:00.
BOOST_AUTO_TEST_CASE(working_hour_limits) {
  auto rules = parseDeadlineRules("fixture.json", R"({"format": "landdesk-rules/1",
    "procedures": [{"key": "quick", "procedure": "quick", "name_vi": "x", "name_en": "x", "amount": 4,
      "unit": "working_hours", "effective_from": "2020-01-01", "source": {"document": "test", "confidence": "L"}}],
    "office_hours": [{"key": "h", "sessions": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "17:00"}],
      "effective_from": "2020-01-01", "source": {"document": "test", "confidence": "L"}}]})");
  BOOST_TEST_REQUIRE(rules.ok(), (rules.ok() ? "" : rules.error().en));
  const auto& cal = shippedRules().holidays;
  const ProcedureDeadline& rule = *rules->procedure("quick", day("2026-03-02"));
  auto at = [&](const char* received, std::vector<Pause> pauses = {}) {
    return due(computeDeadline(cal, *rules, rule, when(received), std::move(pauses)));
  };
  BOOST_TEST(at("2026-03-02 10:00") == "2026-03-02 15:30");
  BOOST_TEST(at("2026-03-02 16:00") == "2026-03-03 10:30");
  BOOST_TEST(at("2026-03-02 06:00") == "2026-03-02 11:30");
  BOOST_TEST(at("2026-03-06 16:00") == "2026-03-09 10:30");  // Friday → Monday
  BOOST_TEST(at("2026-03-02 10:00", {{when("2026-03-02 13:00"), when("2026-03-02 14:00"), ""}}) == "2026-03-02 16:30");
  BOOST_TEST(at("2026-03-02 10:00", {{when("2026-03-02 13:00"), std::nullopt, ""}}) == "stopped");
}

BOOST_AUTO_TEST_SUITE_END()
