// Bad input at the desk under Xvfb, on real SQLite files, real LibreOffice and no printer: days off edited as a list
// move open cases' deadlines; a database locked by another process (sqlite3 holding BEGIN IMMEDIATE) refuses the
// save with a clear message and keeps the edit for a retry; a deleted or corrupted template is named and the others
// stay offered; printing without a printer offers "Export PDF"; closing the desk mid-render neither waits nor
// leaves anything half-written.
#include <cstdio>
#include <fstream>

#include <boost/test/unit_test.hpp>
#include <wx/srchctrl.h>
#include <wx/xrc/xmlres.h>

#include "demo/demo_office.h"
#include "demo_database.h"
#include "document_dialog.h"
#include "holiday_list_editor.h"
#include "main_frame.h"
#include "rule_data_page.h"
#include "rules/desk_rules.h"
#include "settings_dialog.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "support/sqlite_shell_lock.h"
#include "support/temp_dir.h"
#include "workflow/workflow_fixture.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono;
using S = model::CaseStatus;

namespace {

// Through the sqlite3 shell, another process, as an administrator would check the file.
std::string integrityCheck(const std::filesystem::path& file) {
  FILE* shell = ::popen(("sqlite3 -cmd '.timeout 5000' '" + file.string() + "' 'PRAGMA integrity_check' 2>&1").c_str(), "r");
  if (!shell) return "cannot run sqlite3";
  std::string result;
  char line[512];
  while (std::fgets(line, sizeof line, shell)) result += line;
  ::pclose(shell);
  while (!result.empty() && result.back() == '\n') result.pop_back();
  return result;
}

// The deadline of the open test case, as stored.
struct HolidayDesk : WorkflowFixture {
  int64_t open = 0;
  HolidayDesk() {
    open = addCase("2026-03-02 14:59");
    BOOST_REQUIRE(step(open, S::Drafting, "2026-03-02 15:30").ok());
    BOOST_REQUIRE((state(open).stageDueAt == at("2026-03-04 17:00")));
  }
};

// A demo desk with the office filled in and a private copy of the templates (LANDDESK_TEMPLATES_DIR) to damage.
struct DocumentDesk {
  TempDir dir;
  std::filesystem::path file = dir / "data" / "desk.sqlite";
  std::filesystem::path templates = dir / "templates";
  std::vector<model::Case> cases;

  DocumentDesk() {
    std::filesystem::create_directories(file.parent_path());
    cases = makeDemoDatabase(file, 30);
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    BOOST_REQUIRE((*db)->settings().setAll(model::settingsOf(demo::demoOfficeProfile()), "test"));
    std::filesystem::copy(sourceDirectory() / "contract_templates", templates, std::filesystem::copy_options::recursive);
    ::setenv("LANDDESK_TEMPLATES_DIR", templates.c_str(), 1);
  }
  ~DocumentDesk() { ::unsetenv("LANDDESK_TEMPLATES_DIR"); }
  const model::Case& firstTransfer() const {
    for (const auto& c : cases)
      if (c.kind == model::CaseKind::TransferWhole) return c;
    throw std::logic_error("no demo transfer case");
  }
  std::string caseJson(int64_t id) {
    auto db = storage::Database::open({.path = file, .create = false});
    BOOST_REQUIRE(db);
    auto c = (*db)->cases().byId(id);
    BOOST_REQUIRE(c);
    return c->code + "|" + std::to_string(c->parties.size()) + "|" + std::to_string(c->parcels.size()) + "|" +
           std::to_string(c->rowVersion);
  }
  // Files in the data folder other than the database and its WAL/SHM companions.
  std::vector<std::string> strayDataFiles() const {
    std::vector<std::string> stray;
    for (const auto& e : std::filesystem::directory_iterator(file.parent_path())) {
      const std::string name = e.path().filename().string();
      if (name != "desk.sqlite" && name != "desk.sqlite-wal" && name != "desk.sqlite-shm") stray.push_back(name);
    }
    return stray;
  }
};

bool renderDone(gui::DocumentDialog& dialog) { return pumpUntil([&] { return !dialog.busy(); }, 180s); }

}  // namespace

