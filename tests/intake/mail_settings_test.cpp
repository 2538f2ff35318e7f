// The desk's saved mailbox (settings mail.*): `landdesk-cli inbox fetch` with no address uses it against a real
// Dovecot (POP3 on loopback), the password only from the environment and never in the database file.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>

#include "dovecot_fixture.h"
#include "intake/mail_settings.h"
#include "intake_fixtures.h"
#include "storage/database.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;

BOOST_AUTO_TEST_CASE(fetch_uses_the_saved_mailbox_and_never_stores_the_password) {
  Dovecot dovecot;
  TempDir dir;
  dovecot.deliver(composeMail("Nguyễn Văn A <nva@example.vn>", "Hồ sơ", {{"anh.png", "image/png", pngImage(40, 30, 5)}}));
  const auto data = dir / "DIR";
  {
    auto db = storage::Database::open({.path = data / "landdesk.sqlite"});
    BOOST_REQUIRE(db);
    BOOST_TEST(!intake::saveMailSettings(**db, {"pop3", "127.0.0.1:port", dovecot.user, false, false}, "t").ok());
    BOOST_REQUIRE(intake::saveMailSettings(**db, {"pop3", dovecot.pop3Address(), dovecot.user, false, false}, "t").ok());
  }
  const std::vector<std::string> args = {"inbox", "fetch", "--data-dir", data.string()};
  auto noPassword = runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "vi"}});
  BOOST_TEST(noPassword.exitCode == 1, noPassword.err);
  auto fetched = runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "vi"}, {"LANDDESK_MAIL_PASSWORD", dovecot.password}});
  BOOST_TEST(fetched.exitCode == 0, fetched.err);
  BOOST_TEST(fetched.out.find("1 thư mới") != std::string::npos, fetched.out);
  std::ifstream in(data / "landdesk.sqlite", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  BOOST_TEST(bytes.find(dovecot.password) == std::string::npos);
}

// The saved settings say STARTTLS (POP3 STLS on the plain port) with the desk's CA file: fetched over TLS; the same
// settings without the CA file are refused (verification is never turned off).
BOOST_AUTO_TEST_CASE(saved_starttls_with_the_desk_ca_file) {
  Dovecot dovecot;
  TempDir dir;
  dovecot.deliver(composeMail("Trần Thị B <ttb@example.vn>", "STLS", {{"anh.png", "image/png", pngImage(40, 30, 7)}}));
  const auto data = dir / "DIR";
  intake::MailSettings settings{"pop3", "localhost:" + std::to_string(dovecot.pop3Port), dovecot.user, true, false, true, ""};
  {
    auto db = storage::Database::open({.path = data / "landdesk.sqlite"});
    BOOST_REQUIRE(db);
    BOOST_REQUIRE(intake::saveMailSettings(**db, settings, "t").ok());
  }
  const std::vector<std::string> args = {"inbox", "fetch", "--data-dir", data.string()};
  const std::map<std::string, std::string> env = {{"LANDDESK_LANG", "vi"}, {"LANDDESK_MAIL_PASSWORD", dovecot.password}};
  auto refused = runProcess(LANDDESK_CLI, args, env);
  BOOST_TEST(refused.exitCode == 1, refused.out);
  BOOST_TEST(refused.err.find("TLS") != std::string::npos, refused.err);
  {
    auto db = storage::Database::open({.path = data / "landdesk.sqlite"});
    BOOST_REQUIRE(db);
    settings.caFile = dovecot.certificate().string();
    BOOST_REQUIRE(intake::saveMailSettings(**db, settings, "t").ok());
    auto loaded = intake::loadMailSettings(**db);
    BOOST_REQUIRE(loaded.ok());
    BOOST_TEST(loaded->startTls);
    BOOST_TEST(loaded->caFile == dovecot.certificate().string());
  }
  auto fetched = runProcess(LANDDESK_CLI, args, env);
  BOOST_TEST(fetched.exitCode == 0, fetched.err);
  BOOST_TEST(fetched.out.find("1 thư mới") != std::string::npos, fetched.out);
  BOOST_TEST(dovecot.loggedInOverTls(), dovecot.log());
}
