// A mistaken step is corrected by a correcting event (never a silent edit): restated, retimed or voided, the whole
// history replayed and checked, the stage recomputed; a correction that would break the history writes nothing.
#include <boost/test/unit_test.hpp>

#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using S = model::CaseStatus;

namespace {

workflow::Correction because(const char* reason) {
  workflow::Correction c;
  c.reason = reason;
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(corrections)

BOOST_AUTO_TEST_CASE(wrong_target_state_is_restated_by_a_correction_event) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  f.drive(id, {S::Drafting, S::DraftSent}, "2026-03-02 09:00");
  auto c = because("Bấm nhầm: đã hẹn ký chứ chưa gửi dự thảo");
  c.to = S::Visit1Booked;
  BOOST_REQUIRE(workflow::correct(*f.db, shippedRules(), id, c, "lan").ok());
  BOOST_TEST((f.state(id).status == S::Visit1Booked));
  auto h = workflow::history(*f.db, id);
  BOOST_REQUIRE(h.ok());
  BOOST_REQUIRE(h->size() == 3u);
  const auto& wrong = (*h)[1];
  const auto& fix = (*h)[2];
  BOOST_TEST((wrong.to == S::DraftSent));  // the mistaken step is kept …
  BOOST_TEST(wrong.supersededBy == fix.eventId);  // … and marked as corrected
  BOOST_TEST(fix.corrects == wrong.eventId);
  BOOST_TEST((fix.from == S::Drafting));
  BOOST_TEST((fix.to == S::Visit1Booked));
  BOOST_TEST(fix.actor == "lan");
  BOOST_TEST(fix.reason == c.reason);
  BOOST_TEST((fix.at == wrong.at));
  auto events = f.db->cases().events(id);
  BOOST_REQUIRE(events.ok());
  BOOST_TEST(events->back().action == "correction");
  BOOST_TEST(events->back().field == "transition#" + std::to_string(wrong.eventId));
  BOOST_TEST(events->back().newValue.find("visit1_booked") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(undo_voids_the_latest_step) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  f.drive(id, {S::Drafting, S::DraftSent}, "2026-03-02 09:00");
  auto c = because("Chưa gửi");
  c.undo = true;
  BOOST_REQUIRE(workflow::correct(*f.db, shippedRules(), id, c, "lan").ok());
  BOOST_TEST((f.state(id).status == S::Drafting));
  BOOST_TEST((f.state(id).stageStartedAt == at("2026-03-02 09:00")));
  auto h = workflow::history(*f.db, id);
  BOOST_TEST(h->back().voids);
  BOOST_TEST(!(*h)[1].active());
  // The voided step no longer bars an earlier time for the next one.
  BOOST_TEST(f.step(id, S::DraftSent, "2026-03-02 09:30").ok());
}

BOOST_AUTO_TEST_CASE(retiming_a_pause_recomputes_the_deadline) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 09:00");
  f.drive(id, {S::Drafting}, "2026-03-02 10:00");
  BOOST_REQUIRE(f.step(id, S::WaitingForPapers, "2026-03-03 10:00", "Thiếu giấy chứng tử").ok());
  BOOST_REQUIRE(f.step(id, S::Drafting, "2026-03-09 09:00").ok());
  BOOST_TEST((f.state(id).stageDueAt == at("2026-03-10 17:00")));
  // The papers really came on Thursday 5th: the resumption is retimed.
  auto c = because("Giấy tờ nhận ngày 05/3, ghi nhầm ngày");
  c.details.at = at("2026-03-05 09:00");
  BOOST_REQUIRE(workflow::correct(*f.db, shippedRules(), id, c, "lan").ok());
  BOOST_TEST((f.state(id).stageDueAt == at("2026-03-06 17:00")));
  BOOST_TEST((f.state(id).authenticationDue == at("2026-03-06 17:00")));
}

BOOST_AUTO_TEST_CASE(a_correction_that_breaks_the_history_writes_nothing) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  f.drive(id, {S::Drafting, S::DraftSent}, "2026-03-02 09:00");
  auto h = workflow::history(*f.db, id);
  const size_t events = f.eventCount(id);
  auto c = because("Thử sửa bước đầu");
  c.eventId = h->front().eventId;
  c.to = S::Visit1Booked;  // then "drafting → draft_sent" no longer follows
  auto refused = workflow::correct(*f.db, shippedRules(), id, c, "lan");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "workflow.history_broken");
  BOOST_TEST(f.eventCount(id) == events);
  BOOST_TEST(workflow::history(*f.db, id)->size() == 2u);
  BOOST_TEST((f.state(id).status == S::DraftSent));
  // Moving the first step after the second breaks the order as well.
  auto late = because("Giờ sai");
  late.eventId = h->front().eventId;
  late.details.at = at("2026-03-02 11:00");
  BOOST_TEST(workflow::correct(*f.db, shippedRules(), id, late, "lan").error().code == "workflow.history_broken");
}

BOOST_AUTO_TEST_CASE(refusals_reason_nothing_to_correct_register_owned_unknown_step) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  workflow::Correction none;
  none.undo = true;
  BOOST_TEST(workflow::correct(*f.db, shippedRules(), id, none, "lan").error().code == "workflow.missing_detail");
  BOOST_TEST(workflow::correct(*f.db, shippedRules(), id, because("x"), "lan").error().code ==
             "workflow.nothing_to_correct");
  auto undo = because("x");
  undo.undo = true;
  BOOST_TEST(workflow::correct(*f.db, shippedRules(), id, undo, "lan").error().code == "workflow.no_such_step");
  f.drive(id, {S::Authenticated}, "2026-03-02 09:00");
  BOOST_TEST(workflow::correct(*f.db, shippedRules(), id, undo, "lan").error().code == "workflow.register_owned");
  undo.eventId = 999999;
  BOOST_TEST(workflow::correct(*f.db, shippedRules(), id, undo, "lan").error().code == "workflow.no_such_step");
}

BOOST_AUTO_TEST_SUITE_END()
