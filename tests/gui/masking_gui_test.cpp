// ID masking per role in the real desk window under Xvfb: an officer of each of the five roles logs in through the
// login dialog of the main window, and the case detail, the register view and the inbox list show a party's ID
// number whole or masked exactly as the core's permission table says (view-personal-data). Opening a case's detail
// leaves one case.view audit entry (officer, case, time); repaints and listing leave none.
#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

#include <boost/test/unit_test.hpp>
#include <wx/html/htmlwin.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/modalhook.h>
#include <wx/xrc/xmlres.h>

#include "access/accounts.h"
#include "access/permissions.h"
#include "case_list_ctrl.h"
#include "demo/synthetic_cases.h"
#include "inbox_panel.h"
#include "login_dialog.h"
#include "main_frame.h"
#include "register/authentication.h"
#include "register/register_fixture.h"
#include "register_panel.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"
#include "storage/inbox_repository.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono_literals;

namespace {

std::string loginOf(const access::RoleInfo& r) { return "cb-" + std::string(r.key); }
std::string passwordOf(const access::RoleInfo& r) { return "mat-khau-" + std::string(r.key); }

// Demo cases plus one authenticated transfer (a register line naming the seller's CCCD), a Zalo photo whose file
// name carries that number, and one officer per role.
struct MaskingDesk : RegisterFixture {
  model::Case sold = cleanTransfer("BA 685616", "45", "12");
  const std::string number = "044080001234";  // the seller's CCCD in cleanTransfer
  std::vector<access::RoleInfo> roles = access::roles();

  MaskingDesk() {
    sold.documents.back().fileName = "cccd_" + number + ".jpg";  // a scan named after the card: masked too
    auto demo = demo::syntheticCases(5, 20260205, localNow());
    BOOST_REQUIRE(db->cases().addAll(demo, "test").ok());
    add(sold);
    registry::AuthenticateRequest r;
    r.caseCode = sold.code;
    r.receiptNo = "BL-01";
    r.at = at("2026-03-02T10:30:00");
    r.signer.declared = true;
    r.actor = "test";
    auto done = registry::authenticate(*db, rules, papers, r);
    BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().en));
    addInboxPhoto();
    // The administrator first: in single-desk mode the first account must be one.
    std::stable_partition(roles.begin(), roles.end(),
                          [](const auto& i) { return i.role == access::Role::Administrator; });
    for (const auto& i : roles) {
      auto added = access::addUser(*db, loginOf(i), i.vi, i.key, passwordOf(i));
      BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? "" : added.error().en));
    }
  }

  void addInboxPhoto() {
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    const auto png = dir / "photo.png";
    BOOST_REQUIRE(wxImage(24, 16).SaveFile(gui::pathToWx(png), wxBITMAP_TYPE_PNG));
    std::ostringstream bytes;
    bytes << std::ifstream(png, std::ios::binary).rdbuf();
    auto sha = storage::fileStoreIn(file.parent_path()).putBytes(bytes.str());  // the desk's data folder
    BOOST_REQUIRE(sha.ok());
    storage::InboxItem i;
    i.channel = storage::InboxChannel::Zalo;
    i.receivedAt = at("2026-03-01T09:00:00");
    i.fileName = "cccd_" + number + ".png";
    i.sha256 = *sha;
    i.mediaType = "image/png";
    i.contentKind = "png";
    i.size = static_cast<int64_t>(bytes.str().size());
    i.origin = png.string();
    BOOST_REQUIRE(storage::InboxRepository(*db).add(i).ok());
  }

  long long views(const std::string& code, const std::string& actor) {
    return rawInt(file, "SELECT COUNT(*) FROM audit_log WHERE action = 'case.view' AND case_code = '" + code +
                            "' AND actor = '" + actor + "'");
  }
};

// Runs `command` and answers the first modal dialog of type D it shows with `script` (ShowModal's result), through
// wx's modal hook: ShowModal returns the script's value without a nested loop. False when no such dialog was shown.
template <class D>
class ModalAnswer : public wxModalDialogHook {
 public:
  explicit ModalAnswer(std::function<int(D&)> script) : script_(std::move(script)) { Register(); }
  ~ModalAnswer() override { Unregister(); }
  bool seen = false;

 protected:
  int Enter(wxDialog* dialog) override {
    auto* d = dynamic_cast<D*>(dialog);
    if (seen || !d) return wxID_NONE;
    seen = true;
    return script_(*d);  // BOOST_TEST only inside: nothing may throw through wx
  }
  void Exit(wxDialog*) override {}

