// Posting (niêm yết) of an inheritance document: an optional pause before authentication with its own 15-day clock
// from deadlines.json (inheritance_posting), the authentication clock stopped meanwhile, and back to the main line.
#include <boost/test/unit_test.hpp>

#include <set>

#include "rules/working_clock.h"
#include "workflow/stage_clock.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using model::CaseKind;
using S = model::CaseStatus;

BOOST_AUTO_TEST_SUITE(posting)

BOOST_AUTO_TEST_CASE(only_inheritance_division_and_declaration_may_be_posted) {
  for (CaseKind k : {CaseKind::InheritanceDivision, CaseKind::InheritanceDeclaration}) {
    auto next = workflow::allowedNext(S::Drafting, k);
    BOOST_TEST((std::count(next.begin(), next.end(), S::Posting) == 1));
  }
  for (CaseKind k : {CaseKind::TransferWhole, CaseKind::Gift, CaseKind::InheritanceRefusal}) {
    auto next = workflow::allowedNext(S::Drafting, k);
    BOOST_TEST((std::count(next.begin(), next.end(), S::Posting) == 0));
  }
  auto afterAuth = workflow::allowedNext(S::Authenticated, CaseKind::InheritanceDivision);
  BOOST_TEST((std::count(afterAuth.begin(), afterAuth.end(), S::Posting) == 0));
  auto fromPosting = workflow::allowedNext(S::Posting, CaseKind::InheritanceDivision, S::Drafting);
  BOOST_TEST((std::set<S>(fromPosting.begin(), fromPosting.end()) ==
              std::set<S>{S::Drafting, S::Visit1Booked, S::Authenticated, S::Refused, S::Withdrawn}));

  WorkflowFixture f;
  const int64_t transfer = f.addCase("2026-03-02 09:00");
  auto refused = f.step(transfer, S::Posting, "2026-03-02 10:00");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "workflow.not_allowed");
}

BOOST_AUTO_TEST_CASE(posting_runs_fifteen_days_and_stops_the_authentication_clock) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 09:00", CaseKind::InheritanceDivision);
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-02 09:30").ok());
  BOOST_TEST((f.state(id).authenticationDue == at("2026-03-04 17:00")));

  BOOST_REQUIRE(f.step(id, S::Posting, "2026-03-02 10:00").ok());
  auto s = f.state(id);
  BOOST_TEST((s.status == S::Posting));
  BOOST_TEST(s.stageProcedure == "inheritance_posting");
  BOOST_TEST((s.pausedSince == at("2026-03-02 10:00")));
  BOOST_TEST((s.resumeTo == S::Drafting));
  // 15 calendar days from the dated row, the first day not counted: Tuesday 17 March.
  const rules::ProcedureDeadline* rule =
      shippedRules().deadlines.procedure("inheritance_posting", day("2026-03-02"));
  BOOST_REQUIRE(rule);
  BOOST_TEST(rule->amount == 15);
  BOOST_REQUIRE(s.stageDueAt.has_value());
  BOOST_TEST(rules::formatDate(rules::dayOf(workflow::toMinutes(*s.stageDueAt))) == "2026-03-17");

  // Back to drafting after the posting: the authentication deadline moves by the whole posting pause.
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-17 10:00").ok());
  s = f.state(id);
  BOOST_TEST(s.stageProcedure == "authentication_transaction");
  BOOST_TEST(!s.pausedSince.has_value());
  const rules::ProcedureDeadline* auth =
      shippedRules().deadlines.procedure("authentication_transaction", day("2026-03-02"));
  auto expected = rules::computeDeadline(shippedRules().holidays, shippedRules().deadlines, *auth, when("2026-03-02 09:00"),
                                         {{when("2026-03-02 10:00"), when("2026-03-17 10:00"), "posting"}});
  BOOST_REQUIRE(expected.ok());
  BOOST_REQUIRE(expected->due.has_value());
  BOOST_TEST((s.authenticationDue == workflow::fromMinutes(*expected->due)));
  BOOST_TEST((*s.authenticationDue > at("2026-03-17 10:00")));
  BOOST_TEST((s.stageDueAt == s.authenticationDue));
}

BOOST_AUTO_TEST_CASE(posting_can_be_undone_by_a_correction) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 09:00", CaseKind::InheritanceDeclaration);
  BOOST_REQUIRE(f.step(id, S::Posting, "2026-03-02 10:00").ok());
  workflow::Correction c;
  c.undo = true;
  c.reason = "Xã không niêm yết văn bản khai nhận";
  BOOST_REQUIRE(workflow::correct(*f.db, shippedRules(), id, c, "huong").ok());
  auto s = f.state(id);
  BOOST_TEST((s.status == S::Received));
  BOOST_TEST((s.stageDueAt == at("2026-03-04 17:00")));
}

BOOST_AUTO_TEST_SUITE_END()
