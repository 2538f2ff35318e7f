// Stage deadlines through the workflow: the 15:00 rule, lunar New Year and other holidays (table-driven), pauses
// while waiting for papers and for tax, the registration and tax clocks, and the due-soon / overdue flags.
#include <boost/test/unit_test.hpp>

#include "workflow/stage_clock.h"
#include "workflow/stage_deadline.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using S = model::CaseStatus;

BOOST_AUTO_TEST_SUITE(stage_deadlines)

BOOST_AUTO_TEST_CASE(authentication_two_working_days_with_the_1500_rule) {
  struct Row {
    const char* received;
    const char* due;
  } rows[] = {
      {"2026-03-02 14:59", "2026-03-04 17:00"},  // Monday before 15:00: Tue, Wed
      {"2026-03-02 15:00", "2026-03-05 17:00"},  // at 15:00 it counts from Tuesday: Wed, Thu
      {"2026-03-06 16:30", "2026-03-11 17:00"},  // Friday after 15:00: anchored Monday, then Tue, Wed
      {"2026-03-07 09:00", "2026-03-11 17:00"},  // received on a Saturday: anchored Monday
  };
  for (const auto& r : rows) {
    BOOST_TEST_CONTEXT(r.received) {
      WorkflowFixture f;
      const int64_t id = f.addCase(r.received);
      BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-09 08:00").ok());
      auto s = f.state(id);
      BOOST_TEST(s.stageProcedure == "authentication_transaction");
      BOOST_TEST((s.stageDueAt == at(r.due)));
      BOOST_TEST((s.authenticationDue == at(r.due)));
    }
  }
}

// Lunar New Year and the days around it, from the dated holiday table (holidays.json). Years still ahead of the
// desk's clock cannot be stepped through advance() (a step may not be in the future), so the same stage replay that
// advance() runs is called directly; 2026 also goes through the database.
BOOST_AUTO_TEST_CASE(holidays_lunar_new_year_table) {
  struct Row {
    const char* received;
    const char* due;
  } rows[] = {
      {"2026-02-13 10:00", "2026-02-24 17:00"},  // Tết Bính Ngọ: 16–20 Feb off
      {"2027-02-04 10:00", "2027-02-15 17:00"},  // Tết Đinh Mùi + compensatory 10–11 Feb
      {"2028-01-24 10:00", "2028-02-02 17:00"},  // Tết Mậu Thân: 25–29 Jan + compensatory Monday 31st
      {"2030-01-31 10:00", "2030-02-11 17:00"},  // Tết Canh Tuất + compensatory 6–7 Feb
      {"2026-04-24 10:00", "2026-04-29 17:00"},  // Hùng Kings' day Sunday 26th, Monday off
      {"2026-04-29 10:00", "2026-05-05 17:00"},  // 30/4 and 1/5, then the weekend
  };
  for (const auto& r : rows) {
    BOOST_TEST_CONTEXT(r.received) {
      workflow::ReplayBase base;
      base.receivedAt = at(r.received);
      base.at = base.receivedAt;
      workflow::Step drafting{1, S::Received, S::Drafting, base.receivedAt + std::chrono::hours(1), {}};
      auto stage = workflow::replay(shippedRules(), base, {drafting}, true);
      BOOST_REQUIRE(stage.ok());
      BOOST_TEST((stage->dueAt == at(r.due)));
      BOOST_TEST(stage->procedure == "authentication_transaction");
    }
  }
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-02-13 10:00");
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-02-13 11:00").ok());
  BOOST_TEST((f.state(id).stageDueAt == at("2026-02-24 17:00")));
}

BOOST_AUTO_TEST_CASE(waiting_for_papers_stops_the_clock_and_extends_the_deadline) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 09:00");  // due Wed 2026-03-04 17:00 without a pause
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-02 10:00").ok());
  BOOST_TEST((f.state(id).stageDueAt == at("2026-03-04 17:00")));
  BOOST_REQUIRE(f.step(id, S::WaitingForPapers, "2026-03-03 10:00", "Giấy chứng tử của ông Nguyễn Văn B").ok());
  auto waiting = f.state(id);
  BOOST_TEST(!waiting.stageDueAt.has_value());  // the clock is stopped
  BOOST_TEST((waiting.pausedSince == at("2026-03-03 10:00")));
  BOOST_TEST((waiting.resumeTo == S::Drafting));
  BOOST_TEST((waiting.authenticationDue == at("2026-03-04 17:00")));
  // Only back to where it came from.
  BOOST_TEST(f.step(id, S::DraftSent, "2026-03-09 09:00").error().code == "workflow.not_allowed");
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-09 09:00").ok());
  auto resumed = f.state(id);
  // Monday counted, Tuesday (the stop day) counted, resumption Monday 9th acts as a new receipt: Tuesday 10th.
  BOOST_TEST((resumed.stageDueAt == at("2026-03-10 17:00")));
  BOOST_TEST((resumed.authenticationDue == at("2026-03-10 17:00")));
  BOOST_TEST(!resumed.pausedSince.has_value());
  auto d = workflow::stageDeadline(*f.db, shippedRules(), id, at("2026-03-09 09:30"));
  BOOST_REQUIRE(d.ok());
  BOOST_REQUIRE(d->pauses.size() == 1u);
  BOOST_TEST(d->deadline->pausedUnits == 4);  // Thu 5 … Tue 10 replaced Wed 4: four working days later
  BOOST_TEST((d->status->flag == rules::DeadlineFlag::DueSoon));  // one working day left on Monday 9th
}