 private:
  std::function<int(D&)> script_;
};

template <class D>
bool whileModal(const std::function<void()>& command, std::function<int(D&)> script) {
  ModalAnswer<D> hook(std::move(script));
  command();
  return hook.seen;
}

void menu(wxWindow& frame, const char* id) {
  wxCommandEvent event(wxEVT_MENU, XRCID(id));
  event.SetEventObject(&frame);
  frame.GetEventHandler()->ProcessEvent(event);
}

long rowOf(gui::MainFrame& frame, int64_t caseId) {
  for (long row = 0; row < frame.caseList().GetItemCount(); ++row)
    if (const auto* s = frame.caseList().caseAt(row); s && s->id == caseId) return row;
  return -1;
}

// The row's detail as an officer gets it: no row selected, then a click on it.
void openCase(gui::MainFrame& frame, long row) {
  for (long r = 0; r < frame.caseList().GetItemCount(); ++r) frame.caseList().SetItemState(r, 0, wxLIST_STATE_SELECTED);
  pumpEvents(30ms);
  frame.selectRow(row);
  pumpEvents(150ms);
}

}  // namespace

BOOST_AUTO_TEST_CASE(each_role_sees_id_numbers_as_the_permission_table_says_and_each_opening_is_audited_once) {
  MaskingDesk desk;
  const std::string masked = access::maskIdNumber(desk.number);
  auto* frame = new gui::MainFrame();
  frame->SetSize(frame->FromDIP(wxSize(1280, 780)));
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(desk.file, false).ok());
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 20s));

  size_t maskedRoles = 0, wholeRoles = 0;
  for (const auto& role : desk.roles) {
    const std::string login = loginOf(role);
    const bool full = access::roleAllows(role.role, access::Permission::ViewPersonalData);
    ++(full ? wholeRoles : maskedRoles);
    BOOST_TEST_MESSAGE("role " << role.key << (full ? ": whole numbers" : ": masked numbers"));

    // Logging in through the desk's own dialog.
    bool loggedIn = false;
    BOOST_REQUIRE(whileModal<gui::LoginDialog>([&] { loggedIn = frame->loginIfNeeded(); }, [&](gui::LoginDialog& d) {
      d.loginField().SetValue(gui::toWx(login));
      d.passwordField().SetValue(gui::toWx(passwordOf(role)));
      return d.tryLogin().ok() ? wxID_OK : wxID_CANCEL;
    }));
    BOOST_REQUIRE_MESSAGE(loggedIn, login);

    // Case detail: whole or masked, and one view entry however often the pane repaints.
    const long row = rowOf(*frame, desk.sold.id);
    BOOST_REQUIRE(row >= 0);
    BOOST_TEST(desk.views(desk.sold.code, login) == 0);
    openCase(*frame, row);
    const std::string detail = gui::toUtf8(frame->detailPane().ToText());
    BOOST_TEST((detail.find(desk.number) != std::string::npos) == full, role.key << ": " << detail);
    BOOST_TEST((detail.find(masked) != std::string::npos) == !full, role.key << ": " << detail);
    BOOST_TEST(desk.views(desk.sold.code, login) == 1);
    for (int i = 0; i < 3; ++i) {
      frame->detailPane().Refresh();
      frame->detailPane().Update();
      frame->SetSize(frame->FromDIP(wxSize(1200 + 20 * i, 760)));
      pumpEvents(60ms);
    }
    menu(*frame, "case_refresh");  // the list reloads; the open case is not viewed again
    BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 20s));
    BOOST_TEST(desk.views(desk.sold.code, login) == 1);
    // Another case opened: its own entry, none more for the first.
    const long other = rowOf(*frame, desk.sold.id) == 0 ? 1 : 0;
    const std::string otherCode = frame->caseList().caseAt(other)->code;
    openCase(*frame, other);
    BOOST_TEST(desk.views(otherCode, login) == 1);
    BOOST_TEST(desk.views(desk.sold.code, login) == 1);
    BOOST_TEST(rawInt(desk.file, "SELECT COUNT(*) FROM audit_log WHERE action = 'case.view' AND actor = '" + login +
                                     "' AND at <> '' AND object_ref = case_code") == 2);

    // Register view (Register menu, modal): the register line's parties.
    std::string line;
    BOOST_REQUIRE(whileModal<gui::RegisterDialog>([&] { menu(*frame, "register_view"); }, [&](gui::RegisterDialog& d) {
      d.showPeriod(2026, std::nullopt);
      if (d.entryCount() == 1u) line = gui::toUtf8(d.entryList().GetItemText(0, 4));
      return wxID_CANCEL;
    }));
    BOOST_TEST(line.find("Nguyễn Văn Đông") != std::string::npos, role.key << ": " << line);
    BOOST_TEST((line.find(desk.number) != std::string::npos) == full, role.key << ": " << line);
    BOOST_TEST((line.find(masked) != std::string::npos) == !full, role.key << ": " << line);

    // Inbox window (F7): the photo's file name.
    menu(*frame, "inbox_show");
    wxWindow* inboxWindow = wxWindow::FindWindowByName(wxASCII_STR("inbox_window"), frame);
    BOOST_REQUIRE(inboxWindow);
    auto* items = XRCCTRL(*inboxWindow, "inbox_items", wxListCtrl);
    BOOST_REQUIRE(items);
    BOOST_REQUIRE_EQUAL(items->GetItemCount(), 1);
    const std::string name = gui::toUtf8(items->GetItemText(0, 0));
    BOOST_TEST(name.starts_with("cccd_"), name);
    BOOST_TEST((name.find(desk.number) != std::string::npos) == full, role.key << ": " << name);
    BOOST_TEST((name.find(masked) != std::string::npos) == !full, role.key << ": " << name);
    inboxWindow->Hide();
  }
  BOOST_TEST(maskedRoles >= 1u);  // the table has both kinds, so a screen showing the wrong one fails above
  BOOST_TEST(wholeRoles >= 1u);
  frame->Destroy();
  pumpEvents(100ms);
}

