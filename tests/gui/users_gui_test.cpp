// Officer accounts in the desk app on a real demo database under Xvfb: the Settings page "Cán bộ và quyền" adds,
// unlocks and disables officers through the accounts core (argon2id hashes stored), the login dialog refuses a wrong
// password with the core's Vietnamese message, and a read-only officer sees ID numbers masked in the case page.
#include <string>

#include <boost/test/unit_test.hpp>
#include <wx/notebook.h>
#include <wx/textctrl.h>

#include "access/accounts.h"
#include "access/permissions.h"
#include "case_detail_html.h"
#include "demo_database.h"
#include "login_dialog.h"
#include "settings_dialog.h"
#include "storage/case_repository.h"
#include "storage/database.h"
#include "storage/user_repository.h"
#include "support/temp_dir.h"
#include "users_page.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace std::chrono_literals;

namespace {

struct UsersFixture {
  test::TempDir dir;
  std::vector<model::Case> cases;
  std::unique_ptr<storage::Database> db;

  UsersFixture() {
    cases = test::makeDemoDatabase(dir / "desk.sqlite", 5);
    storage::OpenOptions options;
    options.path = dir / "desk.sqlite";
    auto opened = storage::Database::open(options);
    BOOST_REQUIRE(opened.ok());
    db = std::move(*opened);
  }
  storage::UserRow stored(const std::string& login) {
    auto row = db->users().byLogin(login);
    BOOST_REQUIRE(row.ok());
    BOOST_REQUIRE(row->has_value());
    return **row;
  }
};

void fillForm(gui::UsersPage& page, const std::string& login, const std::string& name, const std::string& role,
              const std::string& password, const std::string& again) {
  page.loginField().SetValue(gui::toWx(login));
  page.nameField().SetValue(gui::toWx(name));
  page.setRole(role, true);
  page.passwordField().SetValue(gui::toWx(password));
  page.passwordAgainField().SetValue(gui::toWx(again));
}

Status logIn(gui::LoginDialog& dialog, const std::string& login, const std::string& password) {
  dialog.loginField().SetValue(gui::toWx(login));
  dialog.passwordField().SetValue(gui::toWx(password));
  return dialog.tryLogin();
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(users_gui, UsersFixture)

BOOST_AUTO_TEST_CASE(officers_are_added_through_the_page_and_log_in_through_the_dialog) {
  gui::SettingsDialog settings(nullptr, *db, "admin");
  wxNotebook& pages = settings.pages();
  gui::UsersPage* page = nullptr;
  for (size_t i = 0; i < pages.GetPageCount(); ++i)
    if (gui::toUtf8(pages.GetPageText(i)) == "Cán bộ và quyền") page = dynamic_cast<gui::UsersPage*>(pages.GetPage(i));
  BOOST_REQUIRE(page != nullptr);
  BOOST_TEST(page->userCount() == 0u);
  // The two passwords differ: nothing stored.
  fillForm(*page, "hoa.admin", "Nguyễn Thị Hoa", "admin", "mat-khau-123", "mat-khau-124");
  BOOST_TEST(!page->addFromForm().ok());
  BOOST_TEST(gui::toUtf8(page->statusText()) == "Hai lần nhập mật khẩu không khớp");
  BOOST_TEST(page->userCount() == 0u);

  fillForm(*page, "hoa.admin", "Nguyễn Thị Hoa", "admin", "mat-khau-123", "mat-khau-123");
  BOOST_REQUIRE(page->addFromForm().ok());
  BOOST_TEST(gui::toUtf8(page->statusText()) == "Đã thêm cán bộ hoa.admin.");
  BOOST_REQUIRE(page->userCount() == 1u);
  BOOST_TEST(gui::toUtf8(page->rowText(0)).find("hoa.admin | Nguyễn Thị Hoa |") == 0u, gui::toUtf8(page->rowText(0)));
  const storage::UserRow admin = stored("hoa.admin");
  BOOST_TEST(admin.passwordHash.rfind("$argon2id$", 0) == 0u, admin.passwordHash);
  BOOST_TEST(admin.passwordHash.find("mat-khau-123") == std::string::npos);
  BOOST_TEST(admin.roles == "admin");

  // From now on the desk needs a login: a wrong password is refused with the core's message, the right one acts.
  gui::LoginDialog login(nullptr, *db);
  Status refused = logIn(login, "hoa.admin", "sai-mat-khau");
  BOOST_TEST(!refused.ok());
  BOOST_TEST(gui::toUtf8(login.statusText()) == refused.error().text(Language::Vietnamese));
  BOOST_TEST(gui::toUtf8(login.statusText()).find("mật khẩu") != std::string::npos, gui::toUtf8(login.statusText()));
  BOOST_TEST(login.passwordField().GetValue().empty());
  BOOST_TEST(db->actor().login != "hoa.admin");
  BOOST_REQUIRE(logIn(login, "hoa.admin", "mat-khau-123").ok());
  BOOST_TEST(db->actor().login == "hoa.admin");

  // The administrator adds a read-only officer; five wrong passwords lock them, the page unlocks them.
  fillForm(*page, "xem", "Trần Văn Xem", "readonly", "chi-xem-456", "chi-xem-456");
  BOOST_REQUIRE(page->addFromForm().ok());
  BOOST_TEST(page->userCount() == 2u);
  for (int i = 0; i < access::kDefaultMaxFailedLogins; ++i) BOOST_TEST(!logIn(login, "xem", "sai").ok());
  Status locked = logIn(login, "xem", "chi-xem-456");
  BOOST_REQUIRE(!locked.ok());
  BOOST_TEST(locked.error().code == "access.locked");
  BOOST_TEST(gui::toUtf8(login.statusText()).find("tạm khóa") != std::string::npos, gui::toUtf8(login.statusText()));
  BOOST_REQUIRE(logIn(login, "hoa.admin", "mat-khau-123").ok());
  page->refresh();
  page->selectLogin("xem");
  BOOST_REQUIRE(page->unlockSelected().ok());
  BOOST_TEST(stored("xem").lockedUntil.empty());

  // A read-only officer sees the parties' ID numbers masked; the justice officer sees them in full.
  BOOST_REQUIRE(logIn(login, "xem", "chi-xem-456").ok());
  bool checked = false;
  for (const model::Case& c : cases) {
    for (const auto& cp : c.parties) {
      if (cp.party.idDocuments.empty()) continue;
      const std::string number = cp.party.idDocuments.front().number;
      auto fresh = db->cases().byId(c.id);
      BOOST_REQUIRE(fresh.ok());
      const std::string masked = gui::toUtf8(gui::caseDetailHtml(*fresh, {}, db->actor()));
      BOOST_TEST(masked.find(number) == std::string::npos, number);
      BOOST_TEST(masked.find(access::maskIdNumber(number)) != std::string::npos, access::maskIdNumber(number));
      access::Actor justice;
      justice.login = "tuphap";
      justice.roles = {access::Role::JusticeOfficer};
      const std::string full = gui::toUtf8(gui::caseDetailHtml(*fresh, {}, justice));
      BOOST_TEST(full.find(number) != std::string::npos, number);
      checked = true;
      break;
    }
    if (checked) break;
  }
  BOOST_TEST(checked);

  // The read-only officer may not manage accounts: the core refuses and the page says so.
  page->selectLogin("hoa.admin");
  Status denied = page->disableSelected();
  BOOST_REQUIRE(!denied.ok());
  BOOST_TEST(denied.error().code == "access.denied");
  BOOST_TEST(stored("hoa.admin").active);
  BOOST_REQUIRE(logIn(login, "hoa.admin", "mat-khau-123").ok());
  page->selectLogin("xem");
  BOOST_REQUIRE(page->disableSelected().ok());
  BOOST_TEST(!stored("xem").active);
  BOOST_TEST(!logIn(login, "xem", "chi-xem-456").ok());
}

BOOST_AUTO_TEST_SUITE_END()
