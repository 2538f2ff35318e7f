// Getting a page photo or scan ready for OCR: text size to ~25 px, upright (quarter turns), deskewed, red ink split off.
#pragma once

#include "capture/captured_document.h"
#include "capture/pix.h"
#include "util/error.h"

namespace landdesk::capture {

// How a prepared page maps back to the page as loaded: scaled, then turned by quarter turns, then deskewed.
struct PageTransform {
  double scale = 1;
  int quarterTurns = 0;        // clockwise quarter turns applied (as Leptonica pixRotateOrth counts them)
  double skewRadians = 0;      // rotation applied to straighten the text
  int originalWidth = 0, originalHeight = 0;
  int turnedWidth = 0, turnedHeight = 0;  // size after scale + quarter turns (the deskew keeps it)

  // A box in prepared pixels to the smallest box in original pixels that holds it.
  Box toOriginal(const Box& prepared) const;
};

struct PreparedPage {
  PixPtr color;  // 32 bpp (or 8 bpp for grey input), upright and straight
  PixPtr text;   // 8 bpp, red ink (seals, red titles, the serial) faded out, background flattened: what Tesseract reads
  PixPtr red;    // 8 bpp, only the red ink as dark on white (the printed serial); null for grey input
  PageTransform transform;
  double textHeight = 0;  // median glyph height in prepared pixels
};

struct PrepareOptions {
  double targetTextHeight = 25;  // median connected-component height Tesseract reads well and fast
  int quarterTurns = -1;         // -1: detect; 0..3 clockwise turns forced (a second try after a poor reading)
};

Result<PreparedPage> preparePage(Pix* original, const PrepareOptions& options = {});

// The clockwise quarter turns that make the text upright, from text-line direction and ascender statistics.
int detectQuarterTurns(Pix* gray);

}  // namespace landdesk::capture
