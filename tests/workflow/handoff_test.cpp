// Transmittal batches: every dossier filed in one transaction, the other side's receipt numbers and due dates, tax
// notices and payment; a batch refused in the middle leaves nothing behind.
#include <boost/test/unit_test.hpp>

#include "workflow/handoff.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using S = model::CaseStatus;
using workflow::AgencyKind;

BOOST_AUTO_TEST_SUITE(handoff)

BOOST_AUTO_TEST_CASE(batch_files_every_dossier_and_records_receipts) {
  WorkflowFixture f;
  std::vector<int64_t> ids;
  for (int i = 0; i < 3; ++i) {
    ids.push_back(f.addCase("2026-03-02 08:00"));
    f.drive(ids.back(), {S::Authenticated}, "2026-03-02 09:00");
  }
  f.drive(ids[1], {S::HandedToCadastral}, "2026-03-02 10:00");
  workflow::NewBatch nb;
  nb.agencyKind = AgencyKind::LandRegistrationBranch;
  nb.at = at("2026-03-03 08:30");
  nb.officer = "Lê Văn Lực";
  nb.caseIds = ids;
  auto b = workflow::createBatch(*f.db, shippedRules(), nb, "luc", at("2026-03-03 09:00"));
  BOOST_REQUIRE_MESSAGE(b.ok(), (b.ok() ? std::string() : b.error().en));
  BOOST_TEST(b->agency == "Chi nhánh Văn phòng đăng ký đất đai");
  BOOST_TEST(b->officer == "Lê Văn Lực");
  BOOST_REQUIRE(b->items.size() == 3u);
  for (int64_t id : ids) {
    BOOST_TEST((f.state(id).status == S::Filed));
    BOOST_TEST(f.state(id).stageProcedure == "change_registration");
  }
  BOOST_TEST(workflow::history(*f.db, ids[0])->back().details.agency.find("land_registration_branch") == 0u);
  BOOST_REQUIRE(workflow::recordReceipt(*f.db, b->id, ids[2], "BN-2026-0412", at("2026-03-13 00:00"), "luc",
                                        at("2026-03-03 10:00")).ok());
  auto again = workflow::batch(*f.db, b->id);
  BOOST_TEST(again->receipted == 1);
  BOOST_TEST(again->items[2].receiptNumber == "BN-2026-0412");
  BOOST_TEST((again->items[2].dueAt == at("2026-03-13 00:00")));
  BOOST_TEST(f.db->cases().events(ids[2])->back().action == "handoff_receipt");
  // Refusals: no number, a case not in the batch, a due date before the hand-over, an unknown batch.
  BOOST_TEST(workflow::recordReceipt(*f.db, b->id, ids[0], "", std::nullopt, "luc").error().code ==
             "workflow.missing_detail");
  const int64_t other = f.addCase("2026-03-02 08:00");
  BOOST_TEST(workflow::recordReceipt(*f.db, b->id, other, "X", std::nullopt, "luc").error().code == "handoff.not_in_batch");
  BOOST_TEST(workflow::recordReceipt(*f.db, b->id, ids[0], "X", at("2026-03-01 00:00"), "luc").error().code ==
             "workflow.out_of_order");
  BOOST_TEST(workflow::recordReceipt(*f.db, 9999, ids[0], "X", std::nullopt, "luc").error().code == "handoff.not_found");
  BOOST_TEST(workflow::listBatches(*f.db)->size() == 1u);
  BOOST_TEST(workflow::batchesOfCase(*f.db, ids[1])->size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_batch_refused_in_the_middle_writes_nothing) {
  WorkflowFixture f;
  const int64_t a = f.addCase("2026-03-02 08:00"), b = f.addCase("2026-03-02 08:00"), c = f.addCase("2026-03-02 08:00");
  f.drive(a, {S::Authenticated}, "2026-03-02 09:00");
  f.drive(b, {S::Drafting}, "2026-03-02 09:00");  // not authenticated yet
  f.drive(c, {S::Authenticated}, "2026-03-02 09:00");
  const size_t eventsA = f.eventCount(a);
  workflow::NewBatch nb;
  nb.caseIds = {a, b, c};
  nb.at = at("2026-03-03 08:30");
  auto refused = workflow::createBatch(*f.db, shippedRules(), nb, "luc", at("2026-03-03 09:00"));
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "workflow.not_allowed");
  BOOST_TEST(refused.error().vi.find(f.state(b).code) != std::string::npos);  // names the case that cannot go
  BOOST_TEST((f.state(a).status == S::Authenticated));                        // the first one was rolled back
  BOOST_TEST(f.eventCount(a) == eventsA);
  BOOST_TEST(workflow::listBatches(*f.db)->empty());
  BOOST_TEST(workflow::batchesOfCase(*f.db, a)->empty());
  nb.caseIds = {a, a};
  BOOST_TEST(workflow::createBatch(*f.db, shippedRules(), nb, "luc").error().code == "handoff.duplicate");
  nb.caseIds = {};
  BOOST_TEST(workflow::createBatch(*f.db, shippedRules(), nb, "luc").error().code == "handoff.empty");
}

