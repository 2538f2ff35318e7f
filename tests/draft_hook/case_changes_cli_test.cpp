// `landdesk-cli case advance CODE draft_sent` keeps the draft; `case changes CODE` prints what changed since, one
// line a field, and says so when nothing did or no draft was sent.
#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include "../documents/case_fixtures.h"
#include "model/case_json.h"
#include "storage/case_repository.h"
#include "storage/database.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

struct Cli {
  TempDir dir;
  std::string db = (dir / "desk.sqlite").string();
  ProcessResult run(std::vector<std::string> args) const {
    for (const std::string& a : {std::string("--db"), db, std::string("--data-dir"), dir.path().string()}) args.push_back(a);
    return runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "vi"}, {"XDG_DATA_HOME", (dir / "xdg").string()}});
  }
  // The hand-built transfer case, through `case add FILE.json` as an officer's import would come.
  std::string addTransferCase() const {
    model::Case c = transferCase();
    c.code.clear();
    const auto file = dir / "case.json";
    std::ofstream(file) << [&] {
      std::ostringstream out;
      Poco::JSON::Stringifier::stringify(model::caseToJson(c), out);
      return out.str();
    }();
    auto r = run({"case", "add", file.string(), "--json"});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    return Poco::JSON::Parser().parse(r.out).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("code");
  }
};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(case_changes_cli)

BOOST_AUTO_TEST_CASE(changes_since_the_draft_one_line_a_field) {
  Cli cli;
  const std::string code = cli.addTransferCase();
  auto never = cli.run({"case", "changes", code});
  BOOST_REQUIRE_MESSAGE(never.exitCode == 0, never.err);
  BOOST_TEST(has(never.out, "chưa gửi dự thảo"));

  auto sent = cli.run({"case", "advance", code, "draft_sent"});
  BOOST_REQUIRE_MESSAGE(sent.exitCode == 0, sent.err);
  auto same = cli.run({"case", "changes", code});
  BOOST_REQUIRE_MESSAGE(same.exitCode == 0, same.err);
  BOOST_TEST(same.out == "Không có thay đổi\n");

  {  // Another desk corrects the second party's name after the draft went out.
    storage::OpenOptions o;
    o.path = cli.db;
    auto db = storage::Database::open(o).value();
    model::Case c = db->cases().byCode(code).value();
    c.parties[1].party.fullName = "Trần Thị Bích Ngọc";
    BOOST_REQUIRE(db->cases().update(c, "can_bo_tp"));
  }
  auto changed = cli.run({"case", "changes", code});
  BOOST_REQUIRE_MESSAGE(changed.exitCode == 0, changed.err);
  BOOST_TEST(changed.out == "Bên 2 — Họ và tên (parties[1].full_name): Trần Thị Bình → Trần Thị Bích Ngọc\n");

  auto json = cli.run({"case", "changes", code, "--json"});
  BOOST_REQUIRE_MESSAGE(json.exitCode == 0, json.err);
  auto root = Poco::JSON::Parser().parse(json.out).extract<Poco::JSON::Object::Ptr>();
  BOOST_TEST(root->getValue<bool>("draft_kept"));
  BOOST_TEST(root->getValue<std::string>("case_data_sha256").size() == 64u);
  auto list = root->getArray("changes");
  BOOST_REQUIRE_EQUAL(list->size(), 1u);
  BOOST_TEST(list->getObject(0)->getValue<std::string>("path") == "parties[1].full_name");
}

BOOST_AUTO_TEST_CASE(an_unknown_case_is_refused_with_its_code) {
  Cli cli;
  cli.addTransferCase();
  auto r = cli.run({"case", "changes", "HS-2099-99999"});
  BOOST_TEST(r.exitCode != 0);
  BOOST_TEST(has(r.err, "HS-2099-99999"));
}

BOOST_AUTO_TEST_SUITE_END()
