#include "docgen/qr_png.h"

#include <png.h>
#include <qrencode.h>

#include <cerrno>
#include <memory>
#include <vector>

namespace landdesk::docgen {

namespace {

constexpr int kQuietZone = 4;  // modules of white around the symbol (ISO/IEC 18004)

struct QrFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

Result<QrPicture> qrCodePng(std::string_view text, int modulePixels) {
  if (text.empty()) return makeError("qr.empty", "Không có nội dung để tạo mã QR", "Nothing to encode in the QR code");
  // QRcode_encodeData takes the bytes as they are: no NUL-termination or charset guessing on our UTF-8.
  errno = 0;
  std::unique_ptr<QRcode, QrFree> code(
      QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
  if (!code) {
    if (errno == ERANGE)
      return makeError("qr.too_long", "Nội dung quá dài để tạo một mã QR", "The text is too long for one QR code",
                       std::to_string(text.size()) + " bytes");
    return makeError("qr.failed", "Không tạo được mã QR", "The QR code could not be made");
  }
  QrPicture out;
  out.modules = code->width + 2 * kQuietZone;
  out.pixels = out.modules * modulePixels;
  std::vector<unsigned char> pixels(static_cast<size_t>(out.pixels) * static_cast<size_t>(out.pixels), 0xFF);
  for (int y = 0; y < code->width; ++y)
    for (int x = 0; x < code->width; ++x) {
      if (!(code->data[y * code->width + x] & 1)) continue;  // bit 0 set = dark module
      for (int dy = 0; dy < modulePixels; ++dy) {
        unsigned char* row = pixels.data() + static_cast<size_t>((y + kQuietZone) * modulePixels + dy) * static_cast<size_t>(out.pixels);
        for (int dx = 0; dx < modulePixels; ++dx) row[(x + kQuietZone) * modulePixels + dx] = 0;
      }
    }

  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(out.pixels);
  image.height = static_cast<png_uint_32>(out.pixels);
  image.format = PNG_FORMAT_GRAY;
  png_alloc_size_t size = 0;
  if (!png_image_write_to_memory(&image, nullptr, &size, 0, pixels.data(), 0, nullptr))
    return makeError("qr.png_failed", "Không ghi được ảnh PNG của mã QR", "The QR code's PNG could not be written", image.message);
  out.png.resize(size);
  if (!png_image_write_to_memory(&image, out.png.data(), &size, 0, pixels.data(), 0, nullptr))
    return makeError("qr.png_failed", "Không ghi được ảnh PNG của mã QR", "The QR code's PNG could not be written", image.message);
  out.png.resize(size);
  return out;
}

}  // namespace landdesk::docgen
