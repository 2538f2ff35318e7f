// The report columns under the real workflow: a case taken through every step by workflow::advance (and a
// correction) gets its registration deadline and result time from the migration-9 trigger, and the report counts it.
#include <boost/test/unit_test.hpp>

#include "register/authentication_register.h"
#include "report_fixture.h"
#include "reports/statistics_report.h"
#include "storage/case_repository.h"
#include "support/temp_dir.h"
#include "workflow/case_workflow.h"

using namespace landdesk;
using namespace landdesk::test;
using model::CaseStatus;

namespace {

std::string column(const std::filesystem::path& file, const std::string& name) {
  return querySingle(file, "SELECT COALESCE(" + name + ", '-') FROM case_file WHERE code = 'W1'");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(workflow_integration)

BOOST_AUTO_TEST_CASE(every_step_through_the_workflow_keeps_the_report_columns) {
  TempDir dir;
  const auto file = dir / "desk.sqlite";
  addFixtureCases(file, {{"W1", model::CaseKind::TransferWhole, model::IntakeChannel::Online, "2026-03-02T08:00:00",
                          "2026-03-04T17:00:00", {}, "", ""}});
  auto db = openDatabase(file);
  auto id = workflow::caseIdByCode(*db, "W1");
  BOOST_REQUIRE(id.ok());
  auto step = [&](CaseStatus to, const char* at, workflow::TransitionDetails d = {}) {
    d.at = *parseCanonicalDateTime(at);
    auto ok = workflow::advance(*db, *id, to, d, "test");
    BOOST_REQUIRE_MESSAGE(ok.ok(), (ok.ok() ? "" : ok.error().en));
  };
  step(CaseStatus::Drafting, "2026-03-02T09:00:00");
  step(CaseStatus::DraftSent, "2026-03-02T10:00:00");
  step(CaseStatus::Visit1Booked, "2026-03-02T11:00:00");
  model::OfficeProfile office;
  registry::NewEntry entry;
  entry.date = std::chrono::year(2026) / std::chrono::March / 3;
  entry.caseId = *id;
  entry.caseCode = "W1";
  entry.parties = "Người Thử W1";
  entry.documentTitle = "Hợp đồng chuyển nhượng quyền sử dụng đất";
  entry.signer = "Trần Văn Ký";
  entry.fee = 50000;
  entry.at = *parseCanonicalDateTime("2026-03-03T09:00:00");
  auto recorded = registry::AuthenticationRegister(*db, office).record(entry, "test");
  BOOST_REQUIRE_MESSAGE(recorded.ok(), (recorded.ok() ? "" : recorded.error().en));
  workflow::TransitionDetails auth;
  auth.registerEntryId = recorded->id;
  auth.registerNumber = recorded->numberText;
  step(CaseStatus::Authenticated, "2026-03-03T09:00:00", auth);
  BOOST_TEST(column(file, "ct_resolved_at") == "2026-03-03T09:00:00");
  BOOST_TEST(column(file, "ct_outcome") == "early");  // due 2026-03-04
  BOOST_TEST(column(file, "land_received_at") == "2026-03-03T09:00:00");
  BOOST_TEST(column(file, "land_due_at") == "-");
  step(CaseStatus::HandedToCadastral, "2026-03-03T10:00:00");
  BOOST_TEST(column(file, "land_due_at") == "-");  // the citizen's 30 days are not the registration deadline
  workflow::TransitionDetails filing;
  filing.agency = "vpdkdd";
  filing.receiptNumber = "BN-123";
  step(CaseStatus::Filed, "2026-03-04T09:00:00", filing);
  const std::string due = column(file, "stage_due_at");
  BOOST_REQUIRE(due != "-");
  BOOST_TEST(column(file, "land_due_at") == due);
  step(CaseStatus::ResultReceived, "2026-03-10T15:00:00");
  BOOST_TEST(column(file, "land_resolved_at") == "2026-03-10T15:00:00");
  BOOST_TEST(column(file, "land_due_at") == due);
  step(CaseStatus::CitizenNotified, "2026-03-10T16:00:00");
  step(CaseStatus::Collected, "2026-04-20T09:00:00");  // the citizen comes late: the office was not
  BOOST_TEST(column(file, "land_resolved_at") == "2026-03-10T15:00:00");
  BOOST_TEST(column(file, "land_outcome") == (due.substr(0, 10) > "2026-03-10" ? "early" : "on_time"));

  auto march = reports::computeStatistics(*db, *reports::parsePeriod("2026-03-01", "2026-03-31"));
  BOOST_REQUIRE(march.ok());
  BOOST_TEST(march->rows[0].receivedOnline == 1);
  BOOST_TEST(march->rows[0].resolvedEarly == 1);
  BOOST_TEST(march->rows[1].receivedOnline == 1);
  BOOST_TEST(march->rows[1].resolvedTotal() == 1);
  BOOST_TEST(march->rows[1].pendingTotal() == 0);

  // A correction voiding the collection, then the result: the result time goes, the deadline stays.
  workflow::Correction undo;
  undo.undo = true;
  undo.reason = "ghi nhầm";
  for (int i = 0; i < 3; ++i) {  // collected, citizen notified, result received
    auto ok = workflow::correct(*db, *id, undo, "test");
    BOOST_REQUIRE_MESSAGE(ok.ok(), (ok.ok() ? "" : ok.error().en));
  }
  BOOST_TEST(column(file, "status") == "filed");
  BOOST_TEST(column(file, "land_resolved_at") == "-");
  BOOST_TEST(column(file, "land_due_at") == due);
  march = reports::computeStatistics(*db, *reports::parsePeriod("2026-03-01", "2026-03-31"));
  BOOST_REQUIRE(march.ok());
  BOOST_TEST(march->rows[1].resolvedTotal() == 0);
  BOOST_TEST(march->rows[1].pendingTotal() == 1);
}

BOOST_AUTO_TEST_SUITE_END()