BOOST_AUTO_TEST_SUITE(desk_bad_input)

BOOST_FIXTURE_TEST_CASE(holidays_are_a_date_list_and_a_new_day_off_moves_open_deadlines, HolidayDesk) {
  gui::SettingsDialog dialog(nullptr, *db, "admin");
  gui::RuleDataPage& page = dialog.ruleData();
  page.showTable("holidays");
  gui::HolidayListEditor& days = page.holidays();
  BOOST_TEST(days.IsShown());
  const size_t before = days.dayCount();
  BOOST_REQUIRE(before > 10u);
  BOOST_TEST(gui::toUtf8(days.dayText(0)).find("01/01/") == 0u, gui::toUtf8(days.dayText(0)));

  // Bad input is refused with the reason; nothing is listed or stored.
  days.dateField().ChangeValue(wxASCII_STR("31/02/2026"));
  days.nameField().ChangeValue(gui::toWx("Nghỉ đột xuất"));
  BOOST_TEST(!days.addTypedDay().ok());
  BOOST_TEST(gui::toUtf8(days.statusText()).find("31/02/2026") != std::string::npos, gui::toUtf8(days.statusText()));
  BOOST_TEST(gui::toUtf8(days.statusText()).find("DD/MM/YYYY") != std::string::npos);
  days.dateField().ChangeValue(wxASCII_STR("03/03/2026"));
  days.nameField().ChangeValue(wxString());
  BOOST_TEST(!days.addTypedDay().ok());
  BOOST_TEST(days.dayCount() == before);
  BOOST_TEST(gui::isoFromVietnameseDate("2/9/2026").value_or("") == "2026-09-02");
  BOOST_TEST(!gui::isoFromVietnameseDate("2026-09-02").has_value());

  // Added to the list: the deadline moves only on Save, through the table check and the recompute.
  days.nameField().ChangeValue(gui::toWx("Nghỉ đột xuất"));
  BOOST_REQUIRE(days.addTypedDay().ok());
  BOOST_TEST(days.dayCount() == before + 1);
  const auto row = days.rowOf("2026-03-03");
  BOOST_REQUIRE(row.has_value());
  BOOST_TEST(gui::toUtf8(days.dayText(*row)) == "03/03/2026 | Nghỉ đột xuất");
  BOOST_TEST((state(open).stageDueAt == at("2026-03-04 17:00")));
  days.dateField().ChangeValue(wxASCII_STR("03/03/2026"));
  days.nameField().ChangeValue(wxASCII_STR("again"));
  BOOST_TEST(!days.addTypedDay().ok());  // already listed
  BOOST_REQUIRE_MESSAGE(days.save().ok(), gui::toUtf8(days.statusText()));
  BOOST_TEST((state(open).stageDueAt == at("2026-03-05 17:00")));
  BOOST_TEST(rules::deskRuleDataJson(*db, "holidays")->find("\"2026-03-03\"") != std::string::npos);
  saveScreenshot(dialog, artifactDirectory() / "desk_bad_input_holidays.png");

  // Removed again: the deadline comes back.
  days.selectDay(*days.rowOf("2026-03-03"));
  BOOST_REQUIRE(days.removeSelectedDay().ok());
  BOOST_REQUIRE(days.save().ok());
  BOOST_TEST(days.dayCount() == before);
  BOOST_TEST((state(open).stageDueAt == at("2026-03-04 17:00")));
}

