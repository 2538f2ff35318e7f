// Name-search latency (p50/p95) of the case search at a given number of parties, and the database size.
// Usage: bench_search DB_FILE PARTIES [QUERIES]; the database is filled with synthetic cases once and reused.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "demo/synthetic_cases.h"
#include "storage/case_repository.h"

using namespace landdesk;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s DB_FILE PARTIES [QUERIES]\n", argv[0]);
    return 2;
  }
  const std::filesystem::path file = argv[1];
  const size_t wantParties = std::stoul(argv[2]);
  const size_t queries = argc > 3 ? std::stoul(argv[3]) : 1000;

  auto db = storage::Database::open({file});
  if (!db) {
    std::fprintf(stderr, "%s\n", db.error().en.c_str());
    return 1;
  }
  auto repo = (*db)->cases();
  // Parties are counted from the generator: the demo mix averages about three per case.
  size_t cases = static_cast<size_t>(*repo.count()), parties = 0;
  std::vector<std::string> names;
  {
    auto sample = demo::syntheticCases(2000, 7, localNow());
    for (auto& c : sample)
      for (auto& p : c.parties) names.push_back(p.party.fullName);
  }
  const double partiesPerCase = static_cast<double>(names.size()) / 2000.0;
  parties = static_cast<size_t>(static_cast<double>(cases) * partiesPerCase);
  const auto fillStart = Clock::now();
  for (uint64_t batch = cases; parties < wantParties; ++batch) {
    auto more = demo::syntheticCases(10000, 1000 + batch, localNow());
    if (auto ok = repo.addAll(more, "bench"); !ok) {
      std::fprintf(stderr, "%s\n", ok.error().en.c_str());
      return 1;
    }
    cases += more.size();
    for (auto& c : more) parties += c.parties.size();
    std::fprintf(stderr, "\rfilled %zu cases, ~%zu parties", cases, parties);
  }
  if (Clock::now() - fillStart > std::chrono::seconds(1))
    std::fprintf(stderr, "\nfill took %.0f s\n", std::chrono::duration<double>(Clock::now() - fillStart).count());

  // Queries as officers type them: family + given name without marks, or the full name with marks.
  std::mt19937 rng(42);
  std::vector<double> ms;
  size_t hits = 0;
  for (size_t i = 0; i < queries; ++i) {
    const std::string& name = names[rng() % names.size()];
    std::string query = name;
    if (i % 2 == 0) {  // "Nguyễn Văn An" -> "nguyen an"
      const auto first = name.find(' '), last = name.rfind(' ');
      query = name.substr(0, first) + name.substr(last);
    }
    const auto t0 = Clock::now();
    auto found = repo.search(query, 50);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (found && !found->empty()) ++hits;
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[static_cast<size_t>(p * static_cast<double>(ms.size() - 1))]; };
  const double sizeMb = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
  std::printf("parties=%zu cases=%zu db_mb=%.1f queries=%zu hits=%zu search_p50_ms=%.2f search_p95_ms=%.2f max_ms=%.2f\n",
              parties, cases, sizeMb, queries, hits, pct(0.5), pct(0.95), ms.back());
  return 0;
}
