// A GCN page to a `gcn` document: prepare the page, OCR it, extract labelled fields, re-read numbers with digit whitelists.
#pragma once

#include <optional>

#include "capture/captured_document.h"
#include "capture/ocr_engine.h"

struct Pix;

namespace landdesk::capture {

struct GcnReadResult {
  std::optional<CapturedDocument> document;  // empty when the page does not read as a land certificate
  std::vector<OcrLine> lines;                // what OCR read (prepared-page pixels), for diagnostics
  int quarterTurns = 0;
};

GcnReadResult readGcnPage(OcrEngine& ocr, Pix* page);

}  // namespace landdesk::capture
