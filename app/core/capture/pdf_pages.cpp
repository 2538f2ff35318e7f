#include "capture/pdf_pages.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>

namespace landdesk::capture {

namespace {

void silentPoppler(const std::string&, void*) {}

Result<std::unique_ptr<poppler::document>> openPdf(std::string_view bytes) {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(silentPoppler, nullptr); });
  if (bytes.size() > static_cast<std::size_t>(INT_MAX))
    return makeError("capture.file_too_large", "Tệp quá lớn", "The file is too large");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return makeError("capture.pdf_damaged", "Tệp PDF bị hỏng", "The PDF file is damaged");
  if (doc->is_locked())
    return makeError("capture.pdf_locked", "Tệp PDF có mật khẩu", "The PDF file is password-protected");
  return doc;
}

// poppler's ARGB32 (native 0xAARRGGBB words) to a Leptonica 32-bit RGB image (0xRRGGBBxx words).
PixPtr toPix(const poppler::image& img) {
  int w = img.width(), h = img.height();
  PixPtr pix = adopt(pixCreate(w, h, 32));
  if (!pix) return pix;
  l_uint32* dst = pixGetData(pix.get());
  int wpl = pixGetWpl(pix.get());
  const char* src = img.const_data();
  for (int y = 0; y < h; ++y) {
    const char* row = src + static_cast<std::ptrdiff_t>(y) * img.bytes_per_row();
    for (int x = 0; x < w; ++x) {
      std::uint32_t v;
      std::memcpy(&v, row + 4 * x, 4);
      dst[y * wpl + x] = ((v >> 16 & 0xFF) << 24) | ((v >> 8 & 0xFF) << 16) | ((v & 0xFF) << 8);
    }
  }
  return pix;
}

}  // namespace

Result<int> pdfPageCount(std::string_view bytes) {
  auto doc = openPdf(bytes);
  if (!doc) return doc.error();
  return (*doc)->pages();
}

Result<std::vector<PixPtr>> renderPdfPages(std::string_view bytes, const PdfRenderOptions& options) {
  auto opened = openPdf(bytes);
  if (!opened) return opened.error();
  poppler::document& doc = **opened;
  int pages = doc.pages();
  if (pages <= 0) return makeError("capture.pdf_empty", "Tệp PDF không có trang nào", "The PDF file has no pages");
  if (pages > options.maxPages)
    return makeError("capture.pdf_too_many_pages", "Tệp PDF có quá nhiều trang", "The PDF file has too many pages",
                     std::to_string(pages) + " > " + std::to_string(options.maxPages));

  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_argb32);
  std::vector<PixPtr> out;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc.create_page(i));
    if (!page) return makeError("capture.pdf_damaged", "Tệp PDF bị hỏng", "The PDF file is damaged",
                                "page " + std::to_string(i + 1));
    poppler::rectf box = page->page_rect();
    double w = std::abs(box.width()) / 72.0 * options.dpi, h = std::abs(box.height()) / 72.0 * options.dpi;
    if (!(w >= 1 && h >= 1) || w > options.limits.maxSide || h > options.limits.maxSide ||
        w * h > static_cast<double>(options.limits.maxPixels))
      return makeError("capture.image_too_large", "Trang PDF quá lớn", "The PDF page is too large",
                       "page " + std::to_string(i + 1));
    poppler::image img = renderer.render_page(page.get(), options.dpi, options.dpi);
    if (!img.is_valid()) return makeError("capture.pdf_damaged", "Không hiển thị được trang PDF",
                                          "Cannot render the PDF page", "page " + std::to_string(i + 1));
    PixPtr pix = toPix(img);
    if (!pix) return makeError("capture.out_of_memory", "Không đủ bộ nhớ", "Out of memory");
    pixSetResolution(pix.get(), static_cast<l_int32>(options.dpi), static_cast<l_int32>(options.dpi));
    out.push_back(std::move(pix));
  }
  return out;
}

}  // namespace landdesk::capture
