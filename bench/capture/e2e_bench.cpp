// Scan → filled case, end to end: two ID-card images and one GCN page taken into the Inbox, assigned to one new case
// (read by the capture scanner: QR, OCR), and every value read confirmed into the case's parties and parcel.
// Usage: bench_capture_e2e CCCD_A CCCD_B GCN [ROUNDS]   (OMP_THREAD_LIMIT=1; prints seconds per document)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include <string>
#include <vector>

#include <unistd.h>

#include "intake/case_assignment.h"
#include "intake/inbox_importer.h"
#include "storage/case_repository.h"
#include "storage/database.h"
#include "verify/field_confirmation.h"

using namespace landdesk;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double cpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

struct DocTime {
  std::string file;
  double wall = 0, cpu = 0;
  size_t fields = 0;
};

// One round in a fresh data directory; false (with a message) when a step fails.
bool round(const std::vector<fs::path>& files, const fs::path& dir, const intake::PaperReader& reader,
           std::vector<DocTime>& times, std::string& summary) {
  storage::OpenOptions o;
  o.path = dir / "landdesk.sqlite";
  auto db = storage::Database::open(o);
  if (!db) return std::fprintf(stderr, "%s\n", db.error().en.c_str()), false;
  intake::InboxImporter importer(**db, dir);
  std::string code;
  for (const fs::path& file : files) {
    auto t0 = Clock::now();
    double c0 = cpuSeconds();
    auto imported = importer.importFile(file, {});
    if (!imported || imported->stored.empty())
      return std::fprintf(stderr, "%s: not imported\n", file.c_str()), false;
    intake::AssignRequest request;
    request.itemId = imported->stored.front().item.id;
    if (code.empty()) request.newCaseKind = model::CaseKind::TransferWhole;
    else request.caseCode = code;
    auto assigned = intake::assignToCase(**db, dir, request, reader);
    if (!assigned) return std::fprintf(stderr, "%s: %s\n", file.c_str(), assigned.error().en.c_str()), false;
    code = assigned->caseFile.code;
    size_t confirmed = 0;
    for (const model::ExtractedField& f : verify::weakestFirst(assigned->document)) {
      if (f.value.empty()) continue;
      verify::ConfirmRequest c{code, assigned->document.id, f.name, f.value, "bench"};
      if (verify::confirmField(**db, c)) ++confirmed;
    }
    times.push_back({file.filename().string(), std::chrono::duration<double>(Clock::now() - t0).count(),
                     cpuSeconds() - c0, confirmed});
  }
  auto c = (*db)->cases().byCode(code);
  if (!c) return std::fprintf(stderr, "case %s not found\n", code.c_str()), false;
  summary = code + ": " + std::to_string(c->parties.size()) + " parties";
  for (const auto& p : c->parties) summary += " [" + p.party.fullName + "]";
  summary += ", " + std::to_string(c->parcels.size()) + " parcel(s)";
  for (const auto& p : c->parcels)
    summary += " [thửa " + p.parcel.parcelNumber + " tờ " + p.parcel.mapSheet + ", " + p.parcel.area.canonical() + " m²]";
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s CCCD_A CCCD_B GCN [ROUNDS]\n", argv[0]);
    return 2;
  }
  std::vector<fs::path> files = {argv[1], argv[2], argv[3]};
  int rounds = argc > 4 ? std::max(1, std::atoi(argv[4])) : 1;
  intake::PaperReader reader = intake::captureReader(true);  // one scanner (one OCR engine) for the whole run
  std::vector<DocTime> times;
  std::string summary;
  for (int r = 0; r < rounds; ++r) {
    fs::path dir = fs::temp_directory_path() / ("landdesk-e2e-" + std::to_string(::getpid()) + "-" + std::to_string(r));
    fs::remove_all(dir);
    fs::create_directories(dir);
    bool ok = round(files, dir, reader, times, summary);
    fs::remove_all(dir);
    if (!ok) return 1;
  }
  double worst = 0, sum = 0;
  for (const DocTime& t : times) {
    std::printf("%-32s wall %.2f s  cpu %.2f s  %zu values confirmed into the case\n", t.file.c_str(), t.wall, t.cpu, t.fields);
    worst = std::max(worst, t.wall);
    sum += t.wall;
  }
  std::printf("%s\n", summary.c_str());
  std::printf("Scan → filled case: %zu documents, mean %.2f s, max %.2f s wall per document (import, read, assign, confirm; "
              "first document includes starting the OCR engine)\n",
              times.size(), sum / static_cast<double>(times.size()), worst);
  return 0;
}
