// Every (from, to) pair of states, tried on a stored case: allowed ones succeed (inside a transaction that is then
// rolled back, which also proves advance joins an outer transaction), refused ones name both states and the allowed
// next ones and write nothing.
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>

#include "storage/case_repository.h"
#include "workflow/transitions.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using model::CaseKind;
using S = model::CaseStatus;

namespace {

// The expected table, written out independently of the code (legal-facts §1.2, §5).
const std::map<S, std::set<S>>& expected() {
  static const std::map<S, std::set<S>> table = {
      {S::Received, {S::Drafting, S::DraftSent, S::Visit1Booked, S::Authenticated, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      {S::Drafting, {S::DraftSent, S::Visit1Booked, S::Authenticated, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      {S::DraftSent, {S::Drafting, S::Visit1Booked, S::Authenticated, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      {S::Visit1Booked, {S::Drafting, S::Authenticated, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      {S::Authenticated, {S::HandedToCadastral, S::Filed, S::Withdrawn}},
      {S::HandedToCadastral, {S::Filed, S::Withdrawn}},
      {S::Filed, {S::TaxNoticeReceived, S::ResultReceived, S::WaitingForPapers, S::Refused, S::Withdrawn}},
      {S::TaxNoticeReceived, {S::TaxPaid, S::Withdrawn}},
      {S::TaxPaid, {S::ResultReceived, S::TaxNoticeReceived, S::Withdrawn}},
      {S::ResultReceived, {S::CitizenNotified, S::Collected}},
      {S::CitizenNotified, {S::Collected}},
      {S::Collected, {}},
      // Waiting for papers returns to where it came from (received here).
      {S::WaitingForPapers, {S::Received, S::Refused, S::Withdrawn}},
      {S::Refused, {}},
      {S::Withdrawn, {}},
  };
  return table;
}

// A path from received to each state.
std::vector<S> pathTo(S s) {
  const std::vector<S> reg = {S::Authenticated, S::Filed};
  switch (s) {
    case S::Received: return {};
    case S::Drafting: return {S::Drafting};
    case S::DraftSent: return {S::Drafting, S::DraftSent};
    case S::Visit1Booked: return {S::Visit1Booked};
    case S::Authenticated: return {S::Authenticated};
    case S::HandedToCadastral: return {S::Authenticated, S::HandedToCadastral};
    case S::Filed: return reg;
    case S::TaxNoticeReceived: return {S::Authenticated, S::Filed, S::TaxNoticeReceived};
    case S::TaxPaid: return {S::Authenticated, S::Filed, S::TaxNoticeReceived, S::TaxPaid};
    case S::ResultReceived: return {S::Authenticated, S::Filed, S::ResultReceived};
    case S::CitizenNotified: return {S::Authenticated, S::Filed, S::ResultReceived, S::CitizenNotified};
    case S::Collected: return {S::Authenticated, S::Filed, S::ResultReceived, S::Collected};
    case S::WaitingForPapers: return {S::WaitingForPapers};
    case S::Refused: return {S::Refused};
    case S::Withdrawn: return {S::Withdrawn};
    case S::Posting: return {};  // inheritance only: posting_test.cpp
  }
  return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(transitions)

BOOST_AUTO_TEST_CASE(pure_table_matches_the_expected_one) {
  for (const auto& [from, to] : expected()) {
    auto next = workflow::allowedNext(from, CaseKind::TransferWhole, S::Received);
    BOOST_TEST_CONTEXT(model::codeOf(from)) { BOOST_TEST((std::set<S>(next.begin(), next.end()) == to)); }
  }
  // Waiting for papers goes back only to the state it came from.
  auto fromFiled = workflow::allowedNext(S::WaitingForPapers, CaseKind::Gift, S::Filed);
  BOOST_TEST((std::set<S>(fromFiled.begin(), fromFiled.end()) == std::set<S>{S::Filed, S::Refused, S::Withdrawn}));
  // Inheritance refusal has no registration leg.
  auto refusal = workflow::allowedNext(S::Authenticated, CaseKind::InheritanceRefusal);
  BOOST_TEST((std::set<S>(refusal.begin(), refusal.end()) == std::set<S>{S::Collected, S::Withdrawn}));
}

BOOST_AUTO_TEST_CASE(every_pair_on_a_stored_case) {
  WorkflowFixture f;
  for (const auto& [from, allowed] : expected()) {
    BOOST_TEST_CONTEXT("from " << model::codeOf(from)) {
      const int64_t id = f.addCase("2026-03-02 08:00");
      auto t = at("2026-03-02 09:00");
      for (S s : pathTo(from)) {
        BOOST_REQUIRE(f.step(id, s, rules::formatDateTime(std::chrono::floor<std::chrono::minutes>(t))).ok());
        t += std::chrono::hours(1);
      }
      BOOST_REQUIRE(f.state(id).status == from);
      const std::string when = rules::formatDateTime(std::chrono::floor<std::chrono::minutes>(t));
      for (const auto& term : model::terms<S>()) {
        const S to = term.value;
        BOOST_TEST_CONTEXT("to " << term.code) {
          const size_t events = f.eventCount(id);
          if (allowed.contains(to)) {
            Status st = f.db->transaction([&]() -> Status {
              auto done = f.step(id, to, when);
              BOOST_TEST(done.ok());
              if (done.ok()) BOOST_TEST((f.state(id).status == to));
              return makeError("test.rollback", "rollback", "rollback");
            });
            BOOST_TEST(st.error().code == "test.rollback");
          } else {
            auto refused = f.step(id, to, when);
            BOOST_REQUIRE(!refused.ok());
            BOOST_TEST(refused.error().code == "workflow.not_allowed");
            BOOST_TEST(refused.error().en.find(std::string(model::codeOf(from))) != std::string::npos);
            BOOST_TEST(refused.error().en.find(std::string(term.code)) != std::string::npos);
            BOOST_TEST(refused.error().vi.find("Không thể chuyển") != std::string::npos);
            for (S n : allowed) BOOST_TEST(refused.error().en.find(std::string(model::codeOf(n))) != std::string::npos);
          }
          BOOST_TEST(f.eventCount(id) == events);
          BOOST_TEST((f.state(id).status == from));
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(inheritance_refusal_is_collected_right_after_authentication) {
  WorkflowFixture f;
  const int64_t refusal = f.addCase("2026-03-02 08:00", CaseKind::InheritanceRefusal);
  f.drive(refusal, {S::Authenticated, S::Collected}, "2026-03-02 09:00");
  BOOST_TEST((f.state(refusal).closedStatus == S::Collected));
  const int64_t gift = f.addCase("2026-03-02 08:00", CaseKind::Gift);
  f.drive(gift, {S::Authenticated}, "2026-03-02 09:00");
  auto refused = f.step(gift, S::Collected, "2026-03-02 11:00");
  BOOST_TEST(refused.error().code == "workflow.not_allowed");
}

BOOST_AUTO_TEST_CASE(authenticated_only_with_a_register_entry) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  workflow::TransitionDetails d;
  d.at = at("2026-03-02 10:00");
  auto refused = workflow::advance(*f.db, shippedRules(), id, S::Authenticated, d, "huong");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "workflow.needs_register_entry");
  BOOST_TEST((f.state(id).status == S::Received));
  d.registerEntryId = 7;
  d.registerNumber = "Số chứng thực: 07, quyển số 01/2026-SCT/HĐ,GD";
  BOOST_REQUIRE(workflow::advance(*f.db, shippedRules(), id, S::Authenticated, d, "huong").ok());
  auto h = workflow::history(*f.db, id);
  BOOST_REQUIRE(h.ok());
  BOOST_TEST(h->back().details.registerEntryId == 7);
  BOOST_TEST(h->back().details.registerNumber == d.registerNumber);
  BOOST_TEST((f.state(id).authenticatedAt == at("2026-03-02 10:00")));
}

BOOST_AUTO_TEST_CASE(every_step_is_an_event_with_actor_and_time) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-02 09:15").ok());
  auto events = f.db->cases().events(id);
  BOOST_REQUIRE(events.ok());
  const auto& e = events->back();
  BOOST_TEST(e.action == "transition");
  BOOST_TEST(e.field == "status");
  BOOST_TEST(e.oldValue == "received");
  BOOST_TEST(e.newValue == "drafting");
  BOOST_TEST(e.actor == "huong");
  BOOST_TEST((e.at == at("2026-03-02 09:15")));
  // The stored case moved too, and its row version, so an edit form loaded before the step conflicts.
  auto c = f.db->cases().byId(id);
  BOOST_REQUIRE(c.ok());
  BOOST_TEST((c->status == S::Drafting));
  BOOST_TEST(c->rowVersion == 2);
}

BOOST_AUTO_TEST_CASE(dates_out_of_order_and_in_the_future_are_refused) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  auto early = f.step(id, S::Drafting, "2026-03-02 07:59");
  BOOST_TEST(early.error().code == "workflow.out_of_order");
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-02 10:00").ok());
  auto before = f.step(id, S::DraftSent, "2026-03-02 09:59");
  BOOST_TEST(before.error().code == "workflow.out_of_order");
  BOOST_TEST(before.error().vi.find("2026-03-02T10:00:00") != std::string::npos);
  auto future = f.step(id, S::DraftSent, "2099-01-01 09:00");
  BOOST_TEST(future.error().code == "workflow.future");
  BOOST_TEST((f.state(id).status == S::Drafting));
}

BOOST_AUTO_TEST_CASE(steps_that_need_details_refuse_without_them) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  workflow::TransitionDetails d;
  d.at = at("2026-03-02 09:00");
  auto noNote = workflow::advance(*f.db, shippedRules(), id, S::WaitingForPapers, d, "huong");
  BOOST_TEST(noNote.error().code == "workflow.missing_detail");
  auto noReason = workflow::advance(*f.db, shippedRules(), id, S::Refused, d, "huong");
  BOOST_TEST(noReason.error().code == "workflow.missing_detail");
  f.drive(id, {S::Authenticated, S::Filed}, "2026-03-02 09:00");
  d.at = at("2026-03-02 12:00");
  auto noAmount = workflow::advance(*f.db, shippedRules(), id, S::TaxNoticeReceived, d, "huong");
  BOOST_TEST(noAmount.error().code == "workflow.missing_detail");
  d.amount = -5;
  auto negative = workflow::advance(*f.db, shippedRules(), id, S::TaxNoticeReceived, d, "huong");
  BOOST_TEST(negative.error().code == "workflow.bad_amount");
}

BOOST_AUTO_TEST_CASE(unknown_case_is_refused) {
  WorkflowFixture f;
  auto r = f.step(424242, S::Drafting, "2026-03-02 09:00");
  BOOST_TEST(r.error().code == "case.not_found");
  BOOST_TEST(workflow::caseIdByCode(*f.db, "HS-2026-99999").error().code == "case.not_found");
}

BOOST_AUTO_TEST_SUITE_END()
