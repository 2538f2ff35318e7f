// The register tools under Xvfb on a real database: the register view (month list, verify catching an edit made
// to the file, year-end closing), the fee and tax panel of a case, the blocked-parcel list with an import, and
// the Register menu of the main window. A screenshot of the register view is left as a test artefact (one per
// process: under Xvfb later captures of the screen came back stale).
#include <fstream>

#include <boost/test/unit_test.hpp>
#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/xrc/xmlres.h>

#include "blocked_parcels_dialog.h"
#include "fee_tax_panel.h"
#include "main_frame.h"
#include "register/authentication.h"
#include "register/register_fixture.h"
#include "register_panel.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono_literals;

namespace {

// Two authenticated cases (one in 2025, one in March 2026) on a desk database.
struct RegisterDesk : RegisterFixture {
  model::Case march = cleanTransfer("BA 685616", "45", "12");
  model::Case december = cleanTransfer("AA 01695788", "7", "3");

  RegisterDesk() {
    december.receivedAt = at("2025-12-01T08:00:00");
    add(december);
    add(march);
    authenticateAt(december, "2025-12-02T10:00:00", "BL-2025-77");
    authenticateAt(march, "2026-03-02T10:30:00", "BL-01");
  }
  void authenticateAt(const model::Case& c, const std::string& when, const std::string& receipt) {
    registry::AuthenticateRequest r;
    r.caseCode = c.code;
    r.receiptNo = receipt;
    r.at = at(when);
    r.signer.declared = true;
    r.actor = "test";
    auto done = registry::authenticate(*db, rules, papers, r);
    BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().en));
  }
};

std::string utf8(const wxString& s) { return gui::toUtf8(s); }

void shoot(wxWindow& w, const char* name) {
  w.Show();
  w.Raise();
  pumpUntil([&] { return w.IsShownOnScreen(); }, 3s);
  w.Refresh();
  w.Update();
  pumpEvents(600ms);
  BOOST_TEST(saveScreenshot(w, artifactDirectory() / name));
}

}  // namespace

