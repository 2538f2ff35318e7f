// The periodic statistics report over a synthetic desk of N cases (default 1M) spread over six years: p50 of R
// runs for a month, a quarter, a year and the whole history, the query plan and the database size.
// Usage: bench_reports DB_FILE [CASES] [RUNS]. The file is filled once (bench-only bulk INSERT with one prepared
// statement, the stage columns the workflow would have written) and reused while it holds CASES cases.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "reports/statistics_report.h"
#include "storage/database.h"
#include "storage/report_queries.h"
#include "util/datetime.h"

using namespace landdesk;
using namespace std::chrono;
using Clock = steady_clock;

namespace {

uint64_t state = 0x9E3779B97F4A7C15ull;
uint64_t next() {  // splitmix64: the same desk on every machine
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }

const sys_days kFirst = sys_days(year(2021) / January / 1);
const sys_days kToday = sys_days(year(2026) / November / 20);

std::string at(sys_days d, int hour, int minute = 0) {
  const year_month_day ymd(d);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:00", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), hour, minute);
  return buf;
}

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::cerr << what << ": " << sqlite3_errmsg(db) << '\n';
    std::exit(3);
  }
}

// One case's row as the workflow leaves it (stage_started_at set, so the insert trigger leaves it alone).
struct Row {
  std::string code, kind, status, channel, received, due, authenticated, closed, closedStatus, stageStarted,
      stageProcedure, stageDue, paused, landDue, landResolved;
};

Row synthetic(size_t i, size_t n) {
  static const char* kinds[] = {"transfer_whole", "transfer_whole", "transfer_whole", "transfer_part", "gift", "gift",
                                "inheritance_division", "inheritance_declaration", "inheritance_refusal"};
  static const char* channels[] = {"counter", "counter", "counter", "counter", "counter", "counter",
                                   "zalo", "zalo", "email", "post", "online"};  // ~9 % online
  Row r;
  char code[32];
  std::snprintf(code, sizeof code, "HS-B-%07zu", i + 1);
  r.code = code;
  r.kind = kinds[below(9)];
  r.channel = channels[below(11)];
  const sys_days day = kFirst + days(static_cast<int>((kToday - kFirst).count() * static_cast<int64_t>(i) / static_cast<int64_t>(n)));
  const sys_days now = kToday;
  r.received = at(day, 7 + below(9), below(60));
  r.due = at(day + days(2 + (below(10) == 0)), 17);
  r.status = "visit1_booked";
  r.stageStarted = r.received;
  r.stageProcedure = "authentication_transaction";
  r.stageDue = r.due;
  const int fate = below(100);
  if (fate < 2 && day + days(1) <= now) {  // refused before authentication
    r.status = r.closedStatus = "refused";
    r.closed = r.stageStarted = at(day + days(1), 10);
    r.stageProcedure = r.stageDue = "";
    return r;
  }
  const sys_days authDay = day + days(std::array{0, 1, 1, 2, 2, 3, 5}[below(7)]);
  if (authDay >= now) {
    if (below(20) == 0) {
      r.status = "waiting_papers";
      r.paused = r.stageStarted = at(day + days(1), 9);
      r.stageDue = "";
    }
    return r;
  }
  r.authenticated = at(authDay, 8 + below(8));
  r.status = "authenticated";
  r.stageStarted = r.authenticated;
  r.stageProcedure = r.stageDue = "";
  if (r.kind == std::string("inheritance_refusal")) {
    r.status = r.closedStatus = "collected";
    r.closed = r.stageStarted = at(authDay, 16);
    return r;  // no registration leg: the land columns stay NULL
  }
  const sys_days filedDay = authDay + days(1 + below(3));
  if (filedDay >= now) return r;
  const bool split = r.kind == std::string("transfer_part");
  r.status = "filed";
  r.stageStarted = at(filedDay, 9);
  r.stageProcedure = split ? "parcel_split" : "change_registration";
  r.landDue = r.stageDue = at(filedDay + days(split ? 17 : 12), 17);
  const sys_days resultDay = filedDay + days(5 + below(14));
  if (resultDay >= now) {
    if (below(4) == 0) {  // waiting for tax: the registration clock stopped
      r.status = "tax_notice_received";
      r.paused = r.stageStarted = at(filedDay + days(3), 9);
      r.stageProcedure = "tax_payment";
      r.stageDue = at(filedDay + days(33), 17);
    }
    return r;
  }
  r.landResolved = at(resultDay, 10);
  r.status = "result_received";
  r.stageStarted = r.landResolved;
  r.stageProcedure = r.stageDue = "";
  const sys_days collectDay = resultDay + days(1 + below(10));
  if (collectDay >= now) return r;
  r.status = r.closedStatus = "collected";
  r.closed = r.stageStarted = at(collectDay, 14);
  return r;
}

