// Reading one file a citizen handed in (image or PDF): every page tried for an ID-card QR, then read as a GCN.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "capture/captured_document.h"
#include "capture/image_file.h"
#include "util/error.h"

namespace landdesk::capture {

class OcrEngine;

struct ScanOptions {
  std::chrono::milliseconds qrBudget{1500};  // per page, CPU time, for the hard QR passes
  bool ocr = true;                           // false: QR only (fast triage)
  ImageLimits limits;
};

struct ScanOutcome {
  std::vector<CapturedDocument> documents;  // one per page at most (`page` says which)
  std::optional<Error> error;               // the file could not be read at all
};

class Scanner {
 public:
  explicit Scanner(ScanOptions options = {});
  ~Scanner();
  ScanOutcome scanFile(const std::filesystem::path& path);
  ScanOutcome scanBytes(std::string_view bytes);

 private:
  CapturedDocument scanPage(struct Pix* page, int pageIndex);
  OcrEngine* ocr();  // created on first use; null when Tesseract or its Vietnamese data is missing

  ScanOptions options_;
  std::unique_ptr<OcrEngine> ocr_;
  std::optional<Error> ocrError_;
};

}  // namespace landdesk::capture
