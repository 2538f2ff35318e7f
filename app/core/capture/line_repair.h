// Putting printed lines back together when Tesseract's layout analysis cut them into pieces in different blocks (a
// photo's perspective or a wide gap taken for a column edge): pieces side by side on one baseline are joined.
#pragma once

#include <vector>

#include "capture/ocr_engine.h"

struct Pix;

namespace landdesk::capture {

// Pieces are joined when they overlap vertically by most of their height and the gap between them is under one text
// height (a wider gap is a real column, e.g. "b) Tờ bản đồ số" or the facing page of a 2014 form). The joined line
// is read again as one line; that reading is kept when it is as sure and about as long as the pieces, otherwise the
// pieces' words are kept in left-to-right order. The joined line takes the place of its first piece in `lines`.
std::vector<OcrLine> joinSplitLines(OcrEngine& ocr, Pix* image, std::vector<OcrLine> lines);

}  // namespace landdesk::capture
