// Navigation of the desk window from the keyboard under Xvfb: the View menu's sections and Help → shortcuts, whose
// list is read from the menu bar itself.
#include <set>

#include <boost/test/unit_test.hpp>
#include <wx/dialog.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/toolbar.h>
#include <wx/xrc/xmlres.h>

#include "case_list_ctrl.h"
#include "dashboard_panel.h"
#include "desk_icons.h"
#include "demo_database.h"
#include "main_frame.h"
#include "shortcuts_dialog.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace std::chrono_literals;

BOOST_AUTO_TEST_CASE(sections_and_shortcuts_are_reachable_from_the_keyboard) {
  test::TempDir dir;
  test::makeDemoDatabase(dir / "demo.sqlite", 20);
  auto* frame = new gui::MainFrame();
  frame->SetSize(frame->FromDIP(wxSize(1280, 780)));
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(dir / "demo.sqlite", false).ok());
  test::pumpEvents(100ms);

  std::set<std::string> keys;
  for (const auto& [label, accel] : gui::menuShortcuts(*frame->GetMenuBar())) {
    BOOST_TEST_MESSAGE(gui::toUtf8(accel) << "  " << gui::toUtf8(label));
    keys.insert(gui::toUtf8(accel));
  }
  for (const char* expected : {"Ctrl+O", "Ctrl+F", "F5", "Ctrl+D", "Ctrl+T", "F6", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "F1"})
    BOOST_TEST(keys.count(expected) == 1u, expected << " is not in the shortcut list");
  {
    gui::ShortcutsDialog dialog(frame, *frame->GetMenuBar());
    BOOST_TEST(dialog.shortcutCount() == static_cast<long>(gui::menuShortcuts(*frame->GetMenuBar()).size()));
    dialog.Show();
    test::pumpEvents(150ms);
    BOOST_TEST(test::saveScreenshot(dialog, test::artifactDirectory() / "gui_shortcuts.png"));
  }

  // Ctrl+2 puts the officer on the list with a case selected; Ctrl+1 brings a hidden dashboard back.
  frame->ProcessCommand(XRCID("nav_cases"));
  BOOST_TEST(frame->caseList().selectedRow() == 0);
  frame->ProcessCommand(XRCID("dashboard_show"));
  BOOST_REQUIRE(!frame->dashboard().GetParent()->IsShown());
  frame->ProcessCommand(XRCID("nav_dashboard"));
  BOOST_TEST(frame->dashboard().GetParent()->IsShown());

  // Ctrl+4 opens the reports beside the desk, not modal (a long report blocks nothing); closed, it is gone.
  frame->ProcessCommand(XRCID("nav_reports"));
  auto* reports = dynamic_cast<wxDialog*>(wxWindow::FindWindowByName(wxASCII_STR("reports_dialog"), frame));
  BOOST_REQUIRE(reports);
  BOOST_TEST(reports->IsShown());
  BOOST_TEST(!reports->IsModal());
  BOOST_TEST(frame->IsEnabled());
  reports->Close();
  test::pumpEvents(100ms);
  BOOST_TEST(!wxWindow::FindWindowByName(wxASCII_STR("reports_dialog"), frame));
  frame->Destroy();
  test::pumpEvents(50ms);
}

namespace {

// Pixels an icon actually paints (alpha above half), so a blank or failed rendering counts as nothing.
int paintedPixels(const wxBitmap& bitmap) {
  const wxImage image = bitmap.ConvertToImage();
  int painted = 0;
  for (int y = 0; y < image.GetHeight(); ++y)
    for (int x = 0; x < image.GetWidth(); ++x) painted += (!image.HasAlpha() || image.GetAlpha(x, y) > 128) ? 1 : 0;
  return painted;
}

}  // namespace

BOOST_AUTO_TEST_CASE(icons_are_drawn_sharp_at_every_scale) {
  BOOST_REQUIRE(gui::deskIconNames().size() >= 6u);
  for (auto name : gui::deskIconNames()) {
    const wxBitmapBundle icon = gui::deskIcon(name);
    BOOST_REQUIRE(icon.IsOk());
    BOOST_TEST((icon.GetDefaultSize() == wxSize(16, 16)));
    // At 200 % the bundle renders 32 px from the SVG, with about four times the painted pixels: not a blown-up 16 px.
    const wxBitmap small = icon.GetBitmap(wxSize(16, 16)), large = icon.GetBitmap(wxSize(32, 32));
    BOOST_TEST((large.GetSize() == wxSize(32, 32)));
    BOOST_TEST(paintedPixels(small) > 5, name);
    BOOST_TEST(paintedPixels(large) > 2 * paintedPixels(small), name);
  }
  BOOST_TEST(!gui::deskIcon("no-such-icon").IsOk());
  auto* frame = new gui::MainFrame();
  wxToolBarToolBase* find = frame->GetToolBar()->FindById(XRCID("case_find"));
  BOOST_REQUIRE(find);
  BOOST_TEST(find->GetNormalBitmapBundle().IsOk());
  BOOST_TEST(paintedPixels(find->GetNormalBitmapBundle().GetBitmap(wxSize(32, 32))) ==
             paintedPixels(gui::deskIcon("find").GetBitmap(wxSize(32, 32))));
  frame->Destroy();
  test::pumpEvents(20ms);
}
