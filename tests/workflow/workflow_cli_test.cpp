// landdesk-cli for the lifecycle, run as a user runs it: exit codes, one-line refusals naming both states and the
// allowed next ones, JSON shapes of advance, history, deadline, visits, hand-off, tax, message and dashboard.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>

#include "support/postgres_server.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk::test;

namespace {

struct Cli {
  TempDir dir;
  std::string db = testDatabase(dir / "desk.sqlite").string();  // a server URL in workflow_postgresql
  ProcessResult run(std::vector<std::string> args) const {
    args.push_back("--db");
    args.push_back(db);
    return runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "vi"}, {"XDG_DATA_HOME", (dir / "xdg").string()}});
  }
  Poco::JSON::Object::Ptr object(std::vector<std::string> args) const {
    args.push_back("--json");
    auto r = run(args);
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    return Poco::JSON::Parser().parse(r.out).extract<Poco::JSON::Object::Ptr>();
  }
  Poco::JSON::Array::Ptr array(std::vector<std::string> args) const {
    args.push_back("--json");
    auto r = run(args);
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    return Poco::JSON::Parser().parse(r.out).extract<Poco::JSON::Array::Ptr>();
  }
  std::string addCase() const {
    auto r = run({"case", "add", "--kind", "transfer_whole", "--party", "Nguyễn Văn An", "--json"});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    return Poco::JSON::Parser().parse(r.out).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("code");
  }
};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(workflow_cli)

BOOST_AUTO_TEST_CASE(advance_refuse_correct_history_deadline) {
  Cli cli;
  BOOST_REQUIRE_EQUAL(cli.run({"db", "init"}).exitCode, 0);
  const std::string code = cli.addCase();
  auto moved = cli.object({"case", "advance", code, "drafting", "--actor", "huong"});
  BOOST_TEST(moved->getValue<std::string>("status") == "drafting");
  BOOST_TEST(moved->getValue<std::string>("stage_procedure") == "authentication_transaction");
  BOOST_TEST(moved->getArray("allowed_next")->size() == 6u);

  auto refused = cli.run({"case", "advance", code, "collected"});
  BOOST_TEST(refused.exitCode == 1);
  BOOST_TEST(refused.err.rfind("lỗi: Không thể chuyển", 0) == 0u);
  BOOST_TEST(has(refused.err, "(drafting)"));
  BOOST_TEST(has(refused.err, "(collected)"));
  BOOST_TEST(has(refused.err, "draft_sent, visit1_booked, authenticated, waiting_papers, refused, withdrawn"));
  BOOST_TEST(refused.err.find('\n') == refused.err.size() - 1);
  auto plain = cli.run({"case", "advance", code, "authenticated"});
  BOOST_TEST(plain.exitCode == 1);
  BOOST_TEST(has(plain.err, "sổ chứng thực"));
  auto unknown = cli.run({"case", "advance", code, "flying"});
  BOOST_TEST(unknown.exitCode == 2);
  auto badTime = cli.run({"case", "advance", code, "draft_sent", "--at", "tomorrow"});
  BOOST_TEST(badTime.exitCode == 2);
  auto noNote = cli.run({"case", "advance", code, "waiting_papers"});
  BOOST_TEST(noNote.exitCode == 1);
  BOOST_TEST(has(noNote.err, "--note"));

  BOOST_REQUIRE_EQUAL(cli.run({"case", "advance", code, "draft_sent"}).exitCode, 0);
  auto fixed = cli.object({"case", "correct", code, "--state", "visit1_booked", "--reason", "bấm nhầm"});
  BOOST_TEST(fixed->getValue<std::string>("status") == "visit1_booked");
  BOOST_TEST(cli.run({"case", "correct", code, "--state", "drafting"}).exitCode == 1);  // no reason

  auto history = cli.array({"case", "history", code});
  BOOST_REQUIRE(history->size() == 3u);
  auto last = history->getObject(2);
  BOOST_TEST(last->getValue<std::string>("kind") == "correction");
  BOOST_TEST(last->getValue<int64_t>("corrects") == history->getObject(1)->getValue<int64_t>("event"));
  BOOST_TEST(!history->getObject(1)->getValue<bool>("active"));
  auto text = cli.run({"case", "history", code});
  BOOST_TEST(has(text.out, "đính chính #"));

  auto deadline = cli.object({"case", "deadline", code});
  BOOST_TEST(deadline->getValue<std::string>("procedure") == "authentication_transaction");
  BOOST_TEST(has(deadline->getValue<std::string>("legal_basis"), "23/2015"));
  BOOST_TEST(deadline->has("flag"));
}

BOOST_AUTO_TEST_CASE(visits_handoff_tax_message_dashboard) {
  Cli cli;
  BOOST_REQUIRE_EQUAL(cli.run({"db", "init"}).exitCode, 0);
  BOOST_REQUIRE_EQUAL(cli.run({"settings", "set", "office.commune", "Hải Lăng"}).exitCode, 0);
  const std::string a = cli.addCase(), b = cli.addCase();
  auto visit = cli.object({"visit", "book", a, "--visit", "1", "--at", "2030-03-05T09:00"});
  BOOST_TEST(visit->getValue<int>("visit") == 1);
  BOOST_TEST(visit->getArray("papers")->size() >= 3u);
  auto day = cli.array({"visit", "list", "--date", "2030-03-05"});
  BOOST_TEST(day->size() == 1u);
  BOOST_TEST(cli.run({"visit", "book", a, "--visit", "1", "--at", "2030-02-04T09:00"}).exitCode == 1);  // Tết
  auto message = cli.object({"case", "message", a});
  BOOST_TEST(message->getValue<std::string>("event") == "visit1");
  BOOST_TEST(has(message->getValue<std::string>("text"), "05/03/2030"));

  // The register writes "authenticated"; here a handoff of an unauthenticated case is refused whole.
  auto refused = cli.run({"handoff", "create", "--agency", "land_registration_office", a, b});
  BOOST_TEST(refused.exitCode == 1);
  BOOST_TEST(has(refused.err, a));
  BOOST_TEST(cli.array({"handoff", "list"})->size() == 0u);
  auto badAgency = cli.run({"handoff", "create", "--agency", "post_office", a});
  BOOST_TEST(badAgency.exitCode == 2);
  auto badAmount = cli.run({"tax", "notice", b, "--amount", "1.250"});
  BOOST_TEST(badAmount.exitCode == 2);
  auto early = cli.run({"tax", "notice", b, "--amount", "1000000"});
  BOOST_TEST(early.exitCode == 1);

  auto dash = cli.object({"dashboard", "--now", "2030-03-05T08:00"});
  BOOST_TEST(dash->getArray("visits_today")->size() == 1u);
  for (const char* section : {"due_soon", "overdue", "waiting_tax", "waiting_result", "waiting_papers"})
    BOOST_TEST(dash->getObject(section)->has("total"));
  auto human = cli.run({"dashboard"});
  BOOST_TEST(human.exitCode == 0);
  BOOST_TEST(has(human.out, "Quá hạn"));
}

BOOST_AUTO_TEST_SUITE_END()