void fill(const std::filesystem::path& file, size_t n) {
  {
    storage::OpenOptions options;
    options.path = file;
    auto db = storage::Database::open(options);  // creates the schema with every migration
    if (!db) {
      std::cerr << db.error().en << '\n';
      std::exit(3);
    }
  }
  sqlite3* db = nullptr;
  check(sqlite3_open(file.c_str(), &db), db, "open");
  check(sqlite3_exec(db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; BEGIN", nullptr, nullptr, nullptr), db,
        "begin");
  sqlite3_stmt* st = nullptr;
  check(sqlite3_prepare_v2(db,
                           "INSERT INTO case_file(code, kind, status, channel, received_at, due_at, officer, "
                           "authenticated_at, closed_at, closed_status, stage_started_at, stage_procedure, "
                           "stage_due_at, paused_since, land_due_at, land_resolved_at) "
                           "VALUES(?, ?, ?, ?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &st, nullptr),
        db, "prepare");
  const auto start = Clock::now();
  for (size_t i = 0; i < n; ++i) {
    const Row r = synthetic(i, n);
    const std::string* values[] = {&r.code,          &r.kind,   &r.status,     &r.channel,        &r.received,
                                   &r.due,           &r.authenticated, &r.closed, &r.closedStatus, &r.stageStarted,
                                   &r.stageProcedure, &r.stageDue, &r.paused,  &r.landDue,        &r.landResolved};
    for (int k = 0; k < 15; ++k) {
      if (values[k]->empty() && k >= 6) sqlite3_bind_null(st, k + 1);
      else sqlite3_bind_text(st, k + 1, values[k]->c_str(), static_cast<int>(values[k]->size()), SQLITE_TRANSIENT);
    }
    check(sqlite3_step(st), db, "insert");
    sqlite3_reset(st);
    if ((i + 1) % 200000 == 0) std::cerr << "  " << (i + 1) << " cases\n";
  }
  sqlite3_finalize(st);
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
  sqlite3_close(db);
  const double s = duration<double>(Clock::now() - start).count();
  std::cout << "filled " << n << " cases in " << s << " s (" << static_cast<int64_t>(n / s) << " cases/s)\n";
}

int64_t caseCount(const std::filesystem::path& file) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return -1;
  sqlite3_stmt* st = nullptr;
  int64_t count = -1;
  if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM case_file", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    count = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return count;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_reports DB_FILE [CASES] [RUNS]\n";
    return 2;
  }
  const std::filesystem::path file = argv[1];
  const size_t n = argc > 2 ? std::stoul(argv[2]) : 1000000;
  const int runs = argc > 3 ? std::stoi(argv[3]) : 5;
  if (!std::filesystem::exists(file) || caseCount(file) != static_cast<int64_t>(n)) {
    std::filesystem::remove(file);
    std::filesystem::remove(file.string() + "-wal");
    std::filesystem::remove(file.string() + "-shm");
    fill(file, n);
  }
  storage::OpenOptions options;
  options.path = file;
  auto db = storage::Database::open(options);
  if (!db) {
    std::cerr << db.error().en << '\n';
    return 3;
  }
  std::cout << "database: " << file.string() << ", " << n << " cases, "
            << std::filesystem::file_size(file) / 1e6 << " MB\n";
  struct Period {
    const char* name;
    const char* from;
    const char* to;
  };
  const Period periods[] = {{"month 2026-10", "2026-10-01", "2026-10-31"},
                            {"quarter 2026-Q3", "2026-07-01", "2026-09-30"},
                            {"year 2025", "2025-01-01", "2025-12-31"},
                            {"whole history", "2021-01-01", "2026-12-31"}};
  bool planShown = false;
  for (const Period& p : periods) {
    const auto period = *reports::parsePeriod(p.from, p.to);
    if (!planShown) {
      planShown = true;
      auto plan = storage::ReportQueries(**db).statisticsPlan(period.fromIso(), period.endIso());
      if (!plan) {
        std::cerr << plan.error().en << '\n';
        return 3;
      }
      for (const auto& line : *plan) std::cout << "  plan: " << line << '\n';
    }
    std::vector<double> ms;
    reports::StatisticsReport last;
    for (int i = 0; i < runs; ++i) {
      const auto start = Clock::now();
      auto report = reports::computeStatistics(**db, period);
      ms.push_back(duration<double, std::milli>(Clock::now() - start).count());
      if (!report) {
        std::cerr << report.error().en << '\n';
        return 3;
      }
      last = *report;
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    std::printf("%-16s p50 %8.1f ms  (min %.1f, max %.1f over %d runs)", p.name, sorted[sorted.size() / 2],
                sorted.front(), sorted.back(), runs);
    for (const auto& row : last.rows)
      std::printf("  %s: received %lld resolved %lld pending %lld", row.code.c_str(),
                  static_cast<long long>(row.receivedTotal()), static_cast<long long>(row.resolvedTotal()),
                  static_cast<long long>(row.pendingTotal()));
    std::printf("\n");
  }
  return 0;
}
