// The dashboard against a hand-built desk: each case lands in the section its stage says, closed cases nowhere.
#include <boost/test/unit_test.hpp>

#include <set>

#include "workflow/dashboard.h"
#include "workflow/handoff.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using S = model::CaseStatus;

namespace {

std::set<std::string> codes(const workflow::DashboardSection& s) {
  std::set<std::string> out;
  for (const auto& c : s.cases) out.insert(c.code);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dashboard)

BOOST_AUTO_TEST_CASE(sections_of_a_hand_built_desk) {
  WorkflowFixture f;
  const auto now = at("2026-03-04 10:00");  // Wednesday
  auto drafted = [&](const char* received) {
    const int64_t id = f.addCase(received);
    BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-04 08:00").ok());
    return id;
  };
  const int64_t dueToday = drafted("2026-03-02 09:00");      // due Wed 4th 17:00: due soon
  const int64_t dueTomorrow = drafted("2026-03-03 09:00");   // due Thu 5th: one working day left, due soon
  const int64_t later = drafted("2026-03-04 07:30");         // due Fri 6th: on time
  const int64_t late = drafted("2026-02-26 09:00");          // due Mon 2nd: overdue
  const int64_t waiting = f.addCase("2026-03-02 09:00");
  BOOST_REQUIRE(f.step(waiting, S::WaitingForPapers, "2026-03-03 09:00", "Thiếu CCCD bên mua").ok());
  const int64_t tax = f.addCase("2026-02-20 09:00");
  f.drive(tax, {S::Authenticated, S::Filed}, "2026-02-23 09:00");
  workflow::TransitionDetails notice;
  notice.at = at("2026-03-02 09:00");
  notice.amount = 2'000'000;
  notice.dueAt = at("2026-04-01 00:00");
  BOOST_REQUIRE(workflow::advance(*f.db, shippedRules(), tax, S::TaxNoticeReceived, notice, "luc").ok());
  const int64_t atOffice = f.addCase("2026-02-20 09:00");
  f.drive(atOffice, {S::Authenticated, S::Filed}, "2026-03-02 09:00");
  const int64_t closed = f.addCase("2026-02-02 09:00");
  f.drive(closed, {S::Authenticated, S::Filed, S::ResultReceived, S::Collected}, "2026-02-03 09:00");
  workflow::VisitBooking b;
  b.number = 1;
  b.at = at("2026-03-04 14:00");
  BOOST_REQUIRE(workflow::bookVisit(*f.db, shippedRules(), **workflow::defaultVisitPapers(), later, b, "huong",
                                    at("2026-03-04 08:30")).ok());

  auto d = workflow::dashboard(*f.db, shippedRules(), now, 50);
  BOOST_REQUIRE_MESSAGE(d.ok(), (d.ok() ? std::string() : d.error().en));
  auto code = [&](int64_t id) { return f.state(id).code; };
  BOOST_TEST((codes(d->dueSoon) == std::set<std::string>{code(dueToday), code(dueTomorrow)}));
  BOOST_TEST(d->dueSoon.total == 2);
  BOOST_TEST((codes(d->overdue) == std::set<std::string>{code(late)}));
  BOOST_TEST(d->overdue.cases.front().remaining == -2);  // Tue 3rd and Wed 4th late
  BOOST_TEST((d->overdue.cases.front().flag == rules::DeadlineFlag::Overdue));
  BOOST_TEST((codes(d->waitingTax) == std::set<std::string>{code(tax)}));
  BOOST_TEST((codes(d->waitingResult) == std::set<std::string>{code(atOffice)}));
  BOOST_TEST((codes(d->waitingPapers) == std::set<std::string>{code(waiting)}));
  BOOST_TEST((d->waitingPapers.cases.front().flag == rules::DeadlineFlag::Stopped));
  BOOST_REQUIRE(d->visitsToday.size() == 1u);
  BOOST_TEST(d->visitsToday.front().caseCode == code(later));
  BOOST_TEST(d->dueSoon.cases.front().code == code(dueToday));  // soonest first
  // The limit caps the rows but not the totals.
  auto capped = workflow::dashboard(*f.db, shippedRules(), now, 1);
  BOOST_TEST(capped->dueSoon.cases.size() == 1u);
  BOOST_TEST(capped->dueSoon.total == 2);
}

BOOST_AUTO_TEST_CASE(cases_stored_without_history_still_show) {
  WorkflowFixture f;
  // Intake stores a case with its due time; the insert trigger gives it the authentication stage.
  const int64_t id = f.addCase("2026-03-02 09:00");  // fixture due = received + 2 days = 2026-03-04 09:00
  auto s = f.state(id);
  BOOST_TEST(s.stageProcedure == "authentication_transaction");
  BOOST_TEST((s.stageDueAt == at("2026-03-04 09:00")));
  auto d = workflow::dashboard(*f.db, shippedRules(), at("2026-03-04 08:00"), 50);
  BOOST_TEST(d->dueSoon.total == 1);
}

BOOST_AUTO_TEST_SUITE_END()
