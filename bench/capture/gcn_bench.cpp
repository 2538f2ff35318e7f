// GCN page reading cost by stage (CPU seconds, one thread): load, page preparation, body OCR, the whole scan.
// Usage: bench_capture_gcn [--stages|--fields|--lines] FILE...   (OMP_THREAD_LIMIT=1, toolchain notes G1; one line per
// page; --stages adds the QR whole-image pass, preparation and body OCR alone; --fields prints each page's fields, flat keys, one JSON object
// per line, for compare.py; --lines the OCR lines)
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <cstring>
#include <iostream>
#include <cstdio>
#include <ctime>
#include <vector>

#include "capture/gcn_reader.h"
#include "capture/image_file.h"
#include "capture/ocr_engine.h"
#include "capture/page_preprocess.h"
#include "capture/qr_finder.h"
#include "capture/scanner.h"

using namespace landdesk::capture;

namespace {

double cpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE...\n", argv[0]);
    return 2;
  }
  auto engine = OcrEngine::create("vie");
  if (!engine) {
    std::fprintf(stderr, "%s\n", engine.error().en.c_str());
    return 1;
  }
  Scanner scanner;
  if (std::strcmp(argv[1], "--fields") == 0) {
    for (int i = 2; i < argc; ++i) {
      ScanOutcome r = scanner.scanFile(argv[i]);
      Poco::JSON::Object line, doc, fields;
      for (const CapturedDocument& d : r.documents) {
        doc.set("kind", std::string(documentKindName(d.kind)));
        for (const CapturedField& f : d.fields) fields.set(f.key, f.value);
      }
      doc.set("fields", fields);
      Poco::JSON::Array docs;
      docs.add(doc);
      line.set("file", std::string(argv[i]));
      line.set("documents", docs);
      line.stringify(std::cout);
      std::cout << std::endl;
    }
    return 0;
  }
  if (std::strcmp(argv[1], "--lines") == 0) {  // what OCR read, for looking into a missed field
    for (int i = 2; i < argc; ++i) {
      auto bytes = readFileBytes(argv[i], 64u << 20);
      auto pix = bytes ? decodeImage(*bytes) : landdesk::Result<PixPtr>(bytes.error());
      if (!pix) continue;
      GcnReadResult gcn = readGcnPage(**engine, pix->get());
      std::printf("== %s (quarter turns %d, %s)\n", argv[i], gcn.quarterTurns, gcn.document ? "gcn" : "not a gcn");
      for (const OcrLine& l : gcn.lines)
        std::printf("%5d %5d %3.0f%%  %s\n", l.box.x, l.box.y, l.confidence() * 100, l.text().c_str());
    }
    return 0;
  }
  bool stages = std::strcmp(argv[1], "--stages") == 0;  // also time the preparation and the body OCR alone
  std::vector<double> totals;
  for (int i = stages ? 2 : 1; i < argc; ++i) {
    if (!stages) {
      double t0 = cpuSeconds();
      ScanOutcome whole = scanner.scanFile(argv[i]);
      totals.push_back(cpuSeconds() - t0);
      std::printf("%-36s scan (QR + read) %.2f s CPU, %zu fields\n", argv[i], totals.back(),
                  whole.documents.empty() ? size_t{0} : whole.documents[0].fields.size());
      continue;
    }
    double t0 = cpuSeconds();
    auto bytes = readFileBytes(argv[i], 64u << 20);
    auto pix = bytes ? decodeImage(*bytes) : landdesk::Result<PixPtr>(bytes.error());
    if (!pix) {
      std::printf("%s: %s\n", argv[i], pix.error().en.c_str());
      continue;
    }
    double tq = cpuSeconds();
    QrSearchOptions cheap;
    cheap.firstPassOnly = true;
    QrSearchResult qr = findQrCodes(pix->get(), {}, cheap);
    double t1 = cpuSeconds();
    auto page = preparePage(pix->get());
    double t2 = cpuSeconds();
    if (page) (*engine)->readPage(page->text.get());
    double tOcr = cpuSeconds();
    GcnReadResult gcn = readGcnPage(**engine, pix->get());
    double t3 = cpuSeconds();
    ScanOutcome whole = scanner.scanFile(argv[i]);
    double t4 = cpuSeconds();
    size_t fields = whole.documents.empty() ? 0 : whole.documents[0].fields.size();
    totals.push_back(t4 - t3);
    std::printf("%-36s load %.2f  QR whole-image pass %.2f (%zu read, %d located only)  prepare %.2f  body OCR %.2f  read (prepare+OCR+extract) %.2f  scan (QR+read) %.2f s CPU, %zu fields\n",
                argv[i], tq - t0, t1 - tq, qr.codes.size(), qr.undecoded, t2 - t1, tOcr - t2, t3 - tOcr, t4 - t3, fields);
  }
  std::sort(totals.begin(), totals.end());
  if (!totals.empty())
    std::printf("GCN scan CPU per page: p50 %.2f s, max %.2f s over %zu pages (one thread; the first includes starting the OCR engine)\n",
                totals[totals.size() / 2], totals.back(), totals.size());
  return 0;
}
