#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk::test;

namespace {

struct Cli {
  TempDir dir;
  std::string db = (dir / "desk.sqlite").string();
  ProcessResult run(std::vector<std::string> args, const std::string& input = {}) const {
    return runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "vi"}, {"XDG_DATA_HOME", (dir / "xdg").string()}}, input);
  }
};

Poco::Dynamic::Var json(const std::string& text) { return Poco::JSON::Parser().parse(text); }

bool oneLine(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

}  // namespace

BOOST_AUTO_TEST_SUITE(case_cli)

BOOST_AUTO_TEST_CASE(init_seed_list_search_show) {
  Cli cli;
  auto init = cli.run({"db", "init", "--db", cli.db, "--json"});
  BOOST_REQUIRE_EQUAL(init.exitCode, 0);
  auto initJson = json(init.out).extract<Poco::JSON::Object::Ptr>();
  BOOST_TEST(initJson->getValue<std::string>("path") == cli.db);
  BOOST_TEST(initJson->getValue<int>("schema_version") >= 2);

  auto seed = cli.run({"demo", "seed", "--cases", "7", "--db", cli.db, "--json"});
  BOOST_REQUIRE_EQUAL(seed.exitCode, 0);
  BOOST_TEST(json(seed.out).extract<Poco::JSON::Object::Ptr>()->getValue<int>("total") == 7);

  auto list = cli.run({"case", "list", "--db", cli.db, "--json"});
  BOOST_REQUIRE_EQUAL(list.exitCode, 0);
  auto rows = json(list.out).extract<Poco::JSON::Array::Ptr>();
  BOOST_REQUIRE_EQUAL(rows->size(), 7u);
  auto first = rows->getObject(0);
  for (const char* key : {"code", "kind", "status", "main_party", "parcel_number", "map_sheet", "received_at"})
    BOOST_TEST(first->has(key), key);

  // Search by the first party's name typed without diacritics finds that case.
  const std::string name = first->getValue<std::string>("main_party");
  auto show = cli.run({"case", "show", first->getValue<std::string>("code"), "--db", cli.db, "--json"});
  BOOST_REQUIRE_EQUAL(show.exitCode, 0);
  auto shown = json(show.out).extract<Poco::JSON::Object::Ptr>();
  BOOST_TEST(shown->getArray("parties")->getObject(0)->getValue<std::string>("full_name") == name);
  BOOST_TEST(shown->getArray("events")->size() >= 1u);

  auto human = cli.run({"case", "list", "--db", cli.db});
  BOOST_TEST(human.exitCode == 0);
  BOOST_TEST(human.out.find("7 hồ sơ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(add_from_json_round_trips) {
  Cli cli;
  const std::string input = R"({"kind":"gift","channel":"zalo","officer":"Lê Văn Lực",
    "parties":[{"role":"donor","full_name":"Đặng Văn Đông","birth_date":"1950","sex":"Nam",
                "id_documents":[{"type":"cccd","number":"044050001122"}]},
               {"role":"donee","full_name":"Đặng Thị Mai","sex":"Nữ"}],
    "relationships":[{"from":1,"to":0,"kinship":"child"}],
    "parcels":[{"parcel_number":"12","map_sheet":"5","area":"120.5","price":500000000}]})";
  auto add = cli.run({"case", "add", "-", "--db", cli.db, "--json"}, input);
  BOOST_REQUIRE_MESSAGE(add.exitCode == 0, add.err);
  auto added = json(add.out).extract<Poco::JSON::Object::Ptr>();
  const std::string code = added->getValue<std::string>("code");
  BOOST_TEST(code.starts_with("HS-"));

  auto found = cli.run({"case", "search", "dang van dong", "--db", cli.db, "--json"});
  BOOST_REQUIRE_EQUAL(found.exitCode, 0);
  auto rows = json(found.out).extract<Poco::JSON::Array::Ptr>();
  BOOST_REQUIRE_EQUAL(rows->size(), 1u);
  BOOST_TEST(rows->getObject(0)->getValue<std::string>("code") == code);

  auto show = cli.run({"case", "show", code, "--db", cli.db, "--json"});
  auto shown = json(show.out).extract<Poco::JSON::Object::Ptr>();
  BOOST_TEST(shown->getArray("parcels")->getObject(0)->getValue<std::string>("area") == "120.5");
  BOOST_TEST(shown->getArray("relationships")->getObject(0)->getValue<std::string>("kinship") == "child");
}

BOOST_AUTO_TEST_CASE(errors_exit_non_zero_with_one_line_reason) {
  Cli cli;
  auto unknown = cli.run({"frobnicate"});
  BOOST_TEST(unknown.exitCode == 2);
  BOOST_TEST(oneLine(unknown.err));

  auto badOption = cli.run({"case", "list", "--colour"});
  BOOST_TEST(badOption.exitCode == 2);
  BOOST_TEST(badOption.err.find("--colour") != std::string::npos);

  auto missingArg = cli.run({"case", "show", "--db", cli.db});
  BOOST_TEST(missingArg.exitCode == 2);

  auto noDb = cli.run({"case", "list", "--db", cli.db});
  BOOST_TEST(noDb.exitCode == 1);
  BOOST_TEST(oneLine(noDb.err));
  BOOST_TEST(noDb.err.starts_with("lỗi: "));

  std::ofstream(cli.dir / "junk.sqlite") << "this is not a database at all, just text\n";
  auto junk = cli.run({"case", "list", "--db", (cli.dir / "junk.sqlite").string(), "--lang", "en"});
  BOOST_TEST(junk.exitCode == 1);
  BOOST_TEST(oneLine(junk.err));
  BOOST_TEST(junk.err.find("junk.sqlite") != std::string::npos);
  BOOST_TEST(junk.err.find("not an SQLite database") != std::string::npos);

  BOOST_REQUIRE_EQUAL(cli.run({"db", "init", "--db", cli.db}).exitCode, 0);
  auto notFound = cli.run({"case", "show", "HS-1999-00001", "--db", cli.db, "--json"});
  BOOST_TEST(notFound.exitCode == 1);
  BOOST_TEST(json(notFound.err).extract<Poco::JSON::Object::Ptr>()->getObject("error")->getValue<std::string>("code") ==
             "case.not_found");

  auto badJson = cli.run({"case", "add", "-", "--db", cli.db}, R"({"parties":[{"full_name":"A","sex":"X"}]})");
  BOOST_TEST(badJson.exitCode == 1);
  BOOST_TEST(badJson.err.find("parties[0].sex") != std::string::npos);

  auto badCount = cli.run({"demo", "seed", "--cases", "-3", "--db", cli.db});
  BOOST_TEST(badCount.exitCode == 2);
}

BOOST_AUTO_TEST_CASE(default_database_lives_in_the_xdg_data_directory) {
  Cli cli;
  auto init = cli.run({"db", "init", "--json"});
  BOOST_REQUIRE_EQUAL(init.exitCode, 0);
  BOOST_TEST(std::filesystem::exists(cli.dir / "xdg" / "landdesk" / "landdesk.sqlite"));
}

BOOST_AUTO_TEST_SUITE_END()
