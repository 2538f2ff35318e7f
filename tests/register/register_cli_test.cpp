// landdesk-cli register | fees | case check | case authenticate | block, as an officer runs them: exit codes,
// one-line reasons, JSON shapes, and `register verify` naming the entry edited in the file.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "register_fixture.h"
#include "support/run_process.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

struct Cli : RegisterFixture {
  ProcessResult run(std::vector<std::string> args) const {
    args.push_back("--db");
    args.push_back(file.string());
    return runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "vi"}, {"XDG_DATA_HOME", (dir / "xdg").string()}});
  }
};

Poco::JSON::Object::Ptr object(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

bool oneLine(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

}  // namespace

BOOST_AUTO_TEST_CASE(check_authenticate_list_verify_and_tamper) {
  Cli cli;
  model::Case c = cleanTransfer();
  cli.add(c);

  auto check = cli.run({"case", "check", c.code, "--at", "2026-03-02T10:00", "--json"});
  BOOST_REQUIRE_EQUAL(check.exitCode, 0);
  BOOST_TEST(!object(check.out)->getValue<bool>("can_authenticate"));  // the signer's relations not declared yet
  auto declared = cli.run({"case", "check", c.code, "--at", "2026-03-02T10:00", "--signer-unrelated", "--json"});
  BOOST_TEST(object(declared.out)->getValue<bool>("can_authenticate"));
  auto human = cli.run({"case", "check", c.code, "--at", "2026-03-02T10:00", "--signer-unrelated"});
  BOOST_TEST(human.out.find("✓") != std::string::npos);
  BOOST_TEST(human.out.find("Đủ điều kiện chứng thực") != std::string::npos);

  auto undeclared = cli.run({"case", "authenticate", c.code, "--receipt-no", "BL-01", "--at", "2026-03-02T10:30"});
  BOOST_TEST(undeclared.exitCode == 1);
  BOOST_TEST(oneLine(undeclared.err));
  BOOST_TEST(undeclared.err.find("lỗi:") == 0u);
  BOOST_TEST(cli.run({"case", "authenticate", c.code}).exitCode == 2);  // --receipt-no missing

  auto done = cli.run({"case", "authenticate", c.code, "--receipt-no", "BL-01", "--at", "2026-03-02T10:30",
                       "--signer-unrelated", "--copies", "2", "--pages", "3", "--json"});
  BOOST_REQUIRE_MESSAGE(done.exitCode == 0, done.err);
  auto entry = object(done.out)->getObject("entry");
  BOOST_TEST(entry->getValue<std::string>("number_text") == "Số chứng thực: 01, quyển số 01/2026-SCT/HĐ,GD");
  BOOST_TEST(entry->getValue<int64_t>("fee") == 60000);

  auto list = cli.run({"register", "list", "--year", "2026", "--month", "3", "--json"});
  BOOST_REQUIRE_EQUAL(list.exitCode, 0);
  auto listed = object(list.out);
  BOOST_REQUIRE_EQUAL(listed->getArray("entries")->size(), 1u);
  BOOST_TEST(listed->getArray("entries")->getObject(0)->getValue<std::string>("case_code") == c.code);
  BOOST_TEST(listed->getValue<int64_t>("total_fee") == 60000);
  BOOST_TEST(object(cli.run({"register", "list", "--year", "2026", "--month", "4", "--json"}).out)->getArray("entries")->size() == 0u);

  auto fees = cli.run({"fees", "--case", c.code, "--json"});
  BOOST_REQUIRE_EQUAL(fees.exitCode, 0);
  BOOST_TEST(object(fees.out)->getValue<int64_t>("total") == 60000);
  BOOST_TEST(object(fees.out)->getArray("fees")->getObject(0)->getValue<std::string>("receipt_no") == "BL-01");
  // The schedule forms of `fees` still work.
  BOOST_TEST(object(cli.run({"fees", "--json"}).out)->has("fees"));
  BOOST_TEST(object(cli.run({"fees", "--kind", "copy", "--pages", "250", "--json"}).out)->getValue<int64_t>("total") == 200000);

  auto amend = cli.run({"register", "amend", "1", "--year", "2026", "--receipt-no", "BL-02", "--at", "2026-03-09T09:00",
                        "--note", "Sửa đổi giá", "--json"});
  BOOST_REQUIRE_MESSAGE(amend.exitCode == 0, amend.err);
  BOOST_TEST(object(amend.out)->getValue<std::string>("kind") == "amendment");
  BOOST_TEST(object(amend.out)->getValue<std::string>("refers_to") == "1/2026");
  BOOST_TEST(object(amend.out)->getValue<int64_t>("fee") == 30000);
  BOOST_TEST(cli.run({"register", "amend", "x1", "--year", "2026", "--receipt-no", "B"}).exitCode == 2);

  auto intact = cli.run({"register", "verify"});
  BOOST_TEST(intact.exitCode == 0);
  BOOST_TEST(intact.out.find("intact") != std::string::npos);

  BOOST_REQUIRE(rawSql(cli.file, bypassingGuards(cli.file, "DROP TRIGGER register_entry_no_update;",
                                 "UPDATE register_entry SET parties = 'Người khác' WHERE number = 1")));
  auto altered = cli.run({"register", "verify"});
  BOOST_TEST(altered.exitCode == 1);
  BOOST_TEST(altered.err.find("1/2026") != std::string::npos);
  auto alteredJson = cli.run({"register", "verify", "--json"});
  BOOST_TEST(alteredJson.exitCode == 1);
  BOOST_TEST(!object(alteredJson.out)->getValue<bool>("intact"));
  BOOST_TEST(object(alteredJson.out)->getObject("first_altered")->getValue<int>("number") == 1);
}

BOOST_AUTO_TEST_CASE(closing_and_block_commands) {
  Cli cli;
  model::Case c = cleanTransfer();
  c.receivedAt = at("2025-12-01T08:00:00");
  cli.add(c);
  auto close = cli.run({"register", "close", "--year", "2025", "--at", "2025-12-31T17:00"});
  BOOST_TEST(close.exitCode == 1);  // nothing opened in 2025
  BOOST_TEST(oneLine(close.err));

  std::ofstream(cli.dir / "blocks.csv") << "issuer_kind,issuer,document_number,document_date,gcn_serial\n"
                                           "court,TAND khu vực 2,12/2025/QĐ-BPKCTT,20/11/2025,BA 685616\n";
  auto imported = cli.run({"block", "import", (cli.dir / "blocks.csv").string(), "--json"});
  BOOST_REQUIRE_MESSAGE(imported.exitCode == 0, imported.err);
  BOOST_TEST(object(imported.out)->getValue<int>("blocked") == 1);
  auto refused = cli.run({"case", "authenticate", c.code, "--receipt-no", "BL-01", "--at", "2025-12-02T10:30", "--signer-unrelated"});
  BOOST_TEST(refused.exitCode == 1);
  BOOST_TEST(refused.err.find("12/2025/QĐ-BPKCTT") != std::string::npos);

  auto released = cli.run({"block", "release", "--issuer-kind", "court", "--issuer", "TAND khu vực 2", "--doc-no", "20/2025/QĐ",
                           "--doc-date", "01/12/2025", "--releases", "12/2025/QĐ-BPKCTT"});
  BOOST_REQUIRE_MESSAGE(released.exitCode == 0, released.err);
  BOOST_TEST(cli.run({"block", "list", "--active", "--json"}).out == "[]\n");
  auto done = cli.run({"case", "authenticate", c.code, "--receipt-no", "BL-01", "--at", "2025-12-02T10:30", "--signer-unrelated"});
  BOOST_TEST(done.exitCode == 0, done.err);

  std::ofstream(cli.dir / "bad.csv") << "issuer_kind,issuer,document_number,document_date,gcn_serial\ncourt,TAND,1,32/01/2026,AA 1\n";
  auto bad = cli.run({"block", "import", (cli.dir / "bad.csv").string()});
  BOOST_TEST(bad.exitCode == 1);
  BOOST_TEST(bad.err.find("dòng 2") != std::string::npos);

  BOOST_TEST(cli.run({"register", "close", "--year", "2025", "--at", "2025-06-01T10:00"}).exitCode == 1);  // too early
  auto closed = cli.run({"register", "close", "--year", "2025", "--at", "2025-12-31T17:00", "--json"});
  BOOST_REQUIRE_MESSAGE(closed.exitCode == 0, closed.err);
  BOOST_TEST(object(closed.out)->getValue<int>("total") == 1);
  auto late = cli.run({"register", "correct", "1", "--year", "2025", "--receipt-no", "BL-09", "--date", "2025-12-31",
                       "--at", "2025-12-31T18:00"});
  BOOST_TEST(late.exitCode == 1);
  BOOST_TEST(late.err.find("khóa") != std::string::npos);
  BOOST_TEST(cli.run({"register", "verify"}).exitCode == 0);
}
