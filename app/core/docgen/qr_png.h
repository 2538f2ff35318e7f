// QR codes as PNG pictures (libqrencode for the symbol, libpng for the file), for image tags in documents.
#pragma once

#include <string>
#include <string_view>

#include "util/error.h"

namespace landdesk::docgen {

struct QrPicture {
  std::string png;   // 8-bit grey PNG, black modules on white with the 4-module quiet zone the standard asks for
  int modules = 0;   // symbol width in modules, quiet zone included
  int pixels = 0;    // picture width = height
};

// Encodes `text` as its UTF-8 bytes (8-bit mode, error correction M) at `modulePixels` per module. Empty text or
// text beyond a QR code's capacity is an Error ("qr.empty", "qr.too_long").
Result<QrPicture> qrCodePng(std::string_view text, int modulePixels = 8);

}  // namespace landdesk::docgen