BOOST_FIXTURE_TEST_CASE(a_database_locked_by_another_desk_refuses_the_save_and_keeps_the_edit, HolidayDesk) {
  // The desk's own connection, waiting 1 s for a lock as the desk does with storage.busy_timeout_ms = 1000.
  auto desk = storage::Database::open({.path = dir / "desk.sqlite", .create = false});
  BOOST_REQUIRE(desk);
  BOOST_REQUIRE((*desk)->setBusyTimeout(1000ms).ok());
  gui::SettingsDialog dialog(nullptr, **desk, "admin");
  gui::HolidayListEditor& days = dialog.ruleData().holidays();
  dialog.ruleData().showTable("holidays");
  days.dateField().ChangeValue(wxASCII_STR("03/03/2026"));
  days.nameField().ChangeValue(gui::toWx("Nghỉ đột xuất"));
  BOOST_REQUIRE(days.addTypedDay().ok());

  SqliteShellLock lock(dir / "desk.sqlite");
  const auto started = steady_clock::now();
  const Status refused = days.save();
  const auto waited = steady_clock::now() - started;
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "db.locked");
  const std::string shown = gui::toUtf8(days.statusText());
  BOOST_TEST(shown.find("Cơ sở dữ liệu đang bị máy khác khoá") != std::string::npos, shown);
  BOOST_TEST_MESSAGE("locked_save_refused_ms=" << duration_cast<milliseconds>(waited).count());
  BOOST_TEST(duration_cast<milliseconds>(waited).count() < 3000);  // the 1 s busy timeout, not the default 5 s
  BOOST_TEST(days.unsaved());
  BOOST_TEST(days.rowOf("2026-03-03").has_value());  // the officer's edit is still there
  BOOST_TEST((state(open).stageDueAt == at("2026-03-04 17:00")));

  lock.release();
  BOOST_REQUIRE(pumpUntil([&] { return !SqliteShellLock::writeRefused(dir / "desk.sqlite"); }, 10s));
  BOOST_REQUIRE_MESSAGE(days.save().ok(), gui::toUtf8(days.statusText()));  // the retry needs no retyping
  BOOST_TEST((state(open).stageDueAt == at("2026-03-05 17:00")));
  BOOST_TEST(integrityCheck(dir / "desk.sqlite") == "ok");
}

BOOST_FIXTURE_TEST_CASE(a_deleted_or_corrupted_template_is_named_and_the_others_stay_offered, DocumentDesk) {
  const model::Case& c = firstTransfer();
  const std::string caseBefore = caseJson(c.id);
  auto* dialog = new gui::DocumentDialog(nullptr, file, c.id);
  dialog->Show();
  dialog->setDate(year(2026) / February / 5);
  BOOST_REQUIRE(dialog->selectTemplate("hd_chuyen_nhuong"));
  BOOST_TEST(dialog->missingTemplates().empty());

  // Corrupted (not a DOCX any more): the render fails with a message, no crash, no document kept.
  std::ofstream(templates / "hd_chuyen_nhuong.docx", std::ios::binary | std::ios::trunc) << "this is not a zip file";
  if (dialog->renderPreview()) BOOST_REQUIRE(renderDone(*dialog));
  BOOST_TEST(dialog->failure().has_value());
  BOOST_TEST(!dialog->renderedDocx().has_value());
  BOOST_TEST_MESSAGE("corrupted: " << gui::toUtf8(dialog->statusText()));

  // Deleted while the dialog is open: the render is refused, naming the file; the others stay listed.
  std::filesystem::remove(templates / "hd_chuyen_nhuong.docx");
  BOOST_TEST(!dialog->renderPreview());
  BOOST_TEST(!dialog->busy());
  const std::string status = gui::toUtf8(dialog->statusText());
  BOOST_TEST(status.find("hd_chuyen_nhuong.docx") != std::string::npos, status);
  BOOST_TEST(dialog->missingTemplates() == std::vector<std::string>{"hd_chuyen_nhuong"});
  const auto ids = dialog->templateIds();
  BOOST_TEST(ids.size() > 1u);
  BOOST_TEST((std::find(ids.begin(), ids.end(), "hd_chuyen_nhuong") != ids.end()));
  BOOST_TEST(dialog->selectTemplate(ids[0] == "hd_chuyen_nhuong" ? ids[1] : ids[0]));  // another one can be chosen
  BOOST_TEST((dialog->findings().empty() || dialog->findings().front().id != "template.missing"));
  saveScreenshot(*dialog, artifactDirectory() / "desk_bad_input_template_missing.png");
  dialog->Destroy();
  pumpEvents(50ms);
  BOOST_TEST(caseJson(c.id) == caseBefore);
  BOOST_TEST(integrityCheck(file) == "ok");
}

