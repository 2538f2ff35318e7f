// 500 writes through landdesk-cli (case adds with parties and parcels, workflow steps), each process killed with
// SIGKILL after a random delay; after every kill the file must pass integrity_check, hold every write the CLI reported
// committed, and hold no half-written case (no case without its parties, parcels, "created" event or audit entry).
#include <signal.h>
#include <Poco/Checksum.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk::test;

namespace {

struct Outcome {
  bool killed = false;  // SIGKILL arrived before the process ended on its own
  int exitCode = -1;
  std::string out;
};

// Starts the CLI, kills it after `delay` unless it ended first, and returns what it printed.
Outcome runAndMaybeKill(const std::vector<std::string>& args, std::chrono::microseconds delay,
                        const std::string& xdg) {
  int pipeFds[2];
  BOOST_REQUIRE(pipe(pipeFds) == 0);
  pid_t pid = fork();
  BOOST_REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(pipeFds[1], STDOUT_FILENO);
    close(pipeFds[0]);
    close(pipeFds[1]);
    setenv("XDG_DATA_HOME", xdg.c_str(), 1);
    setenv("LANDDESK_LANG", "en", 1);
    std::vector<char*> argv{const_cast<char*>(LANDDESK_CLI)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(LANDDESK_CLI, argv.data());
    _exit(127);
  }
  close(pipeFds[1]);
  Outcome o;
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + delay;
  pid_t done = 0;
  while ((done = waitpid(pid, &status, WNOHANG)) == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  if (done == 0) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }
  o.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  o.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  char buf[4096];
  ssize_t n;
  while ((n = read(pipeFds[0], buf, sizeof buf)) > 0) o.out.append(buf, static_cast<size_t>(n));
  close(pipeFds[0]);
  return o;
}

std::string codeIn(const std::string& json) {
  const std::string key = "\"code\":\"";
  auto at = json.find(key);
  if (at == std::string::npos) return {};
  auto end = json.find('"', at + key.size());
  return end == std::string::npos ? std::string() : json.substr(at + key.size(), end - at - key.size());
}

class File {
 public:
  explicit File(const std::string& path) { BOOST_REQUIRE(sqlite3_open_v2(path.c_str(), &h_, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK); }
  ~File() { sqlite3_close(h_); }
  std::string text(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    BOOST_REQUIRE_MESSAGE(sqlite3_prepare_v2(h_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK, sqlite3_errmsg(h_));
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
  }
  long long number(const std::string& sql) { return std::stoll(text(sql)); }

 private:
  sqlite3* h_ = nullptr;
};

// A 1×1 PNG made unique by a text chunk, so each intake stores a new file (the inbox keeps one item per content).
std::string uniquePng(int n) {
  auto be32 = [](uint32_t v) { return std::string{char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; };
  auto chunk = [&](const std::string& type, const std::string& data) {
    Poco::Checksum crc(Poco::Checksum::TYPE_CRC32);
    crc.update(type + data);
    return be32(static_cast<uint32_t>(data.size())) + type + data + be32(crc.checksum());
  };
  return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", be32(1) + be32(1) + std::string{8, 2, 0, 0, 0}) +
         chunk("tEXt", std::string("Comment\0", 8) + std::to_string(n)) +
         chunk("IDAT", std::string("\x78\x9c\x63\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00", 12)) + chunk("IEND", "");
}

const char* kCaseJson = R"({"kind":"transfer_whole","channel":"counter","officer":"Lê Văn Lực",
  "parties":[{"role":"transferor","full_name":"Đặng Văn Đông","birth_date":"1950","sex":"Nam",
              "id_documents":[{"type":"cccd","number":"044050001122"}]},
             {"role":"transferee","full_name":"Nguyễn Thị Mai","sex":"Nữ"}],
  "parcels":[{"parcel_number":"12","map_sheet":"5","area":"120.5","price":500000000}]})";

}  // namespace

BOOST_AUTO_TEST_SUITE(safety)

BOOST_AUTO_TEST_CASE(sigkill_during_500_writes_loses_nothing_committed) {
  TempDir dir;
  const std::string db = (dir / "desk.sqlite").string(), xdg = (dir / "xdg").string();
  const std::string caseFile = (dir / "case.json").string(), dataDir = (dir / "data").string();
  std::ofstream(caseFile) << kCaseJson;
  BOOST_REQUIRE_EQUAL(runProcess(LANDDESK_CLI, {"db", "init", "--db", db}, {{"XDG_DATA_HOME", xdg}}).exitCode, 0);

  // How long one unkilled write takes, so the kills land before, during and after the commit.
  const auto t0 = std::chrono::steady_clock::now();
  auto first = runAndMaybeKill({"case", "add", caseFile, "--json", "--db", db}, std::chrono::seconds(30), xdg);
  const auto typical = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
  BOOST_REQUIRE_EQUAL(first.exitCode, 0);
  std::set<std::string> committed{codeIn(first.out)};
  std::map<std::string, int> stage;
  std::set<std::string> importedScans;  // sha256 of scans the CLI reported imported  // case -> steps committed (received -> drafting -> draft_sent)
  const char* steps[] = {"drafting", "draft_sent"};

  std::mt19937 random(20261123);
  std::uniform_int_distribution<long> delay(0, typical.count() * 3);
  int kills = 0, completed = 1, addsCommitted = 1, advancesCommitted = 0, checks = 0;
  for (int i = 1; i < 500; ++i) {
    std::vector<std::string> args;
    std::string advanced;
    for (const auto& code : committed)
      if (!stage.contains(code)) stage[code] = 0;
    auto open = std::find_if(stage.begin(), stage.end(), [](const auto& s) { return s.second < 2; });
    const std::string scan = (dir / ("scan-" + std::to_string(i) + ".png")).string();
    if (i % 5 == 2) {
      std::ofstream(scan, std::ios::binary) << uniquePng(i);
      args = {"intake", scan, "--json", "--db", db, "--data-dir", dataDir};
    } else if (i % 3 == 0 && open != stage.end()) {
      advanced = open->first;
      args = {"case", "advance", advanced, steps[open->second], "--json", "--db", db};
    } else {
      args = {"case", "add", caseFile, "--json", "--db", db};
    }
    auto o = runAndMaybeKill(args, std::chrono::microseconds(delay(random)), xdg);
    if (!o.killed) {
      ++completed;
      BOOST_REQUIRE_MESSAGE(o.exitCode == 0 || !advanced.empty(), "write " << i << " failed: " << o.out);
      if (o.exitCode == 0 && args[0] == "intake") {
        const auto at = o.out.find("\"sha256\":\"");
        BOOST_REQUIRE(at != std::string::npos);
        importedScans.insert(o.out.substr(at + 10, 64));
        continue;
      }
      if (o.exitCode == 0 && advanced.empty()) committed.insert(codeIn(o.out)), ++addsCommitted;
      if (o.exitCode == 0 && !advanced.empty()) ++stage[advanced], ++advancesCommitted;
      continue;
    }
    ++kills;
    // A killed advance may or may not have committed: learn which from the file, as the next desk would.
    File file(db);
    ++checks;
    BOOST_REQUIRE_EQUAL(file.text("PRAGMA integrity_check"), "ok");
    for (const auto& code : committed)
      BOOST_REQUIRE_MESSAGE(file.number("SELECT COUNT(*) FROM case_file WHERE code = '" + code + "'") == 1,
                            "committed case " << code << " missing after kill " << kills);
    BOOST_REQUIRE_EQUAL(file.number("SELECT COUNT(*) FROM case_file c WHERE NOT EXISTS "
                                    "(SELECT 1 FROM case_party p WHERE p.case_id = c.id)"), 0);
    BOOST_REQUIRE_EQUAL(file.number("SELECT COUNT(*) FROM case_file c WHERE NOT EXISTS "
                                    "(SELECT 1 FROM case_parcel p WHERE p.case_id = c.id)"), 0);
    BOOST_REQUIRE_EQUAL(file.number("SELECT COUNT(*) FROM case_file c WHERE NOT EXISTS "
                                    "(SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.action = 'created')"), 0);
    BOOST_REQUIRE_EQUAL(file.number("SELECT COUNT(*) FROM case_file"),
                        file.number("SELECT COUNT(*) FROM audit_log WHERE action = 'case.create'"));
    for (const auto& sha : importedScans)
      BOOST_REQUIRE_MESSAGE(file.number("SELECT COUNT(*) FROM inbox_item WHERE sha256 = '" + sha + "'") == 1,
                            "imported scan " << sha << " missing after kill " << kills);
    // Every inbox row has its file in the store (the file is written first, the row commits after).
    const long long items = file.number("SELECT COUNT(*) FROM inbox_item");
    for (long long k = 0; k < items; ++k) {
      const std::string sha = file.text("SELECT sha256 FROM inbox_item ORDER BY id LIMIT 1 OFFSET " + std::to_string(k));
      BOOST_REQUIRE_MESSAGE(std::filesystem::exists(std::filesystem::path(dataDir) / "files" / sha.substr(0, 2) / sha.substr(2)),
                            "inbox item without its file: " << sha);
    }
    if (!advanced.empty()) {
      const std::string status = file.text("SELECT status FROM case_file WHERE code = '" + advanced + "'");
      const int before = stage[advanced];
      BOOST_REQUIRE_MESSAGE(status == (before == 0 ? "received" : steps[before - 1]) || status == steps[before],
                            "case " << advanced << " in state " << status);
      if (status == steps[before]) ++stage[advanced];
    }
    // Cases a killed add did commit (its code never printed) join the set through the file itself.
  }
  File file(db);
  BOOST_TEST(file.text("PRAGMA integrity_check") == "ok");
  auto verify = runProcess(LANDDESK_CLI, {"audit", "verify", "--db", db}, {{"XDG_DATA_HOME", xdg}});
  BOOST_TEST(verify.exitCode == 0, verify.err);
  std::ostringstream summary;
  summary << "sigkill: 500 writes, " << kills << " killed (" << checks << " checks passed), " << completed
                     << " completed (" << addsCommitted << " case adds, " << advancesCommitted
                     << " workflow steps, " << importedScans.size() << " scan imports reported committed), " << file.number("SELECT COUNT(*) FROM case_file")
                     << " cases in the file; one write takes " << typical.count() / 1000 << " ms";
  std::cout << summary.str() << std::endl;
  std::ofstream(artifactDirectory() / "sigkill_counts.txt") << summary.str() << '\n';
  BOOST_TEST(kills >= 50);  // the delays reach 3× a typical write, so a good share of the writes is cut short
}

BOOST_AUTO_TEST_SUITE_END()
