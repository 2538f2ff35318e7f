// landdesk-cli report as an officer runs it: the counts in --json, the file written, and every bad input refused
// with a one-line reason naming what was wrong, nothing written (an older file of that name left as it was).
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>

#include "report_fixture.h"
#include "support/postgres_server.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

struct Cli {
  TempDir dir;
  std::string db = testDatabase(dir / "desk.sqlite").string();  // a server URL in reports_postgresql
  Cli() {
    addFixtureCases(dir / "desk.sqlite",
                    {{"HS-1", model::CaseKind::Gift, model::IntakeChannel::Online, "2026-03-02T08:00:00",
                      "2026-03-04T17:00:00", {authenticated("2026-03-03T09:00:00")}, "", ""},
                     {"HS-2", model::CaseKind::Gift, model::IntakeChannel::Counter, "2026-02-26T08:00:00",
                      "2026-03-02T17:00:00", {}, "", ""}});
  }
  ProcessResult run(std::vector<std::string> args) const {
    args.push_back("--db");
    args.push_back(db);
    return runProcess(std::getenv("LANDDESK_CLI"), args, {{"LANDDESK_LANG", "vi"}, {"XDG_DATA_HOME", (dir / "xdg").string()}});
  }
};

Poco::JSON::Object::Ptr json(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

bool oneLine(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

}  // namespace

BOOST_AUTO_TEST_SUITE(report_cli)

BOOST_AUTO_TEST_CASE(json_counts_and_written_files) {
  Cli cli;
  auto r = cli.run({"report", "--from", "2026-03-01", "--to", "2026-03-31", "--json"});
  BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
  auto root = json(r.out);
  BOOST_TEST(root->getObject("period")->getValue<std::string>("from") == "2026-03-01");
  auto ct = root->getArray("fields")->getObject(0);
  BOOST_TEST(ct->getValue<std::string>("field") == "chung_thuc");
  BOOST_TEST(ct->getValue<int>("received_online") == 1);
  BOOST_TEST(ct->getValue<int>("carried_over") == 1);
  BOOST_TEST(ct->getValue<int>("received_total") == 2);
  BOOST_TEST(ct->getValue<int>("resolved_early") == 1);
  BOOST_TEST(ct->getValue<int>("pending_overdue") == 1);
  BOOST_TEST(root->getObject("total")->getValue<int>("received_total") == 3);  // + HS-1 in Đất đai

  for (const char* format : {"xlsx", "docx"}) {
    const std::string out = (cli.dir / (std::string("r.") + format)).string();
    auto w = cli.run({"report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", format, "-o", out,
                      "--field", "chung_thuc"});
    BOOST_REQUIRE_MESSAGE(w.exitCode == 0, w.err);
    BOOST_TEST(w.out.find("Đã ghi: " + out) != std::string::npos);
    BOOST_TEST(w.out.find("Chứng thực: nhận 2") != std::string::npos, w.out);
    BOOST_TEST(readFile(out).starts_with("PK"));
  }
  auto tracking = cli.run({"report", "tracking", "--from", "2026-03-01", "--to", "2026-03-31", "--json", "-o",
                           (cli.dir / "t.xlsx").string()});
  BOOST_REQUIRE_MESSAGE(tracking.exitCode == 0, tracking.err);
  BOOST_TEST(json(tracking.out)->getValue<int>("cases") == 1);
  BOOST_TEST(std::filesystem::exists(cli.dir / "t.xlsx"));
}

BOOST_AUTO_TEST_CASE(bad_input_is_refused_and_nothing_is_written) {
  Cli cli;
  const auto out = cli.dir / "r.xlsx";
  writeFileBytesForTest(out, "older report");
  struct Case {
    std::vector<std::string> args;
    int exit;
    const char* says;
  };
  const std::string o = out.string();
  const std::vector<Case> cases = {
      {{"report", "--from", "2026-03-31", "--to", "2026-03-01", "--format", "xlsx", "-o", o}, 1, "--from"},
      {{"report", "--from", "2026-02-30", "--to", "2026-03-31", "--format", "xlsx", "-o", o}, 1, "2026-02-30"},
      {{"report", "--from", "01/03/2026", "--to", "2026-03-31", "--format", "xlsx", "-o", o}, 1, "01/03/2026"},
      {{"report", "--from", "2026-03-01", "--to", "hôm nay", "--format", "xlsx", "-o", o}, 1, "--to"},
      {{"report", "--from", "2026-03-01", "--format", "xlsx", "-o", o}, 2, "--to"},
      {{"report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "pdf", "-o", o}, 2, "xlsx"},
      {{"report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "xlsx", "-o", o, "--field", "thue"}, 2,
       "thue"},
      {{"report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "xlsx"}, 2, "-o"},
      {{"report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "xlsx", "-o", o, "--date", "2026-13-01"},
       2, "--date"},
      {{"report", "tracking", "--from", "2026-04-01", "--to", "2026-03-01", "-o", o}, 1, "--from"},
      {{"report", "register", "--year", "20x6", "-o", o}, 2, "20x6"},
      {{"report", "register", "--year", "2026", "--month", "13", "-o", o}, 2, "13"},
  };
  for (const auto& c : cases) {
    auto r = cli.run(c.args);
    std::string line;
    for (const auto& a : c.args) line += a + " ";
    BOOST_TEST(r.exitCode == c.exit, line << "→ " << r.exitCode << " " << r.err);
    BOOST_TEST(r.err.find(c.says) != std::string::npos, line << "→ " << r.err);
    BOOST_TEST(r.err.starts_with("lỗi: "), r.err);
    BOOST_TEST(readFile(out) == "older report", line);
  }
  // A one-line reason, also in English.
  auto r = cli.run({"report", "--from", "2026-03-31", "--to", "2026-03-01", "-o", o, "--lang", "en"});
  BOOST_TEST(oneLine(r.err));
  BOOST_TEST(r.err.find("starts (--from) after it ends (--to)") != std::string::npos, r.err);
  // A database that does not exist is not created by a report.
  auto missing = runProcess(std::getenv("LANDDESK_CLI"), {"report", "--from", "2026-03-01", "--to", "2026-03-31",
                                                           "--json", "--db", (cli.dir / "none.sqlite").string()});
  BOOST_TEST(missing.exitCode == 1);
  BOOST_TEST(!std::filesystem::exists(cli.dir / "none.sqlite"));
}

BOOST_AUTO_TEST_SUITE_END()
