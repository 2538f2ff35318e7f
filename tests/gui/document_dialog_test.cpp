// The documents dialog under Xvfb on a demo database: the templates of the case's kind, readiness findings, a
// contract rendered and converted off the UI thread into preview pages, a PDF exported, a case that is not ready
// refused without writing, and a screenshot as an artefact; exports and prints audited; Ctrl+P from the desk.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <memory>

#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/xrc/xmlres.h>

#include "demo/demo_office.h"
#include "demo_database.h"
#include "document_dialog.h"
#include "main_frame.h"
#include "shortcuts_dialog.h"
#include "storage/audit_repository.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono;

namespace {

struct Desk {
  TempDir dir;
  std::filesystem::path file = dir / "desk.sqlite";
  std::vector<model::Case> cases;

  Desk() {
    cases = makeDemoDatabase(file, 30);
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    BOOST_REQUIRE((*db)->settings().setAll(model::settingsOf(demo::demoOfficeProfile()), "test"));
  }
  const model::Case& firstOf(model::CaseKind kind) const {
    for (const auto& c : cases)
      if (c.kind == kind) return c;
    BOOST_FAIL("no demo case of this kind");
    throw std::logic_error("unreachable");
  }
  // The audit entries of `action` about `code`, read through a connection of the test's own.
  std::vector<storage::AuditEntry> audited(const std::string& action, const std::string& code) {
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    auto all = (*db)->audit().all();
    BOOST_REQUIRE(all);
    std::vector<storage::AuditEntry> found;
    for (const auto& e : *all)
      if (e.action == action && e.caseCode == code) found.push_back(e);
    return found;
  }
};

std::string readStart(const std::filesystem::path& p, size_t n) {
  std::ifstream in(p, std::ios::binary);
  std::string s(n, '\0');
  in.read(s.data(), static_cast<std::streamsize>(n));
  return s;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(document_dialog, Desk)

BOOST_AUTO_TEST_CASE(previews_a_contract_and_exports_the_pdf) {
  const model::Case& c = firstOf(model::CaseKind::TransferWhole);
  auto* dialog = new gui::DocumentDialog(nullptr, file, c.id);
  dialog->Show();
  pumpEvents(50ms);
  dialog->setDate(year(2026) / February / 5);
  const auto ids = dialog->templateIds();
  BOOST_TEST((std::find(ids.begin(), ids.end(), "hd_chuyen_nhuong") != ids.end()));
  BOOST_TEST((std::find(ids.begin(), ids.end(), "hd_tang_cho") == ids.end()));
  BOOST_REQUIRE(dialog->selectTemplate("hd_chuyen_nhuong"));
  BOOST_TEST(!documents::hasBlocking(dialog->findings()));

  BOOST_REQUIRE(dialog->renderPreview());
  BOOST_TEST(dialog->busy());  // LibreOffice runs on the worker thread; the event loop keeps turning
  int turns = 0;
  BOOST_REQUIRE(pumpUntil([&] { ++turns; return !dialog->busy(); }, 180s));
  BOOST_TEST(turns > 1);
  BOOST_REQUIRE_MESSAGE(!dialog->failure(), (dialog->failure() ? dialog->failure()->en : ""));
  BOOST_REQUIRE(!dialog->pages().empty());
  for (const auto& page : dialog->pages()) BOOST_TEST(readStart(page, 4) == "\x89PNG");
  BOOST_TEST(dialog->renderedDocx().has_value());
  const std::string status = gui::toUtf8(dialog->statusText());
  BOOST_TEST(status.find("trang") != std::string::npos, status);

  const auto exported = dir / "hop_dong.pdf";
  BOOST_TEST(dialog->exportPdf(exported));
  BOOST_TEST(readStart(exported, 5) == "%PDF-");
  pumpEvents(300ms);  // let the preview lay out before the picture is taken
  BOOST_TEST(saveScreenshot(*dialog, artifactDirectory() / "document-dialog.png"));
  dialog->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(a_case_that_lacks_data_is_refused_with_the_findings) {
  model::Case c = firstOf(model::CaseKind::TransferWhole);
  {
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    c.parcels[0].price.reset();
    if (c.terms) c.terms->payments.clear();
    BOOST_REQUIRE((*db)->cases().update(c, "test"));
  }
  auto* dialog = new gui::DocumentDialog(nullptr, file, c.id);
  dialog->Show();
  pumpEvents(50ms);
  BOOST_REQUIRE(dialog->selectTemplate("hd_chuyen_nhuong"));
  BOOST_TEST(documents::hasBlocking(dialog->findings()));
  BOOST_TEST(!dialog->renderPreview());
  BOOST_TEST(!dialog->busy());
  BOOST_TEST(!dialog->renderedDocx().has_value());
  BOOST_REQUIRE(dialog->failure().has_value());
  BOOST_TEST(dialog->failure()->code == "document.not_ready");
  BOOST_TEST(!dialog->exportPdf(dir / "none.pdf"));
  BOOST_TEST(!std::filesystem::exists(dir / "none.pdf"));
  dialog->Destroy();
  pumpEvents(50ms);
}

// Issue 9 item 4: a PDF export leaves one audit entry naming the case, the file and the template, written through the
// same AuditRepository::record the CLI's render uses, and the log still verifies intact; a print that found no
// printer (none here) leaves no print entry.
BOOST_AUTO_TEST_CASE(an_export_is_audited_and_a_print_without_printer_is_not) {
  const model::Case& c = firstOf(model::CaseKind::TransferWhole);
  auto* dialog = new gui::DocumentDialog(nullptr, file, c.id);
  dialog->Show();
  pumpEvents(50ms);
  dialog->setDate(year(2026) / February / 5);
  BOOST_REQUIRE(dialog->selectTemplate("hd_chuyen_nhuong"));
  BOOST_REQUIRE(dialog->renderPreview());
  BOOST_REQUIRE(pumpUntil([&] { return !dialog->busy(); }, 180s));
  BOOST_REQUIRE_MESSAGE(!dialog->failure(), (dialog->failure() ? dialog->failure()->en : ""));

  BOOST_TEST(!dialog->print());
  BOOST_REQUIRE(dialog->failure().has_value());
  BOOST_TEST(dialog->failure()->code == "document.no_printer");
  BOOST_TEST(audited("document.print", c.code).empty());

  const auto target = dir / "hợp đồng.pdf";
  BOOST_REQUIRE(dialog->exportPdf(target));
  BOOST_TEST(readStart(target, 5) == "%PDF-");
  const auto exports = audited("document.export", c.code);
  BOOST_REQUIRE(exports.size() == 1u);
  BOOST_TEST(exports[0].objectKind == "file");
  BOOST_TEST(exports[0].objectRef == target.string());
  BOOST_TEST(exports[0].detail == "hd_chuyen_nhuong");
  BOOST_TEST(exports[0].actor == "desk");  // the local desk: this database has no officer accounts
  {
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db);
    auto verified = (*db)->audit().verify();
    BOOST_REQUIRE(verified);
    BOOST_TEST(!verified->brokenAt.has_value(), verified->reason);
    BOOST_TEST(verified->removedAtEnd == 0);
    BOOST_TEST(verified->entries >= 1);
  }
  // An officer without the export right: refused, no file, no entry.
  auto* refused = new gui::DocumentDialog(nullptr, file, c.id, access::Actor::nobody());
  refused->setDate(year(2026) / February / 5);
  BOOST_REQUIRE(refused->selectTemplate("hd_chuyen_nhuong"));
  BOOST_REQUIRE(refused->renderPreview());
  BOOST_REQUIRE(pumpUntil([&] { return !refused->busy(); }, 180s));
  BOOST_TEST(!refused->exportPdf(dir / "refused.pdf"));
  BOOST_TEST(!std::filesystem::exists(dir / "refused.pdf"));
  BOOST_TEST(audited("document.export", c.code).size() == 1u);
  refused->Destroy();
  dialog->Destroy();
  pumpEvents(50ms);
}

// Ctrl+P on a case selected in the desk (issue 8): the menu command with its accelerator, listed in Help → shortcuts,
// opens the case's documents, renders the contract and goes down the Print button's path: no printer here, so the
// message and Export PDF offered, no crash, no print entry.
BOOST_AUTO_TEST_CASE(ctrl_p_prints_the_selected_case_contract) {
  const model::Case& c = firstOf(model::CaseKind::TransferWhole);
  auto* frame = new gui::MainFrame();
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(file, false).ok());
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 10s));
  wxMenuItem* item = frame->GetMenuBar()->FindItem(XRCID("case_print"));
  BOOST_REQUIRE(item);
  std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
  BOOST_REQUIRE(accel);
  BOOST_TEST(accel->GetFlags() == wxACCEL_CTRL);
  BOOST_TEST(accel->GetKeyCode() == 'P');
  BOOST_TEST(gui::toUtf8(item->GetItemLabelText()) == "In hợp đồng...");
  bool listed = false;
  for (const auto& [label, keys] : gui::menuShortcuts(*frame->GetMenuBar()))
    listed = listed || (keys == wxASCII_STR("Ctrl+P") && gui::toUtf8(label).find("In hợp đồng") != std::string::npos);
  BOOST_TEST(listed);

  frame->searchBox().ChangeValue(gui::toWx(c.code));
  frame->runSearch();
  BOOST_REQUIRE(frame->shownCaseCount() == 1u);
  frame->selectRow(0);
  frame->ProcessCommand(XRCID("case_print"));
  gui::DocumentDialog* dialog = nullptr;
  for (wxWindow* w : wxTopLevelWindows)
    if (auto* d = dynamic_cast<gui::DocumentDialog*>(w); d && d->IsShown()) dialog = d;
  BOOST_REQUIRE(dialog);
  BOOST_REQUIRE(pumpUntil([&] { return !dialog->busy(); }, 180s));
  BOOST_TEST(!dialog->pages().empty());  // the contract was rendered …
  BOOST_REQUIRE(dialog->failure().has_value());
  BOOST_TEST(dialog->failure()->code == "document.no_printer", dialog->failure()->en);  // … and printing tried
  BOOST_TEST(dialog->exportOffered());
  BOOST_TEST(gui::toUtf8(dialog->statusText()).find("máy in") != std::string::npos);
  BOOST_TEST(audited("document.print", c.code).empty());
  dialog->Destroy();
  frame->Destroy();
  pumpEvents(100ms);
}

BOOST_AUTO_TEST_SUITE_END()
