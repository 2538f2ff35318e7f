// Where a QR symbol probably is when ZXing cannot even locate one (blur washes out the finder patterns): dense, square,
// half-dark patches of fine texture.
#pragma once

#include <vector>

#include "capture/captured_document.h"

struct Pix;

namespace landdesk::capture {

// Up to `maxRegions` boxes (in the pixels of `gray`, 8 bpp), most QR-like first. Cheap (tens of ms on a page):
// the caller then spends its deblur and decode passes on these crops instead of on the whole image.
std::vector<Box> locateQrLikeRegions(Pix* gray, int maxRegions = 4);

}  // namespace landdesk::capture
