// PDF pages rendered to images with poppler-cpp (300 dpi by default), so scans sent as PDF go through the same reading.
#pragma once

#include <string_view>
#include <vector>

#include "capture/image_file.h"
#include "capture/pix.h"
#include "util/error.h"

namespace landdesk::capture {

struct PdfRenderOptions {
  double dpi = 300;
  int maxPages = 20;  // a citizen's bundle is a few pages; more is refused rather than rendered for minutes
  ImageLimits limits;
};

// Number of pages, or why the bytes are not a PDF we can open (damaged, encrypted).
Result<int> pdfPageCount(std::string_view bytes);

// Every page as a 32-bit RGB image; a page whose rendering would exceed the limits is refused.
Result<std::vector<PixPtr>> renderPdfPages(std::string_view bytes, const PdfRenderOptions& options = {});

}  // namespace landdesk::capture