BOOST_AUTO_TEST_CASE(register_view_lists_verifies_and_closes) {
  RegisterDesk desk;
  auto* dialog = new gui::RegisterDialog(nullptr, *desk.db, "Võ Văn Thành");
  dialog->showPeriod(2026, 3u);
  BOOST_TEST(dialog->entryCount() == 1u);
  BOOST_TEST(utf8(dialog->entryList().GetItemText(0, 0)) == "01/2026");
  BOOST_TEST(utf8(dialog->entryList().GetItemText(0, 6)) == "50.000 đ");
  dialog->showPeriod(2026, 4u);
  BOOST_TEST(dialog->entryCount() == 0u);
  dialog->showPeriod(2026, std::nullopt);
  BOOST_TEST(dialog->entryCount() == 1u);
  BOOST_TEST(dialog->verifyNow());
  BOOST_REQUIRE(dialog->FindWindow(XRCID("register_done")));
  BOOST_TEST(utf8(dialog->FindWindow(XRCID("register_done"))->GetLabel()) == "Đón&g");
  BOOST_TEST(utf8(dialog->statusText()).find("2") != std::string::npos);
  shoot(*dialog, "register_view.png");

  // The year-end closing of 2025 from the dialog: stated total, then the button is off.
  dialog->showPeriod(2025, std::nullopt);
  BOOST_REQUIRE(dialog->closeShownYear().ok());
  BOOST_TEST(utf8(dialog->statusText()).find("Võ Văn Thành") != std::string::npos);
  BOOST_TEST(!XRCCTRL(*dialog, "register_close_year", wxButton)->IsEnabled());

  // An edit made to the file behind the application's back is named by the verify button.
  BOOST_REQUIRE(rawSql(desk.file, "DROP TRIGGER register_entry_no_update; "
                                  "UPDATE register_entry SET fee = 5000 WHERE year = 2026 AND number = 1"));
  BOOST_TEST(!dialog->verifyNow());
  BOOST_TEST(utf8(dialog->statusText()).find("1/2026") != std::string::npos);
  dialog->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(fee_and_tax_panel_shows_each_figure_with_its_basis) {
  RegisterDesk desk;
  auto* dialog = new gui::FeeTaxDialog(nullptr, *desk.db, desk.rules, desk.march.id);
  BOOST_TEST(dialog->feeTotal() == 50000);
  BOOST_REQUIRE(dialog->feeLines().GetItemCount() == 2);  // the recorded fee and the total
  BOOST_TEST(utf8(dialog->feeLines().GetItemText(0, 2)).find("BL-01") != std::string::npos);
  BOOST_TEST(utf8(dialog->feeLines().GetItemText(0, 3)).find("226/2016") != std::string::npos);

  BOOST_REQUIRE(dialog->estimate().ok());
  const int64_t plain = dialog->taxTotal();
  BOOST_TEST(plain == 25'000'000 + 6'250'000);  // 2 % PIT and 0,5 % registration fee on 1.250.000.000 đ
  for (long row = 0; row + 1 < dialog->taxLines().GetItemCount(); ++row)
    BOOST_TEST(!dialog->taxLines().GetItemText(row, 3).empty(), "row " << row << " has no legal basis");
  dialog->setOnlyHome(true);
  BOOST_REQUIRE(dialog->estimate().ok());
  BOOST_TEST(dialog->taxTotal() == 6'250'000);  // only home: no PIT
  dialog->setOnlyHome(false);
  BOOST_REQUIRE(dialog->chooseRelationship("parent_child"));
  BOOST_REQUIRE(dialog->estimate().ok());
  BOOST_TEST(dialog->taxTotal() < plain);
  BOOST_TEST(!dialog->chooseRelationship("neighbour"));
  dialog->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(blocked_parcel_list_imports_and_names_bad_rows) {
  RegisterDesk desk;
  auto* dialog = new gui::BlockedParcelsDialog(nullptr, *desk.db, "test");
  BOOST_TEST(dialog->noticeCount() == 0u);
  std::ofstream(desk.dir / "bad.csv") << "issuer_kind,issuer,document_number,document_date,gcn_serial\n"
                                         "court,TAND khu vực 2,12/2026/QĐ-BPKCTT,20/02/2026,BA 685616\n"
                                         "court,TAND khu vực 2,13/2026/QĐ-BPKCTT,31/02/2026,BA 685617\n";
  auto bad = dialog->importFile(desk.dir / "bad.csv");
  BOOST_REQUIRE(bad.ok());
  BOOST_TEST(!bad->written);
  BOOST_TEST(dialog->noticeCount() == 0u);
  BOOST_TEST(utf8(dialog->statusText()).find("31/02/2026") != std::string::npos);
  std::ofstream(desk.dir / "good.csv") << "issuer_kind,issuer,document_number,document_date,gcn_serial,owner\n"
                                          "court,TAND khu vực 2,12/2026/QĐ-BPKCTT,20/02/2026,BA 685616,Nguyễn Văn Đông\n";
  auto good = dialog->importFile(desk.dir / "good.csv");
  BOOST_REQUIRE(good.ok());
  BOOST_TEST(good->written);
  BOOST_REQUIRE(dialog->noticeCount() == 1u);
  BOOST_TEST(utf8(dialog->noticeList().GetItemText(0, 2)) == "12/2026/QĐ-BPKCTT");
  BOOST_TEST(utf8(dialog->noticeList().GetItemText(0, 5)) == "Nguyễn Văn Đông");
  dialog->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(the_main_window_has_the_register_menu) {
  auto* frame = new gui::MainFrame();
  wxMenuBar* bar = frame->GetMenuBar();
  BOOST_REQUIRE(bar);
  for (const char* id : {"register_view", "case_fees_taxes", "blocked_parcels"})
    BOOST_TEST(bar->FindItem(wxXmlResource::GetXRCID(wxString::FromUTF8(id))) != nullptr, id);
  frame->Destroy();
  pumpEvents(50ms);
}
