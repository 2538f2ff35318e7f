// PNG previews of PDF pages (poppler-cpp) for the GUI's document preview.
#pragma once

#include <filesystem>
#include <vector>

#include "util/error.h"

namespace landdesk::docgen {

struct PreviewOptions {
  int dpi = 300;       // print quality; the GUI may ask for 96–150 for a screen-sized preview
  int firstPage = 0;   // 0-based
  int pageCount = -1;  // -1: to the end
};

// Writes page-001.png, page-002.png … into `outDir` and returns their paths.
// Errors: "preview.bad_pdf" (unreadable, locked), "preview.render_failed".
Result<std::vector<std::filesystem::path>> renderPdfPages(const std::filesystem::path& pdf, const std::filesystem::path& outDir,
                                                          const PreviewOptions& options = {});

// Number of pages, or "preview.bad_pdf".
Result<int> pdfPageCount(const std::filesystem::path& pdf);

}  // namespace landdesk::docgen
