// Dashboard latency: fills a desk with N open cases across every stage (plus half as many closed ones and a day's
// visits) straight through SQLite, then times workflow::dashboard() over repeated runs.
// Usage: bench_dashboard DB.sqlite [OPEN_CASES=100000] [RUNS=200]
#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "rules/rule_book.h"
#include "storage/database.h"
#include "workflow/dashboard.h"

using namespace landdesk;
using Clock = std::chrono::steady_clock;

namespace {

// The moment the dashboard is asked about: a Wednesday morning.
const LocalDateTime kNow = LocalDateTime{std::chrono::local_days(std::chrono::year(2026) / 3 / 4)} + std::chrono::hours(10);

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

struct Stage {
  const char* status;
  const char* procedure;  // nullptr: no clock
  bool paused;
};

// Open stages, weighted roughly as a desk sees them.
const Stage kStages[] = {
    {"received", "authentication_transaction", false}, {"drafting", "authentication_transaction", false},
    {"draft_sent", "authentication_transaction", false}, {"visit1_booked", "authentication_transaction", false},
    {"waiting_papers", nullptr, true},                  {"authenticated", "register_after_authentication", false},
    {"handed_to_cadastral", "register_after_authentication", false}, {"filed", "change_registration", false},
    {"tax_notice_received", "tax_payment", true},       {"tax_paid", "change_registration", false},
    {"result_received", nullptr, false},                {"citizen_notified", nullptr, false},
};

std::string iso(LocalDateTime t) { return isoDateTime(t); }

void fill(const std::filesystem::path& file, int64_t open) {
  sqlite3* db = nullptr;
  check(sqlite3_open(file.c_str(), &db), db, "open");
  check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr), db, "begin");
  sqlite3_stmt* ins = nullptr;
  check(sqlite3_prepare_v2(db,
                           "INSERT INTO case_file(code, kind, status, channel, received_at, due_at, officer, main_party, "
                           "stage_started_at, stage_procedure, stage_due_at, paused_since, authenticated_at, closed_at, "
                           "closed_status) VALUES(?, 'transfer_whole', ?, 'counter', ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &ins, nullptr),
        db, "prepare case");
  sqlite3_stmt* visit = nullptr;
  check(sqlite3_prepare_v2(db,
                           "INSERT INTO visit(case_id, number, at, place, papers, booked_at, booked_by) "
                           "VALUES(?, ?, ?, 'UBND xã', 'CCCD', ?, 'bench')",
                           -1, &visit, nullptr),
        db, "prepare visit");
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int> minutes(-60 * 24 * 40, 60 * 24 * 30);  // stage due from 40 days ago to 30 ahead
  const char* names[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"};
  const int64_t total = open + open / 2;
  for (int64_t i = 0; i < total; ++i) {
    const bool closed = i >= open;
    const Stage& s = kStages[i % std::size(kStages)];
    const LocalDateTime due = kNow + std::chrono::minutes(minutes(rng));
    const LocalDateTime received = due - std::chrono::hours(24 * 20);
    const std::string code = "HS-2026-" + std::to_string(100000 + i), receivedText = iso(received), dueText = iso(due);
    sqlite3_bind_text(ins, 1, code.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 2, closed ? "collected" : s.status, -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 3, receivedText.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 4, dueText.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 5, names[i % std::size(names)], -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 6, receivedText.c_str(), -1, SQLITE_TRANSIENT);
    if (closed || !s.procedure) sqlite3_bind_null(ins, 7);
    else sqlite3_bind_text(ins, 7, s.procedure, -1, SQLITE_STATIC);
    if (closed || !s.procedure || (s.paused && std::string(s.status) == "waiting_papers")) sqlite3_bind_null(ins, 8);
    else sqlite3_bind_text(ins, 8, dueText.c_str(), -1, SQLITE_TRANSIENT);
    if (!closed && s.paused) sqlite3_bind_text(ins, 9, receivedText.c_str(), -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(ins, 9);
    sqlite3_bind_text(ins, 10, receivedText.c_str(), -1, SQLITE_TRANSIENT);
    if (closed) {
      sqlite3_bind_text(ins, 11, dueText.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(ins, 12, "collected", -1, SQLITE_STATIC);
    } else {
      sqlite3_bind_null(ins, 11);
      sqlite3_bind_null(ins, 12);
    }
    check(sqlite3_step(ins), db, "insert case");
    sqlite3_reset(ins);
    // About 40 visits a working day over the month around "now".
    if (!closed && i % 50 == 0) {
      const int64_t id = sqlite3_last_insert_rowid(db);
      const LocalDateTime at = std::chrono::floor<std::chrono::days>(due) + std::chrono::hours(8 + (i / 50) % 9);
      const std::string atText = iso(at), booked = iso(kNow - std::chrono::hours(24));
      sqlite3_bind_int64(visit, 1, id);
      sqlite3_bind_int(visit, 2, 1 + static_cast<int>(i % 2));
      sqlite3_bind_text(visit, 3, atText.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(visit, 4, booked.c_str(), -1, SQLITE_TRANSIENT);
      check(sqlite3_step(visit), db, "insert visit");
      sqlite3_reset(visit);
    }
  }
  sqlite3_finalize(ins);
  sqlite3_finalize(visit);
  check(sqlite3_exec(db, "COMMIT; ANALYZE", nullptr, nullptr, nullptr), db, "commit");
  sqlite3_close(db);
}

// CPU time of this process: on a shared, loaded machine the wall clock mostly measures waiting for a core.
double cpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DB.sqlite [OPEN_CASES] [RUNS]\n", argv[0]);
    return 2;
  }
  const std::filesystem::path file = argv[1];
  const int64_t open = argc > 2 ? std::stoll(argv[2]) : 100000;
  const int runs = argc > 3 ? std::stoi(argv[3]) : 200;
  auto rules = rules::loadRuleBook();
  if (!rules) {
    std::fprintf(stderr, "rules: %s\n", rules.error().en.c_str());
    return 1;
  }
  if (!std::filesystem::exists(file)) {
    {
      auto created = storage::Database::open({file});
      if (!created) {
        std::fprintf(stderr, "%s\n", created.error().en.c_str());
        return 1;
      }
    }
    const auto t0 = Clock::now();
    fill(file, open);
    std::printf("filled %lld open + %lld closed cases in %.1f s\n", static_cast<long long>(open),
                static_cast<long long>(open / 2), std::chrono::duration<double>(Clock::now() - t0).count());
  }
  auto db = storage::Database::open({file, false});
  if (!db) {
    std::fprintf(stderr, "%s\n", db.error().en.c_str());
    return 1;
  }
  std::vector<double> ms, cpu;
  workflow::Dashboard last;
  for (int i = 0; i < runs + 3; ++i) {
    const auto t0 = Clock::now();
    const double c0 = cpuMs();
    auto d = workflow::dashboard(**db, *rules, kNow, 50);
    const double took = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    const double tookCpu = cpuMs() - c0;
    if (!d) {
      std::fprintf(stderr, "dashboard: %s\n", d.error().en.c_str());
      return 1;
    }
    if (i >= 3) {  // the first runs warm the page cache
      ms.push_back(took);
      cpu.push_back(tookCpu);
    }
    last = std::move(*d);
  }
  std::printf("dashboard over %lld open cases, %d runs: wall p50 %.2f ms, p95 %.2f ms, max %.2f ms; "
              "CPU p50 %.2f ms, p95 %.2f ms\n",
              static_cast<long long>(open), runs, percentile(ms, 0.5), percentile(ms, 0.95),
              *std::max_element(ms.begin(), ms.end()), percentile(cpu, 0.5), percentile(cpu, 0.95));
  std::printf("sections: visits today %zu, due soon %lld, overdue %lld, waiting tax %lld, waiting result %lld, "
              "waiting papers %lld\n",
              last.visitsToday.size(), static_cast<long long>(last.dueSoon.total),
              static_cast<long long>(last.overdue.total), static_cast<long long>(last.waitingTax.total),
              static_cast<long long>(last.waitingResult.total), static_cast<long long>(last.waitingPapers.total));
  return 0;
}
