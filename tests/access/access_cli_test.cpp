// landdesk-cli with officer accounts: --login and LANDDESK_PASSWORD, refusals by role, ID masking per role with one
// audited view per `case show`, audit list and verify.
#include <sqlite3.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "access/permissions.h"
#include "support/postgres_server.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk::test;

namespace {

struct Desk {
  TempDir dir;
  std::string db = testDatabase(dir / "desk.sqlite").string();  // a server URL in access_postgresql
  ProcessResult run(std::vector<std::string> args, const std::string& password = {},
                    const std::string& input = {}) const {
    args.push_back("--db");
    args.push_back(db);
    std::map<std::string, std::string> env{{"LANDDESK_LANG", "en"}, {"XDG_DATA_HOME", (dir / "xdg").string()}};
    if (!password.empty()) env["LANDDESK_PASSWORD"] = password;
    return runProcess(LANDDESK_CLI, args, env, input);
  }
};

// Changes the desk's data outside LandDesk, past the triggers that guard it (SQLite's C API, or psql).
void tamper(const Desk& desk, const std::string& sqliteDrops, const std::string& sql) {
  const std::string text = bypassingGuards(desk.db, sqliteDrops, sql);
  if (isServerDatabase(desk.db)) {
    std::string why;
    BOOST_REQUIRE_MESSAGE(PostgresServer::runSql(desk.db, text, &why), why);
    return;
  }
  sqlite3* h = nullptr;
  BOOST_REQUIRE(sqlite3_open(desk.db.c_str(), &h) == SQLITE_OK);
  BOOST_REQUIRE(sqlite3_exec(h, text.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(h);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(access_cli)

BOOST_AUTO_TEST_CASE(users_roles_and_audit_from_the_command_line) {
  Desk desk;
  BOOST_REQUIRE_EQUAL(desk.run({"demo", "seed", "--cases", "3"}).exitCode, 0);  // single-desk mode
  auto first = desk.run({"user", "add", "admin", "--name", "Nguyễn Văn Quản", "--role", "admin", "--password-stdin"},
                        {}, "quan-tri-2026\n");
  BOOST_REQUIRE_MESSAGE(first.exitCode == 0, first.err);

  // From now on every change needs a login.
  auto anonymous = desk.run({"demo", "seed", "--cases", "1"});
  BOOST_TEST(anonymous.exitCode == 1);
  BOOST_TEST(anonymous.err.find("Login required") != std::string::npos, anonymous.err);
  auto wrong = desk.run({"user", "list", "--login", "admin"}, "sai-mat-khau");
  BOOST_TEST(wrong.exitCode == 1);
  BOOST_TEST(wrong.err.find("Wrong login or password") != std::string::npos, wrong.err);

  auto reader = desk.run({"user", "add", "lan", "--name", "Trần Thị Lan", "--role", "readonly", "--password-stdin",
                          "--login", "admin"},
                         "quan-tri-2026", "chi-xem-thoi\n");
  BOOST_REQUIRE_MESSAGE(reader.exitCode == 0, reader.err);
  auto list = desk.run({"user", "list", "--json", "--login", "admin"}, "quan-tri-2026");
  BOOST_REQUIRE_EQUAL(list.exitCode, 0);
  BOOST_TEST(list.out.find("\"lan\"") != std::string::npos);
  BOOST_TEST(list.out.find("argon2") == std::string::npos);       // hashes never leave the database
  BOOST_TEST(list.out.find("chi-xem-thoi") == std::string::npos);

  auto denied = desk.run({"demo", "seed", "--cases", "1", "--login", "lan"}, "chi-xem-thoi");
  BOOST_TEST(denied.exitCode == 1);
  BOOST_TEST(denied.err.find("User lan does not have this right") != std::string::npos, denied.err);
  auto shown = desk.run({"case", "show", "HS-2026-00001", "--login", "lan"}, "chi-xem-thoi");
  BOOST_TEST(shown.exitCode == 0, shown.err);  // read-only: the case, every ID number masked
  BOOST_TEST(!std::regex_search(shown.out, std::regex("[0-9]{12}")), shown.out);
  BOOST_TEST(std::regex_search(shown.out, std::regex("[0-9]{4}\\*{6}[0-9]{2}")), shown.out);

  auto seeded = desk.run({"demo", "seed", "--cases", "1", "--login", "admin"}, "quan-tri-2026");
  BOOST_TEST(seeded.exitCode == 0, seeded.err);
  auto audit = desk.run({"audit", "list", "--by", "admin", "--json", "--login", "admin"}, "quan-tri-2026");
  BOOST_REQUIRE_EQUAL(audit.exitCode, 0);
  BOOST_TEST(audit.out.find("user.add") != std::string::npos);
  BOOST_TEST(audit.out.find("case.create") != std::string::npos);
  BOOST_TEST(audit.out.find("chi-xem-thoi") == std::string::npos);

  auto intact = desk.run({"audit", "verify"});
  BOOST_TEST(intact.exitCode == 0, intact.err);
  BOOST_TEST(intact.out.find("intact") != std::string::npos);

  // Tamper with the data directly, around the triggers: verify names the entry.
  tamper(desk, "DROP TRIGGER audit_log_no_update;", "UPDATE audit_log SET detail = 'x' WHERE id = 2");
  auto broken = desk.run({"audit", "verify"});
  BOOST_TEST(broken.exitCode == 1);
  BOOST_TEST(broken.err.find("at entry 2") != std::string::npos, broken.err);
}

BOOST_AUTO_TEST_CASE(person_export_holds_their_cases_scans_and_audit_only) {
  Desk desk;
  const std::string input = R"({"kind":"gift","channel":"zalo","officer":"Lê Văn Lực",
    "parties":[{"role":"donor","full_name":"Đặng Văn Đông","sex":"Nam",
                "id_documents":[{"type":"cccd","number":"044050001122"}]},
               {"role":"donee","full_name":"Đặng Thị Mai","sex":"Nữ",
                "id_documents":[{"type":"cccd","number":"044190003344"}]}],
    "parcels":[{"parcel_number":"12","map_sheet":"5","area":"120.5","price":500000000}]})";
  auto add = desk.run({"case", "add", "-", "--json"}, {}, input);
  BOOST_REQUIRE_MESSAGE(add.exitCode == 0, add.err);
  BOOST_REQUIRE_EQUAL(desk.run({"demo", "seed", "--cases", "4"}).exitCode, 0);
  const std::string file = (desk.dir / "person.json").string();
  auto exported = desk.run({"person", "export", "044050001122", "-o", file, "--json"});
  BOOST_REQUIRE_MESSAGE(exported.exitCode == 0, exported.err);
  BOOST_TEST(exported.out.find("\"cases\":1") != std::string::npos, exported.out);
  std::ifstream exportedFile(file);
  auto json = Poco::JSON::Parser().parse(exportedFile).extract<Poco::JSON::Object::Ptr>();
  auto cases = json->getArray("cases");
  BOOST_REQUIRE_EQUAL(cases->size(), 1u);
  auto asParty = cases->getObject(0)->getArray("as_party");
  BOOST_REQUIRE_EQUAL(asParty->size(), 1u);
  BOOST_TEST(asParty->getObject(0)->getValue<std::string>("full_name") == "Đặng Văn Đông");
  std::stringstream text;
  json->stringify(text);
  BOOST_TEST(text.str().find("044190003344") == std::string::npos);  // the other party stays out
  BOOST_TEST(json->getArray("audit")->size() >= 1u);
  auto bad = desk.run({"person", "export", "04405<script>", "-o", file});
  BOOST_TEST(bad.exitCode == 1);
  auto audit = desk.run({"audit", "list", "--person", "044050001122", "--json"});
  BOOST_TEST(audit.out.find("person.export") != std::string::npos, audit.out);
}

// Rights on the remaining entry points from the command line: refusals exit 1 naming the right, allowed runs are
// audited; the purge lists and removes an expired discarded inbox item judged on a fixed day.
BOOST_AUTO_TEST_CASE(purge_reports_backups_and_masking_by_role) {
  Desk desk;
  BOOST_REQUIRE_EQUAL(desk.run({"demo", "seed", "--cases", "3"}).exitCode, 0);
  const std::string qr = (desk.dir / "cccd.txt").string();
  std::ofstream(qr) << "044080001234|197234567|Nguyễn Văn Đông|10051980|Nam|Thôn Phú Hải, Hải Lăng|15042021\n";
  auto taken = desk.run({"intake", qr});
  BOOST_REQUIRE_MESSAGE(taken.exitCode == 0, taken.err);
  BOOST_REQUIRE_MESSAGE(desk.run({"inbox", "discard", "1"}).exitCode == 0, "discard");
  BOOST_REQUIRE_EQUAL(desk.run({"user", "add", "admin", "--name", "Quản trị", "--role", "admin", "--password-stdin"}, {},
                               "quan-tri-2026\n").exitCode, 0);
  BOOST_REQUIRE_EQUAL(desk.run({"user", "add", "lan", "--name", "Trần Thị Lan", "--role", "readonly", "--password-stdin",
                                "--login", "admin"}, "quan-tri-2026", "chi-xem-thoi\n").exitCode, 0);

  for (const auto& [args, right] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"purge", "--dry-run", "--today", "2099-01-01"}, "purge"},
           {{"report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "xlsx", "-o", (desk.dir / "r.xlsx").string()}, "export"},
           {{"backup", "create", "-o", (desk.dir / "b.zip").string()}, "backup"},
           {{"document", "render", "HS-2026-00001", "hop-dong-chuyen-nhuong", "-o", (desk.dir / "x.docx").string()}, "export"}}) {
    auto withLogin = args;
    withLogin.insert(withLogin.end(), {"--login", "lan"});
    auto refused = desk.run(withLogin, "chi-xem-thoi");
    BOOST_TEST(refused.exitCode == 1, args[0]);
    BOOST_TEST(refused.err.find("User lan does not have this right: " + right) != std::string::npos, refused.err);
  }
  for (const char* file : {"b.zip", "r.xlsx", "x.docx"}) BOOST_TEST(!std::filesystem::exists(desk.dir / file), file);

  auto noMode = desk.run({"purge", "--today", "2099-01-01", "--login", "admin"}, "quan-tri-2026");
  BOOST_TEST(noMode.exitCode == 2);
  auto dry = desk.run({"purge", "--dry-run", "--today", "2099-01-01", "--json", "--login", "admin"}, "quan-tri-2026");
  BOOST_REQUIRE_MESSAGE(dry.exitCode == 0, dry.err);
  auto plan = Poco::JSON::Parser().parse(dry.out).extract<Poco::JSON::Object::Ptr>();
  auto items = plan->getArray("list");
  bool discarded = false;
  for (size_t i = 0; i < items->size(); ++i) {
    auto item = items->getObject(static_cast<unsigned>(i));
    if (item->getValue<std::string>("ref") != "inbox#1 cccd.txt") continue;
    discarded = true;
    BOOST_TEST(item->getValue<std::string>("object") == "inbox_discarded");
    BOOST_TEST(item->getValue<std::string>("rule") == "inbox-discarded-2026");
    BOOST_TEST(item->getArray("files")->size() >= 1u);
  }
  BOOST_TEST(discarded, dry.out);
  auto still = desk.run({"purge", "--dry-run", "--today", "2099-01-01", "--json", "--login", "admin"}, "quan-tri-2026");
  BOOST_TEST(still.out == dry.out);  // a dry run changes nothing

  auto applied = desk.run({"purge", "--apply", "--today", "2099-01-01", "--json", "--login", "admin"}, "quan-tri-2026");
  BOOST_REQUIRE_MESSAGE(applied.exitCode == 0, applied.err);
  auto audit = desk.run({"audit", "list", "--json", "--login", "admin"}, "quan-tri-2026");
  auto entries = Poco::JSON::Parser().parse(audit.out).extract<Poco::JSON::Array::Ptr>();
  size_t purged = 0;
  for (size_t i = 0; i < entries->size(); ++i) {
    auto e = entries->getObject(static_cast<unsigned>(i));
    if (!e->getValue<std::string>("action").starts_with("purge.")) continue;
    ++purged;
    BOOST_TEST(e->getValue<std::string>("actor") == "admin");
  }
  BOOST_TEST(purged == items->size());
  BOOST_TEST(audit.out.find("inbox#1 cccd.txt") != std::string::npos, audit.out);
  auto inbox = desk.run({"inbox", "list", "--login", "admin"}, "quan-tri-2026");
  BOOST_TEST(inbox.out.find("cccd.txt") == std::string::npos, inbox.out);
  auto after = desk.run({"purge", "--dry-run", "--today", "2099-01-01", "--login", "admin"}, "quan-tri-2026");
  BOOST_TEST(after.out.find("inbox#1") == std::string::npos, after.out);
}

// Every role shows the same case: the ID number comes whole or masked exactly as the core's permission table says
// (view-personal-data), and each `case show` leaves one case.view entry naming the officer; listing leaves none.
BOOST_AUTO_TEST_CASE(case_show_masks_by_role_and_is_audited_once_per_view) {
  Desk desk;
  BOOST_REQUIRE_EQUAL(desk.run({"demo", "seed", "--cases", "3"}).exitCode, 0);
  const std::string code = "HS-2026-00001";
  auto whole = desk.run({"case", "show", code});  // single-desk mode: every right
  BOOST_REQUIRE_MESSAGE(whole.exitCode == 0, whole.err);
  std::smatch found;
  BOOST_REQUIRE_MESSAGE(std::regex_search(whole.out, found, std::regex("[0-9]{12}")), whole.out);
  const std::string number = found.str(), masked = landdesk::access::maskIdNumber(number);
  BOOST_REQUIRE(masked != number);

  // One officer per role, the administrator first (the desk then needs logins).
  auto login = [](const landdesk::access::RoleInfo& r) { return "cb-" + std::string(r.key); };
  auto password = [](const landdesk::access::RoleInfo& r) { return "mat-khau-" + std::string(r.key); };
  std::vector<landdesk::access::RoleInfo> roles = landdesk::access::roles();
  std::stable_partition(roles.begin(), roles.end(),
                        [](const auto& r) { return r.role == landdesk::access::Role::Administrator; });
  const std::string admin = login(roles.front()), adminPassword = password(roles.front());
  for (const auto& r : roles) {
    std::vector<std::string> args{"user", "add", login(r), "--name", std::string(r.vi), "--role", std::string(r.key),
                                  "--password-stdin"};
    if (&r != &roles.front()) args.insert(args.end(), {"--login", admin});
    auto added = desk.run(args, &r == &roles.front() ? "" : adminPassword, password(r) + "\n");
    BOOST_REQUIRE_MESSAGE(added.exitCode == 0, added.err);
  }

  auto viewsOf = [&](const std::string& by) {
    auto audit = desk.run({"audit", "list", "--case", code, "--by", by, "--json", "--login", admin}, adminPassword);
    BOOST_REQUIRE_MESSAGE(audit.exitCode == 0, audit.err);
    auto entries = Poco::JSON::Parser().parse(audit.out).extract<Poco::JSON::Array::Ptr>();
    std::vector<Poco::JSON::Object::Ptr> views;
    for (size_t i = 0; i < entries->size(); ++i)
      if (auto e = entries->getObject(static_cast<unsigned>(i)); e->getValue<std::string>("action") == "case.view")
        views.push_back(e);
    return views;
  };

  size_t maskedRoles = 0, wholeRoles = 0;
  for (const auto& r : roles) {
    const bool full = landdesk::access::roleAllows(r.role, landdesk::access::Permission::ViewPersonalData);
    ++(full ? wholeRoles : maskedRoles);
    // Listing and searching show no party's number and leave no view entry.
    BOOST_TEST(desk.run({"case", "list", "--login", login(r)}, password(r)).exitCode == 0, r.key);
    BOOST_TEST(desk.run({"case", "search", "HS-2026", "--login", login(r)}, password(r)).exitCode == 0, r.key);
    BOOST_TEST(viewsOf(login(r)).empty(), r.key);

    auto shown = desk.run({"case", "show", code, "--login", login(r)}, password(r));
    BOOST_REQUIRE_MESSAGE(shown.exitCode == 0, shown.err);
    BOOST_TEST((shown.out.find(number) != std::string::npos) == full, r.key << ": " << shown.out);
    BOOST_TEST((shown.out.find(masked) != std::string::npos) == !full, r.key << ": " << shown.out);
    if (!full) BOOST_TEST(!std::regex_search(shown.out, std::regex("[0-9]{12}")), r.key << ": " << shown.out);

    auto views = viewsOf(login(r));
    BOOST_REQUIRE_EQUAL(views.size(), 1u);
    BOOST_TEST(views[0]->getValue<std::string>("actor") == login(r));
    BOOST_TEST(views[0]->getValue<std::string>("case") == code);
    BOOST_TEST(views[0]->getValue<std::string>("at").starts_with("20"), views[0]->getValue<std::string>("at"));
    BOOST_TEST((views[0]->getValue<std::string>("detail") == "masked") == !full, r.key);
  }
  BOOST_TEST(maskedRoles >= 1u);  // the table has both kinds, so a role shown the wrong way fails above
  BOOST_TEST(wholeRoles >= 1u);
}

BOOST_AUTO_TEST_CASE(audit_verify_names_how_many_newest_entries_were_removed) {
  Desk desk;
  for (int i = 0; i < 3; ++i) BOOST_REQUIRE_EQUAL(desk.run({"demo", "seed", "--cases", "1"}).exitCode, 0);
  BOOST_REQUIRE_EQUAL(desk.run({"audit", "verify"}).exitCode, 0);
  // Seeding audits each case, step and register line: count them rather than assume.
  auto listed = desk.run({"audit", "list", "--json"});
  const size_t total = Poco::JSON::Parser().parse(listed.out).extract<Poco::JSON::Array::Ptr>()->size();
  BOOST_REQUIRE_GE(total, 3u);
  // The chain of what is left is whole; only the head kept with each entry shows the newest are gone.
  tamper(desk, "DROP TRIGGER audit_log_no_delete;", "DELETE FROM audit_log WHERE id >= 2");
  auto cut = desk.run({"audit", "verify"});
  BOOST_TEST(cut.exitCode == 1);
  BOOST_TEST(cut.err.find("the last " + std::to_string(total - 1) + " entries were removed") != std::string::npos, cut.err);
  auto json = desk.run({"audit", "verify", "--json"});
  BOOST_TEST(json.exitCode == 1);
}

BOOST_AUTO_TEST_SUITE_END()
