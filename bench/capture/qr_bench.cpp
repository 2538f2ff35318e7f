// QR decode time per image (p50/p95) and decode rate over a folder of ID-card images: load + find + parse.
// Usage: bench_capture_qr DIR [REPEATS]   (prints one line per image, then the summary)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "capture/id_card_reader.h"
#include "capture/image_file.h"
#include "capture/qr_finder.h"

using namespace landdesk::capture;
using Clock = std::chrono::steady_clock;

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
  std::vector<double> times;
  int decoded = 0;
  for (const auto& f : files) {
    std::vector<double> runs;
    bool ok = false;
    std::string pass;
    for (int r = 0; r < repeats; ++r) {
      auto t0 = Clock::now();
      auto bytes = readFileBytes(f, 64u << 20);
      auto pix = bytes ? decodeImage(*bytes) : landdesk::Result<PixPtr>(bytes.error());
      QrSearchResult found;
      if (pix) found = findQrCodes(pix->get(), isIdCardPayload);
      ok = found.accepted >= 0;
      if (ok) pass = found.codes[static_cast<size_t>(found.accepted)].pass;
      runs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(runs.begin(), runs.end());
    times.push_back(runs[runs.size() / 2]);
    decoded += ok;
    std::printf("%-32s %8.1f ms  %s %s\n", f.filename().c_str(), times.back(), ok ? "decoded" : "MISSED", pass.c_str());
  }
  std::vector<double> sorted = times;
  std::sort(sorted.begin(), sorted.end());
  auto pct = [&](double p) { return sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, static_cast<size_t>(p * (sorted.size() - 1) + 0.5))]; };
  std::printf("LandDesk QR: %d/%zu decoded (%.1f%%), per image p50 %.1f ms, p95 %.1f ms (load+decode+parse, median of %d)\n",
              decoded, files.size(), files.empty() ? 0 : 100.0 * decoded / files.size(), pct(0.5), pct(0.95), repeats);
  return 0;
}
