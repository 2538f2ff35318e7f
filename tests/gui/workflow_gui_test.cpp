// The workflow in the desk window under Xvfb on a real database: the dashboard strip (sections, counts, a row
// opening its case in the list) and the "Next step" dialog (only allowed states, a refused step showing its reason,
// a recorded step, the correction of the latest one). A screenshot is left as a test artefact. The Close buttons of
// the desk's dialogs say "Đóng" in the Vietnamese desk, as GTK draws them.
#include <boost/test/unit_test.hpp>
#include <dlfcn.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/xrc/xmlres.h>

#include <set>

#include "case_actions_dialog.h"
#include "case_list_ctrl.h"
#include "dashboard_panel.h"
#include "document_dialog.h"
#include "main_frame.h"
#include "verify_dialog.h"
#include "workflow/transitions.h"
#include "workflow/workflow_fixture.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono_literals;
using S = model::CaseStatus;

namespace {

// A desk with cases in known stages, as of Wednesday 2026-03-04 10:00.
struct WorkflowDesk : WorkflowFixture {
  int64_t late, dueToday, waiting, atOffice;
  WorkflowDesk() {
    late = addCase("2026-02-26 09:00");
    BOOST_REQUIRE(step(late, S::Drafting, "2026-03-02 08:00").ok());
    dueToday = addCase("2026-03-02 09:00");
    BOOST_REQUIRE(step(dueToday, S::Drafting, "2026-03-02 10:00").ok());
    waiting = addCase("2026-03-02 09:00");
    BOOST_REQUIRE(step(waiting, S::WaitingForPapers, "2026-03-03 09:00", "Thiếu giấy chứng tử").ok());
    atOffice = addCase("2026-02-20 09:00");
    drive(atOffice, {S::Authenticated, S::Filed}, "2026-03-02 09:00");
  }
  std::string code(int64_t id) { return state(id).code; }
};

// What GTK draws on a button, "stock:" in front when GTK takes the label from its own stock item. wx draws a button
// whose id is a stock id (wxID_CLOSE) and whose label equals wx's stock label (translated through our catalog too:
// "Đón&g") as GTK's stock "gtk-close", which GTK labels from its own catalog in the process locale — "Close" under
// C — while wx's GetLabel still says "Đón&g". So the test asks GTK, through the library wx already loaded.
std::string drawnLabel(wxWindow& button) {
  using Text = const char* (*)(void*);
  using Flag = int (*)(void*);
  static const auto label = reinterpret_cast<Text>(::dlsym(RTLD_DEFAULT, "gtk_button_get_label"));
  static const auto stock = reinterpret_cast<Flag>(::dlsym(RTLD_DEFAULT, "gtk_button_get_use_stock"));
  BOOST_REQUIRE_MESSAGE(label && stock, "GTK 3 is not loaded");
  const char* text = label(button.GetHandle());
  return std::string(stock(button.GetHandle()) ? "stock:" : "") + (text ? text : "");
}

// Every button of `window` as GTK draws it, for the message of a failed check.
std::string stockButtons(wxWindow& window) {
  std::string found;
  for (wxWindow* child : window.GetChildren()) {
    if (auto* button = dynamic_cast<wxButton*>(child); button && drawnLabel(*button).rfind("stock:", 0) == 0)
      found += " " + drawnLabel(*button);
    found += stockButtons(*child);
  }
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(workflow_gui)

BOOST_AUTO_TEST_CASE(dashboard_strip_in_the_main_window) {
  WorkflowDesk desk;
  auto* frame = new gui::MainFrame();
  frame->SetSize(frame->FromDIP(wxSize(1280, 800)));
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(desk.dir / "desk.sqlite", false).ok());
  pumpEvents(100ms);
  gui::DashboardPanel& dash = frame->dashboard();
  BOOST_REQUIRE(dash.refresh(at("2026-03-04 10:00")).ok());
  BOOST_REQUIRE(dash.data().has_value());
  BOOST_TEST(dash.data()->overdue.total == 1);
  BOOST_TEST(dash.data()->dueSoon.total == 1);
  BOOST_TEST(dash.data()->waitingPapers.total == 1);
  BOOST_TEST(dash.data()->waitingResult.total == 1);

  dash.showSection(gui::DashboardPanel::Overdue);
  BOOST_REQUIRE(dash.rowCount() == 1);
  BOOST_TEST(dash.codeAt(0) == desk.code(desk.late));
  dash.showSection(gui::DashboardPanel::DueSoon);
  BOOST_REQUIRE(dash.rowCount() == 1);
  BOOST_TEST(dash.codeAt(0) == desk.code(desk.dueToday));
  dash.showSection(gui::DashboardPanel::WaitingPapers);
  BOOST_TEST(dash.rowCount() == 1);
  // The section choice shows each count, in Vietnamese.
  auto* choice = XRCCTRL(dash, "dashboard_section", wxChoice);
  BOOST_REQUIRE(choice);
  BOOST_TEST(gui::toUtf8(choice->GetString(gui::DashboardPanel::Overdue)) == "Quá hạn (1)");

  // Activating a row finds the case in the main list and shows it.
  dash.showSection(gui::DashboardPanel::WaitingResult);
  dash.activate(0);
  pumpEvents(100ms);
  const long row = frame->caseList().selectedRow();
  BOOST_REQUIRE(row >= 0);
  BOOST_TEST(frame->caseList().caseAt(row)->code == desk.code(desk.atOffice));

  dash.showSection(gui::DashboardPanel::Overdue);
  pumpEvents(100ms);
  BOOST_TEST(saveScreenshot(*frame, artifactDirectory() / "workflow_dashboard.png"));
  frame->Destroy();
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_CASE(next_step_dialog_offers_only_allowed_states_and_records_steps) {
  WorkflowDesk desk;
  gui::CaseActionsDialog dialog(nullptr, *desk.db, desk.dueToday, "huong");
  // Drafting: every allowed next state; authentication is written by the register (number and fee with it).
  std::set<S> expected;
  for (S s : workflow::allowedNext(S::Drafting)) expected.insert(s);
  BOOST_TEST((std::set<S>(dialog.offered().begin(), dialog.offered().end()) == expected));
  BOOST_REQUIRE(dialog.selectState(S::Authenticated));
  BOOST_TEST(!dialog.apply());  // no fee receipt, no signer declaration: refused, nothing written
  BOOST_TEST(!dialog.errorText().empty());
  BOOST_TEST((desk.state(desk.dueToday).status == S::Drafting));
  BOOST_TEST(!dialog.selectState(S::Collected));
  BOOST_TEST(dialog.historyRows() == 1);

  // Waiting for papers needs a note: refused in the dialog, nothing written.
  BOOST_REQUIRE(dialog.selectState(S::WaitingForPapers));
  dialog.setField("at", wxASCII_STR("2026-03-03 09:00"));
  dialog.setField("note", wxString());
  BOOST_TEST(!dialog.apply());
  BOOST_TEST(gui::toUtf8(dialog.errorText()).find("Thiếu thông tin") != std::string::npos);
  BOOST_TEST((desk.state(desk.dueToday).status == S::Drafting));
  // A time typed wrongly is refused with the field named.
  dialog.setField("at", wxASCII_STR("3/3/2026 9h"));
  dialog.setField("note", gui::toWx("Thiếu giấy chứng nhận kết hôn"));
  BOOST_TEST(!dialog.apply());
  dialog.setField("at", wxASCII_STR("2026-03-03 09:00"));
  BOOST_REQUIRE(dialog.apply());
  BOOST_TEST((desk.state(desk.dueToday).status == S::WaitingForPapers));
  BOOST_TEST(dialog.historyRows() == 2);
  // Now only the way back (to drafting), refusal and withdrawal are offered.
  BOOST_TEST((std::set<S>(dialog.offered().begin(), dialog.offered().end()) ==
              std::set<S>{S::Drafting, S::Refused, S::Withdrawn}));

  // Undoing the latest step needs a reason; with one it is a correcting event.
  BOOST_TEST(!dialog.undoLatest());
  dialog.setField("note", gui::toWx("Bấm nhầm"));
  BOOST_REQUIRE(dialog.undoLatest());
  BOOST_TEST((desk.state(desk.dueToday).status == S::Drafting));
  BOOST_TEST(dialog.historyRows() == 3);
  BOOST_TEST(dialog.changed());
}

// The "Close" of Next step showed in English in the Vietnamese desk although the catalog translates it: see
// drawnLabel. The dialogs' close buttons have their own names now (Esc still closes), so GTK draws our label.
BOOST_AUTO_TEST_CASE(close_buttons_say_dong_in_the_vietnamese_desk) {
  WorkflowDesk desk;
  auto closeOf = [](wxDialog& dialog, const char* name) {
    auto* close = dynamic_cast<wxButton*>(dialog.FindWindow(wxXmlResource::GetXRCID(wxString::FromUTF8(name))));
    BOOST_REQUIRE_MESSAGE(close, name);
    BOOST_TEST(drawnLabel(*close) == "Đón_g", name);
    BOOST_TEST(gui::toUtf8(close->GetLabelText()) == "Đóng", name);
    BOOST_TEST(dialog.GetEscapeId() == close->GetId(), name);  // Esc presses it
    BOOST_TEST(stockButtons(dialog).empty(), name << ":" << stockButtons(dialog));
  };
  {
    gui::CaseActionsDialog dialog(nullptr, *desk.db, desk.dueToday, "huong");
    closeOf(dialog, "case_actions_close");
    // The button still ends the dialog as before: nothing recorded, so "cancelled".
    auto* close = dialog.FindWindow(XRCID("case_actions_close"));
    wxTheApp->CallAfter([close] {
      wxCommandEvent click(wxEVT_BUTTON, close->GetId());
      click.SetEventObject(close);
      close->GetEventHandler()->ProcessEvent(click);
    });
    BOOST_TEST(dialog.ShowModal() == wxID_CANCEL);
  }
  auto* documents = new gui::DocumentDialog(nullptr, desk.dir / "desk.sqlite", desk.dueToday);
  closeOf(*documents, "document_close");
  documents->Destroy();
  auto* verify = new gui::VerifyDialog(nullptr, *desk.db, desk.dir.path(), desk.dueToday, "huong");
  closeOf(*verify, "verify_close");
  verify->Destroy();
  // Every other dialog of forms/, loaded as the form describes it: no button drawn by GTK from its own catalog.
  for (const char* name : {"blocked_parcels_dialog", "fee_tax_dialog", "login_dialog", "mail_settings_dialog",
                           "register_dialog", "reports_dialog", "settings_dialog", "setup_wizard", "shortcuts_dialog"}) {
    wxDialog dialog;
    BOOST_REQUIRE_MESSAGE(wxXmlResource::Get()->LoadDialog(&dialog, nullptr, wxString::FromUTF8(name)), name);
    BOOST_TEST(stockButtons(dialog).empty(), name << ":" << stockButtons(dialog));
  }
  pumpEvents(50ms);
}

BOOST_AUTO_TEST_SUITE_END()