BOOST_FIXTURE_TEST_CASE(printing_without_a_printer_offers_export_and_closing_mid_render_does_not_wait, DocumentDesk) {
  const model::Case& c = firstTransfer();
  const std::string caseBefore = caseJson(c.id);
  {  // an edit saved before the close must stay
    auto db = storage::Database::open({.path = file, .create = false});
    BOOST_REQUIRE(db);
    BOOST_REQUIRE((*db)->settings().set("office.phone", "0233 3870 123", "test").ok());
  }
  auto* frame = new gui::MainFrame();
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(file, false).ok());
  frame->searchBox().ChangeValue(gui::toWx(c.code));
  frame->runSearch();
  BOOST_REQUIRE(frame->shownCaseCount() >= 1u);
  frame->selectRow(0);
  pumpEvents(50ms);
  frame->ProcessCommand(XRCID("case_documents"));  // modeless: the desk stays usable
  auto* dialog = dynamic_cast<gui::DocumentDialog*>(wxWindow::FindWindowByName(wxASCII_STR("document_dialog"), frame));
  BOOST_REQUIRE(dialog);
  BOOST_TEST(!dialog->IsModal());
  dialog->setDate(year(2026) / February / 5);
  BOOST_REQUIRE(dialog->selectTemplate("hd_chuyen_nhuong"));

  // No CUPS on this machine: no print dialog, a message, and the PDF export offered.
  BOOST_REQUIRE(dialog->renderPreview());
  BOOST_REQUIRE(renderDone(*dialog));
  BOOST_REQUIRE_MESSAGE(!dialog->failure(), (dialog->failure() ? dialog->failure()->en : ""));
  const auto started = steady_clock::now();
  BOOST_TEST(!dialog->print());
  BOOST_TEST_MESSAGE("print_without_printer_ms=" << duration_cast<milliseconds>(steady_clock::now() - started).count());
  BOOST_TEST(duration_cast<milliseconds>(steady_clock::now() - started).count() < 2000);
  const std::string status = gui::toUtf8(dialog->statusText());
  BOOST_TEST(status.find("máy in") != std::string::npos, status);
  BOOST_TEST(status.find("Xuất PDF") != std::string::npos, status);
  BOOST_TEST(dialog->exportOffered());
  BOOST_TEST(dialog->exportPdf(dir / "instead.pdf"));

  // A second render, and the desk closed (Ctrl+Q does Close) while LibreOffice works: no wait, nothing left.
  BOOST_REQUIRE(dialog->renderPreview());
  BOOST_REQUIRE(dialog->busy());
  const auto closing = steady_clock::now();
  frame->Close(true);
  BOOST_REQUIRE(pumpUntil([&] { return wxTopLevelWindows.Find(frame) == nullptr; }, 2s));
  BOOST_TEST_MESSAGE("close_mid_render_ms=" << duration_cast<milliseconds>(steady_clock::now() - closing).count());
  BOOST_TEST(duration_cast<milliseconds>(steady_clock::now() - closing).count() < 2000);
  BOOST_TEST(gui::DocumentDialog::abandonedRenders() == 1);
  BOOST_REQUIRE(pumpUntil([] { return gui::DocumentDialog::abandonedRenders() == 0; }, 180s));
  BOOST_TEST(strayDataFiles().empty());
  BOOST_TEST(integrityCheck(file) == "ok");
  BOOST_TEST(caseJson(c.id) == caseBefore);
  auto db = storage::Database::open({.path = file, .create = false});
  BOOST_REQUIRE(db);
  BOOST_TEST((*db)->settings().all()->at("office.phone") == "0233 3870 123");
}

BOOST_AUTO_TEST_SUITE_END()
