// Finding QR codes on full-page scans and phone photos with ZXing-cpp: cheap passes first, harder ones within a time budget.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "capture/captured_document.h"

struct Pix;

namespace landdesk::capture {

struct QrCode {
  std::string payload;  // the symbol's bytes, as UTF-8 (decoded here, not by ZXing's charset guess)
  Box box;              // in the pixels of the image passed in
  std::string pass;     // which pass found it ("whole", "upscale×2", "crop", …), for benchmarks and logs
};

struct QrSearchOptions {
  std::chrono::milliseconds budget{1500};  // CPU time; hard passes stop once it is spent; the first pass always runs
  // Stop after the first pass when it decoded codes `accept` refused and located nothing undecoded: a page that
  // carries its own QR (a 2024 GCN) is not an ID card, and the time is better spent on its OCR.
  bool stopAtOtherCodes = false;
  // Only the cheap whole-image pass: a large page may be a GCN, which its OCR tells more cheaply than a hard search.
  bool firstPassOnly = false;
};

struct QrSearchResult {
  std::vector<QrCode> codes;  // distinct payloads, in the order found
  int accepted = -1;          // index in `codes` of the first payload `accept` took, or -1
  int passes = 0;
  int undecoded = 0;  // QR symbols located but not decoded (a hard search around them may still read them)
  std::chrono::microseconds elapsed{0};
};

// Looks for QR codes until one payload is accepted (e.g. parses as an ID card) or every pass is done or the
// budget is spent. Without `accept`, stops after the first pass that finds any code.
QrSearchResult findQrCodes(Pix* image, const std::function<bool(std::string_view)>& accept = {},
                           const QrSearchOptions& options = {});

}  // namespace landdesk::capture
