// Decoding untrusted image bytes (JPEG, PNG, TIFF) into a Pix: type by content, size checked before decoding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "capture/pix.h"
#include "util/error.h"

namespace landdesk::capture {

enum class FileKind { Jpeg, Png, Tiff, Pdf, Unknown };

// What the first bytes say the file is; the extension is never consulted.
FileKind sniffFileKind(std::string_view head);
std::string_view fileKindName(FileKind kind);

struct ImageLimits {
  std::size_t maxFileBytes = 64u << 20;  // a 300 dpi A3 colour scan is well below this
  int maxSide = 20000;                   // pixels, either dimension
  std::int64_t maxPixels = 100'000'000;  // 100 MP: larger would need gigabytes once decoded
};

// Reads a whole file, refusing files larger than `maxBytes` and unreadable paths.
Result<std::string> readFileBytes(const std::filesystem::path& path, std::size_t maxBytes);

// Decodes image bytes; refuses unknown types, declared dimensions over the limits (checked on the header,
// before any pixel is decoded), and corrupt or truncated data.
Result<PixPtr> decodeImage(std::string_view bytes, const ImageLimits& limits = {});

}  // namespace landdesk::capture
