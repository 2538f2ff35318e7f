// Getting a page photo or scan ready for OCR: the sheet cut from its table, text size to ~22 px, upright (quarter turns), deskewed, red ink split off.
#pragma once

#include <vector>

#include "capture/captured_document.h"
#include "capture/pix.h"
#include "util/error.h"

namespace landdesk::capture {

// How a prepared page maps back to the page as loaded: cropped to the paper, scaled, turned by quarter turns, deskewed.
struct PageTransform {
  int cropX = 0, cropY = 0;    // where the paper starts in the loaded image (a photo's table cut away)
  double scale = 1;
  int quarterTurns = 0;        // clockwise quarter turns applied (as Leptonica pixRotateOrth counts them)
  double skewRadians = 0;      // rotation applied to straighten the text
  int originalWidth = 0, originalHeight = 0;
  int turnedWidth = 0, turnedHeight = 0;  // size after scale + quarter turns (the deskew keeps it)

  // A box in prepared pixels to the smallest box in original pixels that holds it.
  Box toOriginal(const Box& prepared) const;
};

struct PreparedPage {
  PixPtr text;   // 8 bpp, red ink (seals, red titles, the serial) faded out, background flattened: what Tesseract reads
  PixPtr red;    // 8 bpp, only the red ink as dark on white (the printed serial); null for grey input
  PageTransform transform;
  double textHeight = 0;  // median glyph height in prepared pixels
};

struct PrepareOptions {
  double targetTextHeight = 22;  // median glyph height: 25 reads no better on the samples and costs 15 % more
  int quarterTurns = -1;         // -1: detect; 0..3 clockwise turns forced (a second try after a poor reading)
};

Result<PreparedPage> preparePage(Pix* original, const PrepareOptions& options = {});

// The sheet of paper in a photo taken on a darker surface, in the image's pixels; empty when the image is the page
// already (a scan) or no clearly brighter sheet stands out.
Box findPaper(Pix* image);

// Boxes of text lines in a one-ink layer (e.g. `PreparedPage::red`: dark ink on white), in its pixels: the ink is
// closed along the line so a word group becomes one blob; round seals, rules and specks are left out by shape.
std::vector<Box> findInkLines(Pix* ink, double textHeight);

// The clockwise quarter turns that make the text upright, from text-line direction and ascender statistics
// (preparePage measures them, and the skew, on its half-size binary page).
int detectQuarterTurns(Pix* gray);

}  // namespace landdesk::capture
