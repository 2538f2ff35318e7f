// bench_docgen OUT_DIR [N]: writes the contract template (plain and split-run) and its data into OUT_DIR, then
// renders each N times with LandDesk (compiled once, each render a DEFLATE .docx written to disk) and prints
// "landdesk <variant> <renders/s wall> <renders/s CPU>" lines that run.sh compares with docxtemplater.
#include <malloc.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "contract_template.h"
#include "docgen/template_engine.h"

using namespace landdesk;

namespace {

// CPU seconds of this process: on a shared, loaded machine wall time mostly measures the neighbours.
double cpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void write(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary);
  out << bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_docgen OUT_DIR [N]\n";
    return 2;
  }
  // Same tuning as `landdesk-cli render`: keep zlib's ~300 kB per-entry state in the heap between renders
  // instead of returning it to the kernel and faulting it back in for every zip entry.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  const std::filesystem::path dir = argv[1];
  const int n = argc > 2 ? std::atoi(argv[2]) : 2000;
  std::filesystem::create_directories(dir);
  write(dir / "data.json", bench::contractDataJson());
  auto data = docgen::parseJsonData(bench::contractDataJson());
  if (!data) return 1;
  for (bool split : {false, true}) {
    const std::string name = split ? "split" : "plain";
    const std::string docx = bench::contractTemplateDocx(split);
    write(dir / ("contract-" + name + ".docx"), docx);
    auto outcome = docgen::compileTemplate(docx);
    if (!outcome.compiled) {
      for (const auto& e : outcome.check.errors) std::cerr << e.id << " " << e.tag << " " << e.en << '\n';
      return 1;
    }
    const auto out = dir / ("landdesk-" + name + "-out.docx");
    for (int i = 0; i < 20; ++i) (void)outcome.compiled->renderToFile(out, *data);  // warm-up
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpuSeconds();
    for (int i = 0; i < n; ++i) {
      auto r = outcome.compiled->renderToFile(out, *data);
      if (!r.ok() || !r.warnings.empty()) {
        std::cerr << "render problem: " << (r.errors.empty() ? r.warnings.front().id : r.errors.front().id) << '\n';
        return 1;
      }
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("landdesk %s %.1f %.1f\n", name.c_str(), n / s, n / (cpuSeconds() - c0));
    std::fflush(stdout);
  }
  return 0;
}
