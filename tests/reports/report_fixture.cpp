#include "report_fixture.h"

#include <sqlite3.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "storage/case_repository.h"
#include "support/postgres_server.h"
#include "util/datetime.h"

namespace landdesk::test {

namespace {
std::string q(const std::string& s) { return "'" + s + "'"; }
}  // namespace

std::string authenticated(const std::string& at) {
  return "status = 'authenticated', authenticated_at = " + q(at) + ", stage_started_at = " + q(at) +
         ", stage_procedure = NULL, stage_due_at = NULL, paused_since = NULL";
}
std::string filed(const std::string& at, const std::string& due, const std::string& procedure) {
  return "status = 'filed', stage_started_at = " + q(at) + ", stage_procedure = " + q(procedure) +
         ", stage_due_at = " + q(due) + ", paused_since = NULL";
}
std::string resultReceived(const std::string& at) {
  return "status = 'result_received', stage_started_at = " + q(at) + ", stage_procedure = NULL, stage_due_at = NULL, "
         "paused_since = NULL";
}
std::string collected(const std::string& at) {
  return "status = 'collected', closed_at = " + q(at) + ", closed_status = 'collected', stage_started_at = " + q(at) +
         ", stage_procedure = NULL, stage_due_at = NULL, paused_since = NULL";
}
std::string refused(const std::string& at) {
  return "status = 'refused', closed_at = " + q(at) + ", closed_status = 'refused', stage_started_at = " + q(at) +
         ", stage_procedure = NULL, stage_due_at = NULL, paused_since = NULL";
}
std::string waitingPapers(const std::string& since) {
  return "status = 'waiting_papers', resume_status = status, stage_started_at = " + q(since) +
         ", stage_due_at = NULL, paused_since = " + q(since);
}
std::string taxNotice(const std::string& at, const std::string& taxDue) {
  return "status = 'tax_notice_received', stage_started_at = " + q(at) + ", stage_procedure = 'tax_payment', "
         "stage_due_at = " + q(taxDue) + ", paused_since = " + q(at);
}
std::string backToCadastral(const std::string& at) {
  return "status = 'handed_to_cadastral', stage_started_at = " + q(at) +
         ", stage_procedure = NULL, stage_due_at = NULL, paused_since = NULL";
}

std::unique_ptr<storage::Database> openDatabase(const std::filesystem::path& file) {
  storage::OpenOptions options;
  options.path = testDatabase(file);  // the file's server database in reports_postgresql
  auto db = storage::Database::open(options);
  BOOST_REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().en));
  return std::move(*db);
}

void execSql(const std::filesystem::path& file, const std::string& sql) {
  if (const auto url = testDatabase(file); isServerDatabase(url)) {
    std::string why;
    BOOST_REQUIRE_MESSAGE(PostgresServer::runSql(url.string(), sql, &why), why << " in: " << sql);
    return;
  }
  sqlite3* raw = nullptr;
  BOOST_REQUIRE(sqlite3_open(file.c_str(), &raw) == SQLITE_OK);
  sqlite3_busy_timeout(raw, 5000);
  char* message = nullptr;
  const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message);
  const std::string why = message ? message : "";
  sqlite3_free(message);
  sqlite3_close(raw);
  BOOST_REQUIRE_MESSAGE(rc == SQLITE_OK, why << " in: " << sql);
}

std::string querySingle(const std::filesystem::path& file, const std::string& sql) {
  if (const auto url = testDatabase(file); isServerDatabase(url)) {
    std::string out = PostgresServer::query(url.string(), sql);
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out.empty() ? "<no row>" : out;
  }
  sqlite3* raw = nullptr;
  BOOST_REQUIRE(sqlite3_open(file.c_str(), &raw) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  BOOST_REQUIRE_MESSAGE(sqlite3_prepare_v2(raw, sql.c_str(), -1, &st, nullptr) == SQLITE_OK, sqlite3_errmsg(raw));
  std::string out = "<no row>";
  if (sqlite3_step(st) == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(st, 0);
    out = text ? reinterpret_cast<const char*>(text) : "NULL";
  }
  sqlite3_finalize(st);
  sqlite3_close(raw);
  return out;
}

void addFixtureCases(const std::filesystem::path& file, const std::vector<FixtureCase>& cases) {
  {
    auto db = openDatabase(file);
    for (const FixtureCase& f : cases) {
      model::Case c;
      c.code = f.code;
      c.kind = f.kind;
      c.channel = f.channel;
      c.receivedAt = *parseCanonicalDateTime(f.receivedAt);
      if (!f.dueAt.empty()) c.dueAt = *parseCanonicalDateTime(f.dueAt);
      model::Party p;
      p.fullName = "Người Thử " + f.code;
      c.parties.push_back({p, model::PartyRole::Transferor, std::nullopt});
      auto added = db->cases().add(c, "test");
      BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? "" : added.error().en));
    }
  }
  for (const FixtureCase& f : cases)
    for (const std::string& step : f.steps)
      execSql(file, "UPDATE case_file SET " + step + " WHERE code = '" + f.code + "'");
}

reports::StatisticsRow rowOfCells(const std::string& cells) {
  reports::StatisticsRow r;
  std::istringstream in(cells);
  std::string cell;
  while (in >> cell) {
    if (cell == "online") ++r.receivedOnline;
    else if (cell == "direct") ++r.receivedDirect;
    else if (cell == "carried") ++r.carriedOver;
    else if (cell == "early") ++r.resolvedEarly;
    else if (cell == "on_time") ++r.resolvedOnTime;
    else if (cell == "late") ++r.resolvedLate;
    else if (cell == "within") ++r.pendingWithin;
    else if (cell == "overdue") ++r.pendingOverdue;
    else BOOST_FAIL("unknown cell name in a fixture: " << cell);
  }
  return r;
}

std::string readFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void writeFileBytesForTest(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary);
  out << bytes;
  BOOST_REQUIRE(out.good());
}

std::vector<long> integersIn(const std::string& line) {
  std::vector<long> out;
  std::string digits;
  for (size_t i = 0; i <= line.size(); ++i) {
    const char ch = i < line.size() ? line[i] : ' ';
    if (ch >= '0' && ch <= '9') {
      digits += ch;
    } else if (ch == '.' && !digits.empty() && i + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[i + 1]))) {
      continue;  // thousands dot inside a printed number
    } else if (!digits.empty()) {
      out.push_back(std::stol(digits));
      digits.clear();
    }
  }
  return out;
}

}  // namespace landdesk::test
