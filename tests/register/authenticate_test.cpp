// The authenticate step: checks, register entry, fee and workflow transition together — or nothing at all.
#include <boost/test/unit_test.hpp>

#include "register/authentication.h"
#include "register/blocked_parcels.h"
#include "register_fixture.h"
#include "storage/case_repository.h"
#include "workflow/case_workflow.h"

using namespace landdesk;
using namespace landdesk::registry;
using namespace landdesk::test;

namespace {

AuthenticateRequest request(const model::Case& c, const std::string& receipt = "BL-0001") {
  AuthenticateRequest r;
  r.caseCode = c.code;
  r.receiptNo = receipt;
  r.at = at("2026-03-02T10:30:00");
  r.signer.declared = true;
  r.actor = "Trần Thị Hương";
  return r;
}

// Nothing of the step is in the database: no line, no fee, the case where it was, the chain intact.
void nothingWritten(RegisterFixture& f, const model::Case& c, model::CaseStatus status) {
  BOOST_TEST(rawInt(f.file, "SELECT COUNT(*) FROM register_entry") == 0);
  BOOST_TEST(rawInt(f.file, "SELECT COUNT(*) FROM case_fee WHERE case_id = " + std::to_string(c.id)) == 0);
  BOOST_TEST(rawInt(f.file, "SELECT COUNT(*) FROM register_book") == 0);
  BOOST_TEST((f.reload(c).status == status));
}

}  // namespace

BOOST_AUTO_TEST_CASE(authenticate_writes_entry_fee_and_transition_together) {
  RegisterFixture f;
  model::Case c = cleanTransfer();
  f.add(c);
  auto r = request(c);
  r.extraFees = {{"certified_copy", 3, 2}};
  auto done = authenticate(*f.db, f.rules, f.papers, r);
  BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().en));
  BOOST_TEST(done->entry.number == 1);
  BOOST_TEST(done->entry.numberText == "Số chứng thực: 01, quyển số 01/2026-SCT/HĐ,GD");
  BOOST_TEST(*done->entry.caseId == c.id);
  BOOST_TEST(done->entry.parties.find("Nguyễn Văn Đông (CCCD 044080001234)") != std::string::npos);
  BOOST_TEST(done->entry.signer == "Võ Văn Thành, Chủ tịch UBND xã Hải Lăng");
  BOOST_TEST(done->entry.fee == 50000 + 2 * 5000);
  BOOST_REQUIRE_EQUAL(done->fees.size(), 2u);
  BOOST_TEST(*done->fees[0].registerEntryId == done->entry.id);

  BOOST_TEST((f.reload(c).status == model::CaseStatus::Authenticated));
  auto history = workflow::history(*f.db, c.id);
  BOOST_REQUIRE(history.ok());
  BOOST_REQUIRE(!history->empty());
  BOOST_TEST((history->back().to == model::CaseStatus::Authenticated));
  BOOST_TEST(*history->back().details.registerEntryId == done->entry.id);
  BOOST_TEST(history->back().details.receiptNumber == "BL-0001");
  BOOST_TEST(rawInt(f.file, "SELECT COUNT(*) FROM case_fee WHERE receipt_no = 'BL-0001'") == 2);

  // The same case cannot be authenticated twice (the workflow refuses authenticated → authenticated).
  auto twice = authenticate(*f.db, f.rules, f.papers, request(c, "BL-0002"));
  BOOST_TEST(!twice.ok());
  BOOST_TEST(rawInt(f.file, "SELECT COUNT(*) FROM register_entry") == 1);
  BOOST_TEST(rawInt(f.file, "SELECT COUNT(*) FROM case_fee") == 2);
}

BOOST_AUTO_TEST_CASE(a_blocking_finding_refuses_with_every_reason) {
  RegisterFixture f;
  model::Case c = cleanTransfer();
  c.parties[0].party.maritalStatus = model::MaritalStatus::Married;
  f.add(c);
  BlockNotice n;
  n.issuerKind = "police";
  n.issuer = "Công an tỉnh Quảng Trị";
  n.documentNumber = "7/CV-CSĐT";
  n.documentDate = ymd(2026, 2, 1);
  n.gcnSerial = "BA685616";
  n.receivedAt = at("2026-02-02T08:00:00");
  BOOST_REQUIRE(BlockedParcels(*f.db).block(n, "officer").ok());
  auto refused = authenticate(*f.db, f.rules, f.papers, request(c));
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "auth.checks_failed");
  BOOST_TEST(refused.error().vi.find("7/CV-CSĐT") != std::string::npos);        // the blocking notice
  BOOST_TEST(refused.error().vi.find("vợ và chồng") != std::string::npos);      // and the missing spouse
  nothingWritten(f, c, model::CaseStatus::Received);
}

