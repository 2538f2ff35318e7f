// Visit 1 (signing) and visit 2 (collection): booking moves the case, rebooking keeps the old row, papers come from
// visit_papers.json, the day's list; days off, hours outside the office and the wrong stage are refused.
#include <boost/test/unit_test.hpp>

#include "rules/rule_book.h"
#include "workflow/visits.h"
#include "workflow_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using S = model::CaseStatus;

namespace {

const workflow::VisitPapers& papers() {
  static const workflow::VisitPapers p = [] {
    auto loaded = workflow::loadVisitPapers(sourceDirectory() / "app/core/rules/data/visit_papers.json");
    if (!loaded) throw std::runtime_error(loaded.error().en);
    return std::move(*loaded);
  }();
  return p;
}

Result<workflow::Visit> book(WorkflowFixture& f, int64_t id, int number, const char* when, const char* now) {
  workflow::VisitBooking b;
  b.number = number;
  b.at = at(when);
  return workflow::bookVisit(*f.db, shippedRules(), papers(), id, b, "huong", at(now));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(visits)

BOOST_AUTO_TEST_CASE(visit1_books_rebooks_and_lists_the_day) {
  WorkflowFixture f;
  BOOST_REQUIRE(f.db->settings().setAll({{"office.commune", "Hải Lăng"}, {"office.address", "Thôn 1"}}, "t").ok());
  const int64_t id = f.addCase("2026-03-02 08:00", model::CaseKind::TransferPart);
  f.drive(id, {S::Drafting}, "2026-03-02 09:00");
  auto v = book(f, id, 1, "2026-03-05 09:00", "2026-03-03 10:00");
  BOOST_REQUIRE_MESSAGE(v.ok(), (v.ok() ? std::string() : v.error().en));
  BOOST_TEST((f.state(id).status == S::Visit1Booked));
  BOOST_TEST(v->place == "Trung tâm Phục vụ hành chính công xã Hải Lăng, Thôn 1");
  bool drawing = false;
  for (const auto& p : v->papers) drawing = drawing || p.find("Bản vẽ tách thửa") != std::string::npos;
  BOOST_TEST(drawing);  // a transfer of part brings the subdivision drawing
  // Rebooking: no second transition, the first booking stays as "rebooked".
  const size_t transitions = workflow::history(*f.db, id)->size();
  BOOST_REQUIRE(book(f, id, 1, "2026-03-06 14:00", "2026-03-04 10:00").ok());
  BOOST_TEST(workflow::history(*f.db, id)->size() == transitions);
  auto all = workflow::visitsOfCase(*f.db, id);
  BOOST_REQUIRE(all->size() == 2u);
  BOOST_TEST((*all)[0].state == "rebooked");
  BOOST_TEST((*all)[1].state == "booked");
  auto thursday = workflow::visitsOn(*f.db, std::chrono::year_month_day(std::chrono::year(2026) / 3 / 5));
  BOOST_TEST(thursday->empty());
  auto friday = workflow::visitsOn(*f.db, std::chrono::year_month_day(std::chrono::year(2026) / 3 / 6));
  BOOST_REQUIRE(friday->size() == 1u);
  BOOST_TEST(friday->front().mainParty == "Nguyễn Văn An");
  BOOST_TEST(friday->front().number == 1);
}

BOOST_AUTO_TEST_CASE(refused_times_and_stages) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00");
  BOOST_TEST(book(f, id, 1, "2026-02-17 09:00", "2026-02-01 10:00").error().code == "workflow.visit_day_off");  // Tết
  BOOST_TEST(book(f, id, 1, "2026-03-07 09:00", "2026-03-02 10:00").error().code == "workflow.visit_day_off");  // Sat
  BOOST_TEST(book(f, id, 1, "2026-03-05 12:00", "2026-03-02 10:00").error().code == "workflow.visit_outside_hours");
  BOOST_TEST(book(f, id, 1, "2026-03-05 17:30", "2026-03-02 10:00").error().code == "workflow.visit_outside_hours");
  BOOST_TEST(book(f, id, 1, "2026-03-02 09:00", "2026-03-02 10:00").error().code == "workflow.visit_past");
  BOOST_TEST(book(f, id, 3, "2026-03-05 09:00", "2026-03-02 10:00").error().code == "workflow.visit_number");
  // Visit 2 only after authentication.
  BOOST_TEST(book(f, id, 2, "2026-03-05 09:00", "2026-03-02 10:00").error().code == "workflow.visit_not_now");
  BOOST_REQUIRE(f.step(id, S::WaitingForPapers, "2026-03-02 09:00", "Thiếu sổ đỏ").ok());
  BOOST_TEST(book(f, id, 1, "2026-03-05 09:00", "2026-03-02 10:00").error().code == "workflow.visit_not_now");
  BOOST_TEST(workflow::visitsOfCase(*f.db, id)->empty());
}

BOOST_AUTO_TEST_CASE(visit2_from_result_received_notifies_the_citizen) {
  WorkflowFixture f;
  const int64_t id = f.addCase("2026-03-02 08:00", model::CaseKind::Gift);
  f.drive(id, {S::Authenticated}, "2026-03-02 09:00");
  // Booked at signing: the case stays where it is.
  BOOST_REQUIRE(book(f, id, 2, "2026-03-20 09:00", "2026-03-02 10:00").ok());
  BOOST_TEST((f.state(id).status == S::Authenticated));
  f.drive(id, {S::Filed, S::ResultReceived}, "2026-03-16 09:00");
  auto v = book(f, id, 2, "2026-03-19 15:30", "2026-03-17 08:00");
  BOOST_REQUIRE(v.ok());
  BOOST_TEST((f.state(id).status == S::CitizenNotified));
  bool slip = false;
  for (const auto& p : v->papers) slip = slip || p.find("Giấy tiếp nhận hồ sơ") != std::string::npos;
  BOOST_TEST(slip);
}

BOOST_AUTO_TEST_CASE(papers_data_refuses_overlapping_rows) {
  const std::string json = R"({"format": "landdesk-rules/1", "visit_papers": [
    {"key": "a", "visit": 1, "case_kinds": ["gift"], "papers": ["x"], "effective_from": "2025-01-01", "source": {"document": "d", "article": "", "confidence": "M"}},
    {"key": "b", "visit": 1, "case_kinds": ["gift", "transfer_whole"], "papers": ["y"], "effective_from": "2025-06-01", "source": {"document": "d", "article": "", "confidence": "M"}}]})";
  auto r = workflow::parseVisitPapers("visit_papers.json", json);
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.error().vi.find("a, b") != std::string::npos);
  auto bad = workflow::parseVisitPapers("visit_papers.json", R"({"format": "landdesk-rules/1", "visit_papers": [
    {"key": "a", "visit": 3, "case_kinds": ["boat"], "papers": ["x"], "effective_from": "2025-01-01", "source": {"document": "d", "article": "", "confidence": "M"}}]})");
  BOOST_TEST(!bad.ok());
}

BOOST_AUTO_TEST_SUITE_END()
