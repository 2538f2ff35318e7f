// Fees per case from the shipped schedule (TT 226/2016): every row, the per-page tiers and the cap, receipts.
#include <boost/test/unit_test.hpp>

#include "register/authentication_register.h"
#include "register/case_fees.h"
#include "register_fixture.h"

using namespace landdesk;
using namespace landdesk::registry;
using namespace landdesk::test;

namespace {

int64_t quoteOne(const RegisterFixture& f, const std::string& kind, int64_t pages = 1, int64_t copies = 1) {
  auto q = quoteFees(f.rules.fees, 1, {{kind, pages, copies}}, ymd(2026, 3, 2));
  BOOST_REQUIRE_MESSAGE(q.ok(), kind + ": " + (q.ok() ? "" : q.error().en));
  BOOST_REQUIRE_EQUAL(q->size(), 1u);
  BOOST_TEST(q->front().legalBasis.find("226/2016") != std::string::npos);
  return q->front().amount;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_fee_row_of_the_schedule) {
  RegisterFixture f;
  struct Row {
    std::string kind;
    int64_t pages, copies, amount;
  };
  const Row rows[] = {
      {contractFeeKind(model::CaseKind::TransferWhole), 1, 1, 50000},
      {contractFeeKind(model::CaseKind::TransferPart), 1, 1, 50000},
      {contractFeeKind(model::CaseKind::Gift), 1, 1, 50000},
      {contractFeeKind(model::CaseKind::InheritanceDivision), 1, 1, 50000},
      {contractFeeKind(model::CaseKind::InheritanceDeclaration), 1, 1, 50000},
      {contractFeeKind(model::CaseKind::InheritanceRefusal), 1, 1, 50000},
      {actFeeKind(EntryKind::Amendment), 1, 1, 30000},
      {actFeeKind(EntryKind::Cancellation), 1, 1, 30000},
      {actFeeKind(EntryKind::Correction), 1, 1, 25000},
      {"signature", 1, 1, 10000},
      {"copy", 1, 1, 2000},              // page 1
      {"copy", 2, 1, 4000},              // pages 1–2 at 2.000
      {"copy", 3, 1, 5000},              // from page 3 at 1.000
      {"copy", 10, 1, 12000},            // 2×2.000 + 8×1.000
      {"certified_copy", 10, 3, 36000},  // per copy, three copies
      {"copy", 197, 1, 199000},          // just under the cap
      {"copy", 198, 1, 200000},          // at the cap
      {"copy", 500, 1, 200000},          // capped at 200.000 đ per copy
      {"copy", 500, 2, 400000},          // the cap is per copy
  };
  for (const Row& r : rows) BOOST_TEST(quoteOne(f, r.kind, r.pages, r.copies) == r.amount, r.kind << " " << r.pages << "p×" << r.copies);
}

BOOST_AUTO_TEST_CASE(bad_fee_requests_are_refused) {
  RegisterFixture f;
  BOOST_TEST(quoteFees(f.rules.fees, 1, {{"lunch", 1, 1}}, ymd(2026, 3, 2)).error().code == "fees.unknown_kind");
  BOOST_TEST(quoteFees(f.rules.fees, 1, {{"copy", 0, 1}}, ymd(2026, 3, 2)).error().code == "fees.bad_pages");
  BOOST_TEST(quoteFees(f.rules.fees, 1, {{"copy", 1, 0}}, ymd(2026, 3, 2)).error().code == "fees.bad_copies");
  BOOST_TEST(quoteFees(f.rules.fees, 1, {}, ymd(2026, 3, 2)).error().code == "fees.no_items");
  // The schedule starts in 2017: nothing is in force before it.
  BOOST_TEST(quoteFees(f.rules.fees, 1, {{"transfer", 1, 1}}, ymd(2016, 6, 1)).error().code == "fees.no_row_on_date");
}

BOOST_AUTO_TEST_CASE(fees_are_recorded_with_the_receipt_and_a_receipt_belongs_to_one_case) {
  RegisterFixture f;
  auto a = cleanTransfer("BA 000001", "1", "1");
  auto b = cleanTransfer("BA 000002", "2", "1");
  f.add(a);
  f.add(b);
  CaseFees fees(*f.db, f.rules.fees);
  auto stored = fees.record(a.id, {{"transfer", 1, 1}, {"certified_copy", 4, 2}}, "BL 0012", ymd(2026, 3, 2), "officer",
                            std::nullopt, at("2026-03-02T10:00:00"));
  BOOST_REQUIRE_MESSAGE(stored.ok(), (stored.ok() ? "" : stored.error().en));
  BOOST_TEST(stored->size() == 2u);
  auto listed = fees.list(a.id);
  BOOST_REQUIRE(listed.ok());
  BOOST_REQUIRE_EQUAL(listed->size(), 2u);
  BOOST_TEST(listed->at(0).amount == 50000);
  BOOST_TEST(listed->at(1).amount == 2 * (2000 + 2000 + 1000 + 1000));
  BOOST_TEST(listed->at(1).copies == 2);
  BOOST_TEST(listed->at(0).receiptNo == "BL 0012");
  BOOST_TEST(listed->at(0).ruleKey == "fee-transaction-2017");
  BOOST_TEST((listed->at(0).paidOn == ymd(2026, 3, 2)));

  // The same receipt for the same case is fine (a second line paid later on it); for another case it is refused.
  BOOST_TEST(fees.record(a.id, {{"signature", 1, 1}}, "BL 0012", ymd(2026, 3, 2), "officer", std::nullopt,
                         at("2026-03-02T10:00:00")).ok());
  BOOST_TEST(fees.record(b.id, {{"transfer", 1, 1}}, "BL 0012", ymd(2026, 3, 2), "officer", std::nullopt,
                         at("2026-03-02T10:00:00")).error().code == "fees.receipt_reused");
  BOOST_TEST(fees.record(b.id, {{"transfer", 1, 1}}, " ", ymd(2026, 3, 2), "officer").error().code == "fees.no_receipt");
  BOOST_TEST(fees.record(b.id, {{"transfer", 1, 1}}, "BL 1", ymd(2026, 3, 9), "officer", std::nullopt,
                         at("2026-03-02T10:00:00")).error().code == "fees.future_date");
  BOOST_TEST(fees.list(b.id)->empty());
}