// The Inbox's background jobs (watched folders, mail, reading a paper) open their own connection: they act as the
// officer logged in at the desk, so a justice officer's watched folder is taken in and a read-only officer's is not.
BOOST_AUTO_TEST_CASE(inbox_jobs_act_as_the_officer_logged_in_at_the_desk) {
  MaskingDesk desk;
  const auto folder = desk.dir / "zalo";
  std::filesystem::create_directories(folder);
  BOOST_REQUIRE(storage::InboxRepository(*desk.db).addWatchedFolder(folder.string()).ok());
  auto* frame = new gui::MainFrame();
  frame->Show();
  BOOST_REQUIRE(frame->openDatabase(desk.file, false).ok());
  BOOST_REQUIRE(pumpUntil([&] { return !frame->loading(); }, 20s));
  for (access::Role wanted : {access::Role::ReadOnly, access::Role::JusticeOfficer}) {
    const auto role = *std::find_if(desk.roles.begin(), desk.roles.end(), [&](const auto& r) { return r.role == wanted; });
    BOOST_REQUIRE(whileModal<gui::LoginDialog>([&] { (void)frame->loginIfNeeded(); }, [&](gui::LoginDialog& d) {
      d.loginField().SetValue(gui::toWx(loginOf(role)));
      d.passwordField().SetValue(gui::toWx(passwordOf(role)));
      return d.tryLogin().ok() ? wxID_OK : wxID_CANCEL;
    }));
    BOOST_REQUIRE(wxImage(20 + static_cast<int>(wanted), 12).SaveFile(gui::pathToWx(folder / (std::string(role.key) + ".png")),
                                                                     wxBITMAP_TYPE_PNG));
    menu(*frame, "inbox_show");
    wxWindow* inboxWindow = wxWindow::FindWindowByName(wxASCII_STR("inbox_window"), frame);
    BOOST_REQUIRE(inboxWindow);
    auto* inbox = dynamic_cast<gui::InboxPanel*>(wxWindow::FindWindowByName(wxASCII_STR("inbox_panel"), inboxWindow));
    BOOST_REQUIRE(inbox);
    BOOST_REQUIRE(pumpUntil([&] { return !inbox->busy(); }, 20s));  // a check the panel's timer may have started
    inbox->checkFoldersNow();
    BOOST_REQUIRE(pumpUntil([&] { return !inbox->busy(); }, 20s));
    pumpEvents(100ms);
    const bool mayEdit = access::roleAllows(role.role, access::Permission::EditCases);
    // The fixture's photo, plus both pictures of the folder once an officer who may take papers in is at the desk
    // (the one refused to the read-only officer waited for them).
    BOOST_TEST(inbox->itemCount() == (mayEdit ? 3u : 1u), role.key << ": " << inbox->itemCount());
    inboxWindow->Hide();
  }
  frame->Destroy();
  pumpEvents(100ms);
}
