// landdesk-cli rules export|import and the desk copy in use: the exported text is the shipped table, an imported
// table changes what `fees` quotes, a bad table is refused naming row and field, and tax estimate --case refuses
// an unknown case.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "rules/data_reader.h"
#include "support/postgres_server.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk::test;

namespace {

struct Desk {
  TempDir dir;
  std::string db = testDatabase(dir / "desk.sqlite").string();  // a server URL in workflow_postgresql
  ProcessResult run(std::vector<std::string> args) const {
    args.push_back("--db");
    args.push_back(db);
    return runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "en"}, {"XDG_DATA_HOME", (dir / "xdg").string()}});
  }
};

// The rules reader reads any text file whole (and says which one it could not read).
std::string slurp(const std::filesystem::path& p) {
  auto text = landdesk::rules::readDataText(p);
  if (!text) throw std::runtime_error(text.error().en);
  return *text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rules_cli)

BOOST_AUTO_TEST_CASE(export_edit_import_and_the_fee_follows) {
  Desk d;
  const auto file = d.dir / "fees.json";
  auto exported = d.run({"rules", "export", "fees", "-o", file.string()});
  BOOST_REQUIRE_MESSAGE(exported.exitCode == 0, exported.err);
  std::string text = slurp(file);
  BOOST_TEST(text == slurp(sourceDirectory() / "app/core/rules/data/fees.json"));

  auto pos = text.find("\"base\": 50000");
  BOOST_REQUIRE(pos != std::string::npos);
  text.replace(pos, 13, "\"base\": 60000");
  std::ofstream(file, std::ios::binary) << text;
  auto imported = d.run({"rules", "import", "fees", file.string(), "--actor", "admin.lan"});
  BOOST_REQUIRE_MESSAGE(imported.exitCode == 0, imported.err);

  auto quote = d.run({"fees", "--kind", "transfer", "--date", "2026-03-02", "--json"});
  BOOST_REQUIRE_MESSAGE(quote.exitCode == 0, quote.err);
  auto o = Poco::JSON::Parser().parse(quote.out).extract<Poco::JSON::Object::Ptr>();
  BOOST_TEST(o->getValue<int64_t>("total") == 60'000);
}

BOOST_AUTO_TEST_CASE(bad_tables_and_names_are_refused) {
  Desk d;
  const auto bad = d.dir / "bad.json";
  std::ofstream(bad) << R"({"format": "landdesk-rules/1", "prices": [{"key": "x", "commune": "Hải Lăng"}]})";
  auto refused = d.run({"rules", "import", "land_prices", bad.string()});
  BOOST_TEST(refused.exitCode != 0);
  BOOST_TEST(refused.err.find("prices[1]") != std::string::npos, refused.err);
  BOOST_TEST(refused.err.find("key x") != std::string::npos, refused.err);
  auto unknown = d.run({"rules", "export", "recipes", "-o", (d.dir / "r.json").string()});
  BOOST_TEST(unknown.exitCode != 0);
  BOOST_TEST(unknown.err.find("land_prices") != std::string::npos, unknown.err);
  auto noOutput = d.run({"rules", "export", "fees"});
  BOOST_TEST(noOutput.exitCode != 0);
  auto noCase = d.run({"tax", "estimate", "--case", "HS-2026-99999"});
  BOOST_TEST(noCase.exitCode != 0);
  BOOST_TEST(noCase.err.find("HS-2026-99999") != std::string::npos, noCase.err);
}

BOOST_AUTO_TEST_SUITE_END()
