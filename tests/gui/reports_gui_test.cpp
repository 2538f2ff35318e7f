// The reports dialog under Xvfb on a real database: a statistics report and a tracking book written off the UI
// thread (the event loop keeps running), a refused period that writes nothing, and a screenshot as an artefact.
#include <boost/test/unit_test.hpp>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "reports/report_fixture.h"
#include "reports_dialog.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono;

namespace {

struct DialogFixture {
  TempDir dir;
  std::filesystem::path file = dir / "desk.sqlite";
  gui::ReportsDialog* dialog = nullptr;

  DialogFixture() {
    addFixtureCases(file, {{"HS-1", model::CaseKind::Gift, model::IntakeChannel::Online, "2026-03-02T08:00:00",
                            "2026-03-04T17:00:00", {authenticated("2026-03-03T09:00:00")}, "", ""},
                           {"HS-2", model::CaseKind::Gift, model::IntakeChannel::Counter, "2026-02-26T08:00:00",
                            "2026-03-02T17:00:00", {}, "", ""}});
    dialog = new gui::ReportsDialog(nullptr, file);
    dialog->setOpenWhenDone(false);
    dialog->Show();
    pumpEvents(50ms);
  }
  ~DialogFixture() {
    dialog->Destroy();
    pumpEvents(50ms);
  }

