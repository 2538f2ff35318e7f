// A page of a received paper as a small PNG for the screen (inbox thumbnails, the verify view), with the size of
// the page as the readers saw it so the boxes they report can be scaled onto the picture.
#pragma once

#include <string>
#include <string_view>

#include "util/error.h"

namespace landdesk::verify {

struct PagePicture {
  std::string png;         // the page scaled to fit `maxSide`
  int width = 0, height = 0;            // of the PNG
  int pageWidth = 0, pageHeight = 0;    // of the page as decoded for reading (PDF pages at 300 dpi)
  int pageCount = 1;
};

// Decodes an image (JPEG, PNG, TIFF) or renders a PDF page (poppler, off the UI thread: it takes a moment) and
// scales it to fit `maxSide` pixels. Refuses what capture refuses (corrupt data, huge dimensions, not an image).
Result<PagePicture> pagePicture(std::string_view bytes, int page, int maxSide);

}  // namespace landdesk::verify
