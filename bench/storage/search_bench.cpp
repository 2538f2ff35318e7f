// Name-search latency (p50/p95) of the case search at a given number of parties, the database size, and the rate at
// which CaseRepository::addAll fills it. Usage: bench_search DB_FILE PARTIES [QUERIES]; the database is filled with
// synthetic cases once and reused (a filled file only gets the cases it lacks). Each query's CPU time is printed
// beside its wall-clock time: on a shared 2-core machine the wall clock mostly measures waiting for a core.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "demo/synthetic_cases.h"
#include "storage/case_repository.h"

using namespace landdesk;
using Clock = std::chrono::steady_clock;

namespace {

double threadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Desk {
  size_t cases = 0;
  size_t parties = 0;
};

// Adds synthetic cases, 10 000 per transaction, until the desk holds at least `wantParties` parties. The connection
// is closed at the end, which checkpoints the write-ahead log into the file.
Result<Desk> fill(const std::filesystem::path& file, size_t wantParties) {
  auto db = storage::Database::open({file});
  if (!db) return db.error();
  auto repo = (*db)->cases();
  auto stored = repo.count();
  if (!stored) return stored.error();
  auto people = repo.countParties();
  if (!people) return people.error();
  Desk desk{static_cast<size_t>(*stored), static_cast<size_t>(*people)};
  const size_t before = desk.cases;
  const auto start = Clock::now();
  for (uint64_t batch = desk.cases; desk.parties < wantParties; ++batch) {
    auto more = demo::syntheticCases(10000, 1000 + batch, localNow());
    if (auto ok = repo.addAll(more, "bench"); !ok) return ok.error();
    desk.cases += more.size();
    for (auto& c : more) desk.parties += c.parties.size();
    std::fprintf(stderr, "\rfilled %zu cases, %zu parties", desk.cases, desk.parties);
  }
  if (desk.cases > before) {
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::fprintf(stderr, "\nfill: %zu cases in %.0f s = %.0f cases/s (CaseRepository::addAll, 10 000 per transaction)\n",
                 desk.cases - before, seconds, static_cast<double>(desk.cases - before) / seconds);
  }
  return desk;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s DB_FILE PARTIES [QUERIES]\n", argv[0]);
    return 2;
  }
  const std::filesystem::path file = argv[1];
  const size_t wantParties = std::stoul(argv[2]);
  const size_t queries = argc > 3 ? std::stoul(argv[3]) : 1000;

  std::vector<std::string> names;  // names as the generator makes them: most are in the database
  for (auto& c : demo::syntheticCases(2000, 7, localNow()))
    for (auto& p : c.parties) names.push_back(p.party.fullName);
  auto desk = fill(file, wantParties);
  if (!desk) {
    std::fprintf(stderr, "%s\n", desk.error().en.c_str());
    return 1;
  }

  // A fresh connection, as the desk app's.
  auto db = storage::Database::open({file});
  if (!db) {
    std::fprintf(stderr, "%s\n", db.error().en.c_str());
    return 1;
  }
  auto repo = (*db)->cases();
  // Queries as officers type them: family + given name ("Nguyễn Văn An" -> "Nguyễn An"), or the full name.
  std::mt19937 rng(42);
  std::vector<double> ms, cpuMs;
  size_t hits = 0;
  for (size_t i = 0; i < queries; ++i) {
    const std::string& name = names[rng() % names.size()];
    std::string query = name;
    if (i % 2 == 0) {
      const auto first = name.find(' '), last = name.rfind(' ');
      query = name.substr(0, first) + name.substr(last);
    }
    const auto t0 = Clock::now();
    const double cpu0 = threadCpuMs();
    auto found = repo.search(query, 50);
    cpuMs.push_back(threadCpuMs() - cpu0);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (found && !found->empty()) ++hits;
  }
  std::sort(ms.begin(), ms.end());
  std::sort(cpuMs.begin(), cpuMs.end());
  auto pct = [](const std::vector<double>& v, double p) { return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))]; };
  const double sizeMb = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
  double load[1] = {0};
  getloadavg(load, 1);
  std::printf("parties=%zu cases=%zu db_mb=%.1f queries=%zu hits=%zu search_p50_ms=%.2f search_p95_ms=%.2f "
              "max_ms=%.2f cpu_p50_ms=%.2f cpu_p95_ms=%.2f load=%.1f\n",
              desk->parties, desk->cases, sizeMb, queries, hits, pct(ms, 0.5), pct(ms, 0.95), ms.back(), pct(cpuMs, 0.5),
              pct(cpuMs, 0.95), load[0]);
  return 0;
}
