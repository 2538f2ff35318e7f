// QR decode time per image (p50/p95) and decode rate over a folder of ID-card images: load + find + parse.
// Usage: bench_capture_qr DIR [REPEATS]   (prints one line per image, then the summary)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <vector>

#include "capture/id_card_reader.h"
#include "capture/image_file.h"
#include "capture/qr_finder.h"

using namespace landdesk::capture;
using Clock = std::chrono::steady_clock;

namespace {

// CPU time of this thread: the decode is single-threaded, so on a loaded machine it is the figure a quiet one gives.
double cpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [REPEATS]\n", argv[0]);
    return 2;
  }
  int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(argv[1]))
    if (e.path().extension() == ".jpg" || e.path().extension() == ".png" || e.path().extension() == ".tif") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<double> times, cpuTimes;
  int decoded = 0;
  for (const auto& f : files) {
    std::vector<double> runs, cpuRuns;
    bool ok = false;
    std::string pass;
    for (int r = 0; r < repeats; ++r) {
      auto t0 = Clock::now();
      double c0 = cpuMs();
      auto bytes = readFileBytes(f, 64u << 20);
      auto pix = bytes ? decodeImage(*bytes) : landdesk::Result<PixPtr>(bytes.error());
      QrSearchResult found;
      if (pix) found = findQrCodes(pix->get(), isIdCardPayload);
      ok = found.accepted >= 0;
      if (ok) pass = found.codes[static_cast<size_t>(found.accepted)].pass;
      runs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      cpuRuns.push_back(cpuMs() - c0);
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpuRuns.begin(), cpuRuns.end());
    times.push_back(runs[runs.size() / 2]);
    cpuTimes.push_back(cpuRuns[cpuRuns.size() / 2]);
    decoded += ok;
    std::printf("%-32s %8.1f ms wall %8.1f ms CPU  %s %s\n", f.filename().c_str(), times.back(), cpuTimes.back(),
                ok ? "decoded" : "MISSED", pass.c_str());
  }
  auto pct = [](std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5))];
  };
  std::printf("LandDesk QR: %d/%zu decoded (%.1f%%), per image p50 %.1f ms, p95 %.1f ms wall; CPU p50 %.1f ms, p95 %.1f ms "
              "(load+decode+parse, median of %d)\n",
              decoded, files.size(), files.empty() ? 0 : 100.0 * decoded / files.size(), pct(times, 0.5), pct(times, 0.95),
              pct(cpuTimes, 0.5), pct(cpuTimes, 0.95), repeats);
  return 0;
}
