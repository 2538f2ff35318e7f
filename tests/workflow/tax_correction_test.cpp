// Corrections of the tax steps keep tax_notice in line (an undone notice step removes its notice, an undone payment
// clears it), and the office's remote-area setting picks the longer registration limit from deadlines.json.
#include <boost/test/unit_test.hpp>

#include "workflow/handoff.h"
#include "workflow/stage_clock.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using S = model::CaseStatus;

namespace {

workflow::Correction undoLast(const char* reason) {
  workflow::Correction c;
  c.undo = true;
  c.reason = reason;
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tax_corrections)

BOOST_AUTO_TEST_CASE(undoing_the_notice_step_removes_its_notice) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  f.drive(id, {S::Authenticated, S::Filed, S::TaxNoticeReceived}, "2026-03-02 09:00");
  BOOST_REQUIRE(workflow::taxNotices(*f.db, id)->size() == 1u);
  BOOST_TEST(workflow::taxNotices(*f.db, id)->front().amount == 1'000'000);

  BOOST_REQUIRE(workflow::correct(*f.db, shippedRules(), id, undoLast("Nhập nhầm hồ sơ"), "huong").ok());
  BOOST_TEST((f.state(id).status == S::Filed));
  BOOST_TEST(workflow::taxNotices(*f.db, id)->empty());
}

BOOST_AUTO_TEST_CASE(restating_the_notice_amount_replaces_the_notice) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  f.drive(id, {S::Authenticated, S::Filed, S::TaxNoticeReceived}, "2026-03-02 09:00");
  workflow::Correction c;
  c.reason = "Số tiền đúng là 2.500.000";
  c.details.amount = 2'500'000;
  BOOST_REQUIRE(workflow::correct(*f.db, shippedRules(), id, c, "huong").ok());
  auto notices = workflow::taxNotices(*f.db, id);
  BOOST_REQUIRE(notices->size() == 1u);
  BOOST_TEST(notices->front().amount == 2'500'000);
  BOOST_TEST((notices->front().receivedAt == at("2026-03-02 11:00")));
}

BOOST_AUTO_TEST_CASE(undoing_the_payment_step_clears_the_payment) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  f.drive(id, {S::Authenticated, S::Filed, S::TaxNoticeReceived, S::TaxPaid}, "2026-03-02 09:00");
  BOOST_REQUIRE(workflow::taxNotices(*f.db, id)->front().paidAt.has_value());
  BOOST_REQUIRE(workflow::correct(*f.db, shippedRules(), id, undoLast("Chưa nộp, nhầm biên lai"), "huong").ok());
  auto notices = workflow::taxNotices(*f.db, id);
  BOOST_REQUIRE(notices->size() == 1u);
  BOOST_TEST(!notices->front().paidAt.has_value());
  BOOST_TEST(notices->front().paymentRef.empty());
  BOOST_TEST((f.state(id).status == S::TaxNoticeReceived));
}

BOOST_AUTO_TEST_CASE(remote_area_setting_selects_the_longer_registration_limit) {
  auto filedDue = [](bool remote) {
    WorkflowFixture f;
    if (remote) BOOST_REQUIRE(f.db->settings().set("deadlines.remote_area", "yes", "admin").ok());
    const int64_t id = f.addCase("2026-03-02 08:00");
    workflow::TransitionDetails d;
    d.at = at("2026-03-02 09:00");
    d.registerEntryId = 1;
    d.registerNumber = "Số chứng thực: 01, quyển số 01/2026-SCT/HĐ,GD";
    BOOST_REQUIRE(workflow::advance(*f.db, id, S::Authenticated, d, "huong").ok());
    workflow::TransitionDetails filed;
    filed.at = at("2026-03-03 09:00");
    BOOST_REQUIRE(workflow::advance(*f.db, id, S::Filed, filed, "huong").ok());
    return f.state(id);
  };
  auto ordinary = filedDue(false), remote = filedDue(true);
  BOOST_TEST(ordinary.stageProcedure == "change_registration");
  BOOST_TEST(remote.stageProcedure == "change_registration_remote");
  // 8 working days from Tuesday 3 March: Friday 13 March; 18 working days: Friday 27 March.
  BOOST_TEST((ordinary.stageDueAt == at("2026-03-13 17:00")));
  BOOST_TEST((remote.stageDueAt == at("2026-03-27 17:00")));
}

BOOST_AUTO_TEST_SUITE_END()
