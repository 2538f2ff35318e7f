#include "verify/page_picture.h"

#include <algorithm>

#include <leptonica/allheaders.h>

#include "capture/image_file.h"
#include "capture/pdf_pages.h"
#include "capture/pix.h"

namespace landdesk::verify {

Result<PagePicture> pagePicture(std::string_view bytes, int page, int maxSide) {
  capture::quietLeptonica();
  PagePicture out;
  capture::PixPtr pix;
  if (capture::sniffFileKind(bytes.substr(0, 16)) == capture::FileKind::Pdf) {
    auto count = capture::pdfPageCount(bytes);
    if (!count) return count.error();
    out.pageCount = *count;
    if (page >= *count)
      return makeError("verify.no_page", "Tệp PDF không có trang này", "The PDF has no such page", std::to_string(page + 1));
    // At the readers' 300 dpi, so the boxes they report fall on the same pixels.
    auto pages = capture::renderPdfPages(bytes);
    if (!pages) return pages.error();
    pix = std::move(pages->at(static_cast<size_t>(page)));
  } else {
    auto decoded = capture::decodeImage(bytes);
    if (!decoded) return decoded.error();
    pix = std::move(*decoded);
  }
  out.pageWidth = pixGetWidth(pix.get());
  out.pageHeight = pixGetHeight(pix.get());
  const int side = std::max(out.pageWidth, out.pageHeight);
  capture::PixPtr shown;
  if (side > maxSide && maxSide > 0) {
    const float scale = static_cast<float>(maxSide) / static_cast<float>(side);
    // pixScale smooths when shrinking, so text stays legible on the screen.
    shown = capture::adopt(pixScale(pix.get(), scale, scale));
  } else {
    shown = capture::shareImage(pix.get());
  }
  if (!shown) return makeError("verify.scale", "Không thu nhỏ được ảnh trang", "Could not scale the page image");
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMem(&data, &size, shown.get(), IFF_PNG) != 0 || !data)
    return makeError("verify.png", "Không tạo được ảnh PNG của trang", "Could not write the page as PNG");
  out.png.assign(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  out.width = pixGetWidth(shown.get());
  out.height = pixGetHeight(shown.get());
  return out;
}

}  // namespace landdesk::verify
