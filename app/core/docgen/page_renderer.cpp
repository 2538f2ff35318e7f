#include "docgen/page_renderer.h"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cstdio>
#include <memory>

namespace landdesk::docgen {

namespace {

Result<std::unique_ptr<poppler::document>> open(const std::filesystem::path& pdf) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdf.string()));
  if (!doc || doc->is_locked())
    return makeError("preview.bad_pdf", "Không mở được tệp PDF để xem trước", "Cannot open the PDF for preview", pdf.string());
  return doc;
}

}  // namespace

Result<int> pdfPageCount(const std::filesystem::path& pdf) {
  auto doc = open(pdf);
  if (!doc) return doc.error();
  return (*doc)->pages();
}

Result<std::vector<std::filesystem::path>> renderPdfPages(const std::filesystem::path& pdf, const std::filesystem::path& outDir,
                                                          const PreviewOptions& options) {
  auto doc = open(pdf);
  if (!doc) return doc.error();
  std::error_code ec;
  std::filesystem::create_directories(outDir, ec);
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const int pages = (*doc)->pages();
  const int last = options.pageCount < 0 ? pages : std::min(pages, options.firstPage + options.pageCount);
  std::vector<std::filesystem::path> written;
  for (int i = std::max(0, options.firstPage); i < last; ++i) {
    std::unique_ptr<poppler::page> page((*doc)->create_page(i));
    if (!page) return makeError("preview.render_failed", "Không dựng được trang PDF", "Cannot render a PDF page", std::to_string(i + 1));
    poppler::image image = renderer.render_page(page.get(), options.dpi, options.dpi);
    char name[32];
    std::snprintf(name, sizeof name, "page-%03d.png", i + 1);
    const auto file = outDir / name;
    if (!image.is_valid() || !image.save(file.string(), "png", options.dpi))
      return makeError("preview.render_failed", "Không lưu được ảnh xem trước", "Cannot save the preview image", file.string());
    written.push_back(file);
  }
  return written;
}

}  // namespace landdesk::docgen