BOOST_AUTO_TEST_CASE(tax_office_batch_needs_filed_cases_and_changes_no_state) {
  WorkflowFixture f;
  BOOST_REQUIRE(f.db->settings().set("handoff.agency.tax_office", "Thuế cơ sở 3 tỉnh Quảng Trị", "t").ok());
  const int64_t filed = f.addCase("2026-03-02 08:00"), early = f.addCase("2026-03-02 08:00");
  f.drive(filed, {S::Authenticated, S::Filed}, "2026-03-02 09:00");
  workflow::NewBatch nb;
  nb.agencyKind = AgencyKind::TaxOffice;
  nb.caseIds = {filed, early};
  BOOST_TEST(workflow::createBatch(*f.db, shippedRules(), nb, "luc").error().code == "handoff.not_at_registration");
  nb.caseIds = {filed};
  auto b = workflow::createBatch(*f.db, shippedRules(), nb, "luc");
  BOOST_REQUIRE(b.ok());
  BOOST_TEST(b->agency == "Thuế cơ sở 3 tỉnh Quảng Trị");
  BOOST_TEST((f.state(filed).status == S::Filed));
  BOOST_TEST(f.db->cases().events(filed)->back().action == "handoff");
}

BOOST_AUTO_TEST_CASE(tax_notices_and_payment) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  f.drive(id, {S::Authenticated, S::Filed}, "2026-03-02 09:00");
  workflow::NewTaxNotice pit{4'000'000, at("2026-04-01 00:00"), "TB-TNCN-17", at("2026-03-04 09:00")};
  auto first = workflow::recordTaxNotice(*f.db, shippedRules(), id, pit, "luc", at("2026-03-04 10:00"));
  BOOST_REQUIRE(first.ok());
  BOOST_TEST((f.state(id).status == S::TaxNoticeReceived));
  BOOST_TEST((first->dueAt == at("2026-04-01 17:00")));
  workflow::NewTaxNotice lptb{1'500'000, std::nullopt, "TB-LPTB-9", at("2026-03-04 11:00")};
  auto second = workflow::recordTaxNotice(*f.db, shippedRules(), id, lptb, "luc", at("2026-03-04 12:00"));
  BOOST_REQUIRE(second.ok());
  BOOST_TEST(workflow::history(*f.db, id)->size() == 3u);  // no second transition
  BOOST_TEST(workflow::taxNotices(*f.db, id)->size() == 2u);
  BOOST_TEST(workflow::recordTaxPaid(*f.db, shippedRules(), id, at("2026-03-03 09:00"), std::nullopt, "", "luc")
                 .error().code == "workflow.out_of_order");
  BOOST_REQUIRE(workflow::recordTaxPaid(*f.db, shippedRules(), id, at("2026-03-06 09:00"), 5'500'000, "CT-889", "luc").ok());
  BOOST_TEST((f.state(id).status == S::TaxPaid));
  auto notices = workflow::taxNotices(*f.db, id);
  BOOST_REQUIRE(notices.ok());
  for (const auto& n : *notices) {
    BOOST_TEST((n.paidAt == at("2026-03-06 09:00")));
    BOOST_TEST(n.paymentRef == "CT-889");
  }
  // A notice before the case is filed is refused the way every step is.
  const int64_t draft = f.addCase("2026-03-02 08:00");
  BOOST_TEST(workflow::recordTaxNotice(*f.db, shippedRules(), draft, pit, "luc").error().code == "workflow.not_allowed");
}

BOOST_AUTO_TEST_SUITE_END()
