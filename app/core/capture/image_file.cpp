#include "capture/image_file.h"

#include <leptonica/allheaders.h>

#include <fstream>

namespace landdesk::capture {

namespace {

const l_uint8* asBytes(std::string_view s) { return reinterpret_cast<const l_uint8*>(s.data()); }

Error damaged(const std::string& detail) {
  return makeError("capture.image_damaged", "Ảnh bị hỏng hoặc không đầy đủ", "The image is damaged or truncated",
                   detail);
}

}  // namespace

FileKind sniffFileKind(std::string_view h) {
  if (h.size() >= 3 && h.substr(0, 3) == "\xFF\xD8\xFF") return FileKind::Jpeg;
  if (h.size() >= 8 && h.substr(0, 8) == "\x89PNG\r\n\x1A\n") return FileKind::Png;
  if (h.size() >= 4 && (h.substr(0, 4) == std::string_view("II*\0", 4) || h.substr(0, 4) == std::string_view("MM\0*", 4)))
    return FileKind::Tiff;
  // PDF allows up to 1024 bytes of junk before the header.
  if (h.substr(0, 1024).find("%PDF-") != std::string_view::npos) return FileKind::Pdf;
  return FileKind::Unknown;
}

std::string_view fileKindName(FileKind kind) {
  switch (kind) {
    case FileKind::Jpeg: return "JPEG";
    case FileKind::Png: return "PNG";
    case FileKind::Tiff: return "TIFF";
    case FileKind::Pdf: return "PDF";
    case FileKind::Unknown: break;
  }
  return "unknown";
}

Result<std::string> readFileBytes(const std::filesystem::path& path, std::size_t maxBytes) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return makeError("capture.no_file", "Không tìm thấy tệp", "No such file", path.string());
  auto size = std::filesystem::file_size(path, ec);
  if (ec) return makeError("capture.unreadable", "Không đọc được tệp", "Cannot read the file", path.string());
  if (size > maxBytes)
    return makeError("capture.file_too_large", "Tệp quá lớn", "The file is too large",
                     std::to_string(size >> 20) + " MB > " + std::to_string(maxBytes >> 20) + " MB");
  if (size == 0) return makeError("capture.empty_file", "Tệp rỗng", "The file is empty", path.string());
  std::ifstream in(path, std::ios::binary);
  std::string bytes(size, '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
    return makeError("capture.unreadable", "Không đọc được tệp", "Cannot read the file", path.string());
  return bytes;
}

Result<PixPtr> decodeImage(std::string_view bytes, const ImageLimits& limits) {
  quietLeptonica();
  FileKind kind = sniffFileKind(bytes);
  if (kind == FileKind::Unknown || kind == FileKind::Pdf)
    return makeError("capture.not_an_image", "Tệp không phải ảnh JPEG, PNG hoặc TIFF",
                     "The file is not a JPEG, PNG or TIFF image");
  if (bytes.size() > limits.maxFileBytes)
    return makeError("capture.file_too_large", "Tệp quá lớn", "The file is too large");

  l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
  if (pixReadHeaderMem(asBytes(bytes), bytes.size(), &format, &w, &h, &bps, &spp, &cmap) != 0 || w <= 0 || h <= 0)
    return damaged("header");
  if (w > limits.maxSide || h > limits.maxSide || std::int64_t{w} * h > limits.maxPixels)
    return makeError("capture.image_too_large", "Ảnh khai báo kích thước quá lớn",
                     "The image declares dimensions that are too large",
                     std::to_string(w) + "×" + std::to_string(h));

  PixPtr pix;
  if (kind == FileKind::Jpeg) {
    // libjpeg only warns on a truncated stream and fills the rest grey; a half picture is refused.
    l_int32 warnings = 0;
    pix = adopt(pixReadMemJpeg(asBytes(bytes), bytes.size(), 0, 1, &warnings, 0));
    if (pix && warnings > 0) return damaged("JPEG");
  } else {
    pix = adopt(pixReadMem(asBytes(bytes), bytes.size()));
  }
  if (!pix) return damaged(std::string(fileKindName(kind)));
  if (pixGetWidth(pix.get()) != w || pixGetHeight(pix.get()) != h) return damaged("size");
  return pix;
}

}  // namespace landdesk::capture
