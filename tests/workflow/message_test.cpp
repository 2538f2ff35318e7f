// Copy-ready messages to the citizen: the right event for the state, the facts the citizen needs in the text.
#include <boost/test/unit_test.hpp>

#include "workflow/citizen_message.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using S = model::CaseStatus;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(citizen_messages)

BOOST_AUTO_TEST_CASE(composed_result_ready_with_visit) {
  workflow::MessageInput in;
  in.event = workflow::MessageEvent::ResultReady;
  in.caseCode = "HS-2026-00012";
  in.kind = model::CaseKind::Gift;
  in.citizen = "Nguyễn Văn An";
  in.office.commune = "Hải Lăng";
  in.office.address = "Thôn 1, xã Hải Lăng";
  in.office.phone = "0233 3870 123";
  workflow::Visit v;
  v.number = 2;
  v.at = at("2026-03-05 09:00");
  in.visit = v;
  in.papers = {"Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Căn cước hoặc CCCD bản chính của người nhận"};
  const std::string text = workflow::composeCitizenMessage(in);
  BOOST_TEST(has(text, "[Ủy ban nhân dân xã Hải Lăng]"));
  BOOST_TEST(has(text, "ông/bà Nguyễn Văn An"));
  BOOST_TEST(has(text, "HS-2026-00012 (Tặng cho quyền sử dụng đất)"));
  BOOST_TEST(has(text, "đã có kết quả"));
  BOOST_TEST(has(text, "09:00 thứ Năm, ngày 05/03/2026"));
  BOOST_TEST(has(text, "Trung tâm Phục vụ hành chính công xã Hải Lăng, Thôn 1, xã Hải Lăng"));
  BOOST_TEST(has(text, "(1) Giấy tiếp nhận hồ sơ và hẹn trả kết quả; (2) Căn cước"));
  BOOST_TEST(has(text, "0233 3870 123"));
}

BOOST_AUTO_TEST_CASE(from_the_case_state) {
  WorkflowFixture f;
  BOOST_REQUIRE(f.db->settings().set("office.commune", "Hải Lăng", "t").ok());
  const int64_t id = f.addCase("2026-03-02 08:00");
  BOOST_TEST(workflow::citizenMessage(*f.db, id).error().code == "message.none");
  BOOST_REQUIRE(f.step(id, S::WaitingForPapers, "2026-03-02 09:00", "Giấy chứng nhận kết hôn").ok());
  auto papers = workflow::citizenMessage(*f.db, id);
  BOOST_REQUIRE(papers.ok());
  BOOST_TEST((papers->event == workflow::MessageEvent::PapersNeeded));
  BOOST_TEST(has(papers->text, "cần bổ sung giấy tờ: Giấy chứng nhận kết hôn"));
  f.drive(id, {S::Received, S::Authenticated, S::Filed}, "2026-03-03 09:00");
  workflow::TransitionDetails notice;
  notice.at = at("2026-03-04 09:00");
  notice.amount = 4'000'000;
  notice.dueAt = at("2026-04-01 00:00");
  BOOST_REQUIRE(workflow::advance(*f.db, shippedRules(), id, S::TaxNoticeReceived, notice, "luc").ok());
  auto tax = workflow::citizenMessage(*f.db, id);
  BOOST_REQUIRE(tax.ok());
  BOOST_TEST(has(tax->text, "tổng số tiền 4.000.000 đồng"));
  BOOST_TEST(has(tax->text, "hạn nộp chậm nhất ngày 01/04/2026"));
  f.drive(id, {S::TaxPaid, S::ResultReceived}, "2026-03-05 09:00");
  auto ready = workflow::citizenMessage(*f.db, id);
  BOOST_REQUIRE(ready.ok());
  BOOST_TEST((ready->event == workflow::MessageEvent::ResultReady));
  BOOST_TEST(has(ready->text, "trong giờ làm việc"));  // no visit 2 booked yet
  BOOST_TEST(has(ready->text, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"));
}

BOOST_AUTO_TEST_SUITE_END()
