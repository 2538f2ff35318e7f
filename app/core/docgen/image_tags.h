// Image tags ({%ho_so.ma|qr}): the filters that turn a value into a picture, and the inline drawing placed in the text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace landdesk::docgen {

// A picture made from a value: PNG bytes and the size it is printed at.
struct GeneratedImage {
  std::string png;
  int64_t widthEmu = 0;   // English Metric Units: 360 000 per centimetre
  int64_t heightEmu = 0;
};

// The last filter of an image tag: text in, picture out. Text that cannot become a picture (too long for a QR
// code) is an Error, reported as a render warning like a failed text filter.
using ImageFilterFn = Result<GeneratedImage> (*)(std::string_view text);

// nullptr for a name that is not an image filter.
ImageFilterFn findImageFilter(std::string_view name);

struct ImageFilterInfo {
  std::string_view name;
  std::string_view description;  // "HS-2026-00001 → mã QR 25 × 25 mm"
};
const std::vector<ImageFilterInfo>& imageFilterCatalog();

// The w:drawing (wp:inline) that shows the picture of relationship `relationshipId` inside a run. Namespaces are
// declared on the elements themselves, so it is valid whatever the template's root element declares.
std::string inlineDrawingXml(std::string_view relationshipId, int drawingId, std::string_view description, const GeneratedImage& image);

}  // namespace landdesk::docgen