BOOST_AUTO_TEST_CASE(a_fee_failure_after_the_entry_rolls_the_entry_back) {
  RegisterFixture f;
  model::Case other = cleanTransfer("AA 00000001", "1", "1");
  model::Case c = cleanTransfer();
  f.add(other);
  f.add(c);
  // The receipt number already belongs to another case: refused at the fee step, after the register line.
  BOOST_REQUIRE(CaseFees(*f.db, f.rules.fees).record(other.id, {{"signature", 1, 1}}, "BL-0001", ymd(2026, 3, 2), "officer").ok());
  auto refused = authenticate(*f.db, f.rules, f.papers, request(c, "BL-0001"));
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "fees.receipt_reused");
  nothingWritten(f, c, model::CaseStatus::Received);
  // The number was never taken: the next authentication is 01.
  auto done = authenticate(*f.db, f.rules, f.papers, request(c, "BL-0002"));
  BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().en));
  BOOST_TEST(done->entry.number == 1);
  AuthenticationRegister reg(*f.db, f.office);
  BOOST_TEST(reg.verify()->intact);
}

BOOST_AUTO_TEST_CASE(a_workflow_refusal_rolls_back_entry_and_fee) {
  RegisterFixture f;
  model::Case c = cleanTransfer();
  f.add(c);
  workflow::TransitionDetails refuse;
  refuse.at = at("2026-03-02T09:00:00");
  refuse.note = "Hồ sơ không hợp lệ";
  BOOST_REQUIRE(workflow::advance(*f.db, f.rules, c.id, model::CaseStatus::Refused, refuse, "officer").ok());
  auto refused = authenticate(*f.db, f.rules, f.papers, request(c));
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "workflow.not_allowed");
  nothingWritten(f, c, model::CaseStatus::Refused);
}

BOOST_AUTO_TEST_CASE(times_out_of_order_and_a_closed_year_are_refused) {
  RegisterFixture f;
  model::Case c = cleanTransfer();
  f.add(c);
  auto early = request(c);
  early.at = at("2026-03-01T10:00:00");  // before the case was received
  BOOST_TEST(authenticate(*f.db, f.rules, f.papers, early).error().code == "auth.before_receipt");
  auto noReceipt = request(c, " ");
  BOOST_TEST(authenticate(*f.db, f.rules, f.papers, noReceipt).error().code == "fees.no_receipt");
  nothingWritten(f, c, model::CaseStatus::Received);
}

BOOST_AUTO_TEST_CASE(an_act_records_its_own_line_and_fee) {
  RegisterFixture f;
  model::Case c = cleanTransfer();
  f.add(c);
  auto done = authenticate(*f.db, f.rules, f.papers, request(c));
  BOOST_REQUIRE(done.ok());
  NewEntry change;
  change.date = ymd(2026, 3, 9);
  change.at = at("2026-03-09T09:00:00");
  change.note = "Sửa lỗi chính tả tên bên nhận";
  auto act = recordAct(*f.db, f.rules, EntryKind::Correction, 2026, 1, change, "BL-0009", "officer");
  BOOST_REQUIRE_MESSAGE(act.ok(), (act.ok() ? "" : act.error().en));
  BOOST_TEST(act->entry.number == 2);
  BOOST_TEST(act->entry.fee == 25000);
  BOOST_TEST(act->entry.refersToText == "1/2026");
  BOOST_REQUIRE_EQUAL(act->fees.size(), 1u);
  BOOST_TEST(act->fees[0].amount == 25000);
  BOOST_TEST(*act->fees[0].registerEntryId == act->entry.id);
  auto amend = recordAct(*f.db, f.rules, EntryKind::Amendment, 2026, 1, change, "BL-0010", "officer");
  BOOST_REQUIRE(amend.ok());
  BOOST_TEST(amend->entry.fee == 30000);
  // A refused act leaves no fee behind.
  auto bad = recordAct(*f.db, f.rules, EntryKind::Cancellation, 2026, 2, change, "BL-0011", "officer");
  BOOST_TEST(bad.error().code == "register.not_original");
  BOOST_TEST(rawInt(f.file, "SELECT COUNT(*) FROM case_fee WHERE receipt_no = 'BL-0011'") == 0);
}