BOOST_AUTO_TEST_CASE(registration_clock_excludes_tax_time_and_tax_has_its_own) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 09:00");
  BOOST_REQUIRE(f.step(id, S::Authenticated, "2026-03-03 10:00").ok());
  auto authenticated = f.state(id);
  BOOST_TEST(authenticated.stageProcedure == "register_after_authentication");
  BOOST_TEST((authenticated.stageDueAt == at("2026-04-02 17:00")));  // 30 calendar days (Land Law art. 133.3)
  BOOST_TEST((authenticated.authenticatedAt == at("2026-03-03 10:00")));
  BOOST_REQUIRE(f.step(id, S::Filed, "2026-03-05 09:00").ok());
  BOOST_TEST(f.state(id).stageProcedure == "change_registration");
  BOOST_TEST((f.state(id).stageDueAt == at("2026-03-17 17:00")));  // 8 working days
  workflow::TransitionDetails notice;
  notice.at = at("2026-03-09 10:00");
  notice.amount = 5'000'000;
  notice.dueAt = at("2026-04-08 00:00");
  BOOST_REQUIRE(workflow::advance(*f.db, shippedRules(), id, S::TaxNoticeReceived, notice, "huong").ok());
  auto tax = f.state(id);
  BOOST_TEST(tax.stageProcedure == "tax_payment");
  BOOST_TEST((tax.stageDueAt == at("2026-04-08 17:00")));  // the notice's own due day, to the end of office hours
  BOOST_TEST((tax.pausedSince == at("2026-03-09 10:00")));
  BOOST_REQUIRE(f.step(id, S::TaxPaid, "2026-03-13 14:00").ok());
  auto paid = f.state(id);
  BOOST_TEST(paid.stageProcedure == "change_registration");
  BOOST_TEST((paid.stageDueAt == at("2026-03-23 17:00")));  // four working days of tax time added
  BOOST_TEST(!paid.pausedSince.has_value());
}

BOOST_AUTO_TEST_CASE(tax_due_defaults_to_thirty_days_and_split_uses_its_own_limit) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 09:00", model::CaseKind::TransferPart);
  f.drive(id, {S::Authenticated, S::Filed}, "2026-03-03 09:00");
  BOOST_TEST(f.state(id).stageProcedure == "parcel_split");
  BOOST_TEST((f.state(id).stageDueAt == at("2026-03-19 17:00")));  // 12 working days from Tue 3rd
  BOOST_REQUIRE(f.step(id, S::TaxNoticeReceived, "2026-03-04 09:00").ok());
  BOOST_TEST((f.state(id).stageDueAt == at("2026-04-03 17:00")));  // 30 calendar days from the notice
}

BOOST_AUTO_TEST_CASE(closing_steps_fill_the_report_columns) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 09:00");
  f.drive(id, {S::Authenticated, S::Filed, S::ResultReceived, S::Collected}, "2026-03-02 10:00");
  auto s = f.state(id);
  BOOST_TEST((s.closedAt == at("2026-03-02 13:00")));
  BOOST_TEST((s.closedStatus == S::Collected));
  BOOST_TEST(s.stageProcedure.empty());
  BOOST_TEST(!s.stageDueAt.has_value());
  const int64_t refused = f.addCase("2026-03-02 09:00");
  BOOST_REQUIRE(f.step(refused, S::Refused, "2026-03-02 11:00", "Không đủ điều kiện").ok());
  BOOST_TEST((f.state(refused).closedStatus == S::Refused));
  BOOST_TEST(!f.state(refused).authenticatedAt.has_value());
}

BOOST_AUTO_TEST_CASE(flags_due_soon_and_overdue) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 09:00");  // due Wed 4th 17:00, due_soon = 1 working day
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-02 10:00").ok());
  auto flagAt = [&](const char* now) {
    auto d = workflow::stageDeadline(*f.db, shippedRules(), id, at(now));
    BOOST_REQUIRE(d.ok());
    return d->status->flag;
  };
  BOOST_TEST((flagAt("2026-03-02 11:00") == rules::DeadlineFlag::OnTime));
  BOOST_TEST((flagAt("2026-03-03 08:00") == rules::DeadlineFlag::DueSoon));
  BOOST_TEST((flagAt("2026-03-04 16:59") == rules::DeadlineFlag::DueSoon));
  BOOST_TEST((flagAt("2026-03-04 17:01") == rules::DeadlineFlag::Overdue));
}

BOOST_AUTO_TEST_SUITE_END()