  // Starts the run and keeps the event loop turning until the worker reports back.
  void runToEnd() {
    BOOST_REQUIRE(dialog->generate());
    BOOST_TEST(dialog->busy());  // the work is on the worker thread; this thread returned at once
    int turns = 0;
    BOOST_REQUIRE(pumpUntil([&] { ++turns; return !dialog->busy(); }, 60s));
    BOOST_TEST(turns > 1);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(reports_dialog, DialogFixture)

BOOST_AUTO_TEST_CASE(writes_the_statistics_report_off_the_ui_thread) {
  dialog->setKind(gui::ReportsDialog::Statistics);
  dialog->setPeriod(year(2026) / March / 1, year(2026) / March / 31);
  const auto out = dir / "bao_cao.xlsx";
  dialog->setOutput(out);
  runToEnd();
  BOOST_REQUIRE_MESSAGE(dialog->written(), (dialog->failure() ? dialog->failure()->en : std::string("no outcome")));
  BOOST_TEST(*dialog->written() == out);
  BOOST_TEST(readFile(out).starts_with("PK"));
  const std::string status = gui::toUtf8(dialog->statusText());
  BOOST_TEST(status.find("Đã lưu") != std::string::npos, status);
  BOOST_TEST(status.find("Chứng thực: nhận 2, đã giải quyết 1") != std::string::npos, status);
  BOOST_TEST(saveScreenshot(*dialog, artifactDirectory() / "reports-dialog.png"));
}

BOOST_AUTO_TEST_CASE(writes_the_tracking_book_as_docx) {
  dialog->setKind(gui::ReportsDialog::TrackingBook);
  dialog->setFormat(reports::ReportFormat::Docx);
  dialog->setPeriod(year(2026) / February / 1, year(2026) / March / 31);
  const auto out = dir / "so_theo_doi.docx";
  dialog->setOutput(out);
  runToEnd();
  BOOST_REQUIRE(dialog->written());
  BOOST_TEST(readFile(out).starts_with("PK"));
  BOOST_TEST(gui::toUtf8(dialog->statusText()).find("2 hồ sơ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_a_period_out_of_order_and_writes_nothing) {
  dialog->setKind(gui::ReportsDialog::Statistics);
  dialog->setPeriod(year(2026) / March / 31, year(2026) / March / 1);
  const auto out = dir / "never.xlsx";
  dialog->setOutput(out);
  BOOST_TEST(!dialog->generate());
  BOOST_TEST(!dialog->busy());
  BOOST_REQUIRE(dialog->failure());
  BOOST_TEST(dialog->failure()->code == "report.period_order");
  BOOST_TEST(gui::toUtf8(dialog->statusText()).find("Ngày bắt đầu") != std::string::npos);
  pumpEvents(100ms);
  BOOST_TEST(!std::filesystem::exists(out));
}

// The period fields are text in DD/MM/YYYY whatever the C locale: typed dates are what the report covers.
BOOST_AUTO_TEST_CASE(typed_dates_are_read_day_first) {
  auto* from = XRCCTRL(*dialog, "report_from", wxTextCtrl);
  auto* to = XRCCTRL(*dialog, "report_to", wxTextCtrl);
  BOOST_REQUIRE(from && to);
  dialog->setKind(gui::ReportsDialog::Statistics);
  dialog->setPeriod(year(2026) / March / 1, year(2026) / March / 31);
  BOOST_TEST(gui::toUtf8(from->GetValue()) == "01/03/2026");  // day first, not the C locale's 03/01/26
  BOOST_TEST(gui::toUtf8(to->GetValue()) == "31/03/2026");

  // 01/10/2026 is the first of October: read month-first it would be 10 January, which lies before 31/03.
  from->SetValue(wxString::FromUTF8("01/10/2026"));
  to->SetValue(wxString::FromUTF8("31/10/2026"));
  pumpEvents(20ms);
  const auto out = dir / "so_thang_10.xlsx";
  dialog->setOutput(out);
  runToEnd();
  BOOST_REQUIRE_MESSAGE(dialog->written(), (dialog->failure() ? dialog->failure()->en : std::string("no outcome")));
  // October: HS-1 was resolved in March, HS-2 (still pending) is only carried over — unlike March's "nhận 2, …".
  BOOST_TEST(gui::toUtf8(dialog->statusText()).find("Chứng thực: nhận 1, đã giải quyết 0") != std::string::npos,
             gui::toUtf8(dialog->statusText()));

  // 01/03/2026 – 31/03/2026 typed by hand: the same figures as setPeriod gives in the first test.
  from->SetValue(wxString::FromUTF8("01/03/2026"));
  to->SetValue(wxString::FromUTF8("31/03/2026"));
  dialog->setOutput(dir / "so_thang_3.xlsx");
  runToEnd();
  BOOST_REQUIRE(dialog->written());
  BOOST_TEST(gui::toUtf8(dialog->statusText()).find("Chứng thực: nhận 2, đã giải quyết 1") != std::string::npos,
             gui::toUtf8(dialog->statusText()));

  // A month 13 is refused before any work, naming the field.
  from->SetValue(wxString::FromUTF8("01/13/2026"));
  dialog->setOutput(dir / "never.xlsx");
  BOOST_TEST(!dialog->generate());
  BOOST_REQUIRE(dialog->failure());
  BOOST_TEST(dialog->failure()->code == "report.bad_from_date");
  BOOST_TEST(gui::toUtf8(dialog->statusText()).find("01/13/2026") != std::string::npos);
  pumpEvents(50ms);
  BOOST_TEST(!std::filesystem::exists(dir / "never.xlsx"));
}

BOOST_AUTO_TEST_CASE(a_database_that_is_gone_is_reported_not_created) {
  gui::ReportsDialog* orphan = new gui::ReportsDialog(nullptr, dir / "gone.sqlite");
  orphan->setOpenWhenDone(false);
  orphan->setPeriod(year(2026) / March / 1, year(2026) / March / 31);
  orphan->setOutput(dir / "x.xlsx");
  BOOST_REQUIRE(orphan->generate());
  BOOST_REQUIRE(pumpUntil([&] { return !orphan->busy(); }, 30s));
  BOOST_REQUIRE(orphan->failure());
  BOOST_TEST(orphan->failure()->code == "db.missing");
  BOOST_TEST(!std::filesystem::exists(dir / "gone.sqlite"));
  BOOST_TEST(!std::filesystem::exists(dir / "x.xlsx"));
  orphan->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_SUITE_END()
