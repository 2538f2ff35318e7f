// landdesk-cli with officer accounts: --login and LANDDESK_PASSWORD, refusals by role, audit list and verify.
#include <sqlite3.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk::test;

namespace {

struct Desk {
  TempDir dir;
  std::string db = (dir / "desk.sqlite").string();
  ProcessResult run(std::vector<std::string> args, const std::string& password = {},
                    const std::string& input = {}) const {
    args.push_back("--db");
    args.push_back(db);
    std::map<std::string, std::string> env{{"LANDDESK_LANG", "en"}, {"XDG_DATA_HOME", (dir / "xdg").string()}};
    if (!password.empty()) env["LANDDESK_PASSWORD"] = password;
    return runProcess(LANDDESK_CLI, args, env, input);
  }
};

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
  BOOST_TEST(shown.exitCode == 1);

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

  // Tamper with the file directly, around the triggers: verify names the entry.
  sqlite3* h = nullptr;
  BOOST_REQUIRE(sqlite3_open(desk.db.c_str(), &h) == SQLITE_OK);
  BOOST_REQUIRE(sqlite3_exec(h, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = 'x' WHERE id = 2",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(h);
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

BOOST_AUTO_TEST_SUITE_END()
