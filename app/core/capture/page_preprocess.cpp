#include "capture/page_preprocess.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace landdesk::capture {

namespace {

constexpr double kPi = 3.14159265358979323846;

PixPtr grayOf(Pix* pix) {
  // The red channel turns red ink (seals over the date line, red headings) into near-white paper.
  if (pixGetDepth(pix) == 32) return adopt(pixGetRGBComponent(pix, COLOR_RED));
  if (pixGetDepth(pix) == 8 && !pixGetColormap(pix)) return shareImage(pix);
  return adopt(pixConvertTo8(pix, 0));
}

PixPtr binaryOf(Pix* gray) {
  PixPtr norm = adopt(pixBackgroundNormSimple(gray, nullptr, nullptr));
  return adopt(pixConvertTo1(norm ? norm.get() : gray, 160));
}

// Median height of glyph-sized connected components: the page's text size whatever its dpi.
double medianGlyphHeight(Pix* binary) {
  BOXA* boxes = pixConnCompBB(binary, 8);
  std::vector<int> heights;
  for (int i = 0, n = boxaGetCount(boxes); i < n; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (h >= 4 && h <= 120 && w >= 2 && w <= 3 * h) heights.push_back(h);
  }
  boxaDestroy(&boxes);
  if (heights.size() < 20) return 0;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return heights[heights.size() / 2];
}

std::array<double, 2> rotatePoint(double x, double y, double cx, double cy, double angle) {
  double c = std::cos(angle), s = std::sin(angle);
  return {cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c};
}

}  // namespace

Box PageTransform::toOriginal(const Box& b) const {
  if (b.empty()) return b;
  double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
  double cx = turnedWidth / 2.0, cy = turnedHeight / 2.0;
  // Width and height of the scaled page before the quarter turns.
  double sw = (quarterTurns % 2) ? turnedHeight : turnedWidth, sh = (quarterTurns % 2) ? turnedWidth : turnedHeight;
  for (auto [px, py] : std::array<std::array<double, 2>, 4>{{{1.0 * b.x, 1.0 * b.y},
                                                             {1.0 * (b.x + b.width), 1.0 * b.y},
                                                             {1.0 * b.x, 1.0 * (b.y + b.height)},
                                                             {1.0 * (b.x + b.width), 1.0 * (b.y + b.height)}}}) {
    auto [u, v] = rotatePoint(px, py, cx, cy, -skewRadians);  // undo the deskew (Leptonica: clockwise positive)
    double x = u, y = v;
    switch (quarterTurns & 3) {  // undo clockwise quarter turns
      case 1: x = v, y = sh - u; break;
      case 2: x = sw - u, y = sh - v; break;
      case 3: x = sw - v, y = u; break;
      default: break;
    }
    x = x / scale + cropX, y = y / scale + cropY;
    x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
  }
  auto clampX = [&](double x) { return static_cast<int>(std::clamp(x, 0.0, 1.0 * originalWidth)); };
  auto clampY = [&](double y) { return static_cast<int>(std::clamp(y, 0.0, 1.0 * originalHeight)); };
  return {clampX(x0), clampY(y0), clampX(x1) - clampX(x0), clampY(y1) - clampY(y0)};
}

Box findPaper(Pix* image) {
  PixPtr gray = grayOf(image);
  int w = pixGetWidth(image), h = pixGetHeight(image);
  float f = static_cast<float>(std::min(1.0, 600.0 / std::max(w, h)));
  PixPtr small = gray ? adopt(pixScaleAreaMap(gray.get(), f, f)) : nullptr;
  if (!small) return {};
  // Otsu over the whole image splits paper from a darker table; the sheet is the largest bright component.
  Pix* dark = nullptr;
  int sw = pixGetWidth(small.get()), sh = pixGetHeight(small.get());
  if (pixOtsuAdaptiveThreshold(small.get(), sw, sh, 0, 0, 0.1f, nullptr, &dark) != 0 || !dark) return {};
  PixPtr bright = adopt(pixInvert(nullptr, dark));
  pixDestroy(&dark);
  if (!bright) return {};
  BOXA* boxes = pixConnCompBB(bright.get(), 4);
  Box best;
  for (int i = 0, n = boxaGetCount(boxes); i < n; ++i) {
    Box b;
    boxaGetBoxGeometry(boxes, i, &b.x, &b.y, &b.width, &b.height);
    if (int64_t{b.width} * b.height > int64_t{best.width} * best.height) best = b;
  }
  boxaDestroy(&boxes);
  double share = static_cast<double>(best.width) * best.height / (static_cast<double>(sw) * sh);
  if (share < 0.3 || share > 0.9) return {};  // no sheet, or the image is the sheet
  // The surround must be mostly dark: a scan with a grey margin strip is not a photo on a table.
  BOX* inner = boxCreate(best.x, best.y, best.width, best.height);
  l_int32 inside = 0, all = 0;
  pixCountPixelsInRect(bright.get(), inner, &inside, nullptr);
  boxDestroy(&inner);
  pixCountPixels(bright.get(), &all, nullptr);
  double outsideArea = static_cast<double>(sw) * sh - static_cast<double>(best.width) * best.height;
  if (outsideArea <= 0 || (all - inside) / outsideArea > 0.2) return {};
  int m = 2;  // a little margin back, in small pixels
  int x0 = std::max(0, best.x - m), y0 = std::max(0, best.y - m);
  int x1 = std::min(sw, best.x + best.width + m), y1 = std::min(sh, best.y + best.height + m);
  return {static_cast<int>(x0 / f), static_cast<int>(y0 / f), std::min(w, static_cast<int>(x1 / f)) - static_cast<int>(x0 / f),
          std::min(h, static_cast<int>(y1 / f)) - static_cast<int>(y0 / f)};
}

std::vector<Box> findInkLines(Pix* ink, double textHeight) {
  std::vector<Box> lines;
  if (!ink || pixGetDepth(ink) != 8) return lines;
  double h = textHeight > 4 ? textHeight : 25;
  PixPtr bin = adopt(pixConvertTo1(ink, 128));
  if (!bin) return lines;
  int gap = std::max(3, static_cast<int>(h * 1.2));  // letters and the space inside a serial, not the next word group
  PixPtr joined = adopt(pixCloseBrick(nullptr, bin.get(), gap, 3));
  if (!joined) return lines;
  BOXA* boxes = pixConnCompBB(joined.get(), 8);
  for (int i = 0, n = boxaGetCount(boxes); i < n; ++i) {
    Box b;
    boxaGetBoxGeometry(boxes, i, &b.x, &b.y, &b.width, &b.height);
    double aspect = static_cast<double>(b.width) / std::max(1, b.height);
    // A line of a few characters to a few words, of text size (a seal is round, a rule flat, a speck small).
    if (b.height < 0.6 * h || b.height > 4 * h || aspect < 2.5 || aspect > 40) continue;
    lines.push_back(b);
  }
  boxaDestroy(&boxes);
  return lines;
}

namespace {

// Quarter turns and skew from one binary page (half size is plenty: both are properties of whole text lines).
struct Orientation {
  int quarterTurns = 0;
  l_float32 skewDegrees = 0, skewConfidence = 0;  // of the upright text, as pixFindSkew gives them
};

Orientation orientationOf(Pix* binary, int forcedTurns) {
  Orientation o;
  // Text lines run along the axis whose projection profile is sharpest (pixFindSkew's confidence). A half turn
  // keeps a line's slope, so the level and the quarter-turned measurement give the skew for every turn.
  l_float32 angleLevel = 0, confLevel = 0, angleTurned = 0, confTurned = 0;
  pixFindSkew(binary, &angleLevel, &confLevel);
  PixPtr turned = adopt(pixRotateOrth(binary, 1));
  if (turned) pixFindSkew(turned.get(), &angleTurned, &confTurned);
  if (forcedTurns >= 0) {
    o.quarterTurns = forcedTurns & 3;
  } else {
    bool sideways = confTurned > confLevel * 1.3 && confTurned > 2.0;
    Pix* level = sideways ? turned.get() : binary;
    // Up or down: Latin ascenders outnumber descenders (Vietnamese marks sit above too, which only helps).
    l_float32 up = 0;
    if (pixUpDownDetect(level, &up, 0, 0, 0) != 0) up = 0;
    o.quarterTurns = sideways ? (up < 0 ? 3 : 1) : (up < -1.0 ? 2 : 0);
  }
  bool odd = o.quarterTurns % 2;
  o.skewDegrees = odd ? angleTurned : angleLevel;
  o.skewConfidence = odd ? confTurned : confLevel;
  return o;
}

// An 8-bit layer at the working scale: area averaging down, linear interpolation (and Leptonica's light sharpening) up.
PixPtr scaled(Pix* layer, double scale) {
  if (std::abs(scale - 1) < 0.02) return shareImage(layer);
  float f = static_cast<float>(scale);
  return adopt(scale < 1 ? pixScaleAreaMap(layer, f, f) : pixScale(layer, f, f));
}

PixPtr turnedAndStraight(PixPtr layer, int quarterTurns, double skewRadians) {
  if (layer && quarterTurns) layer = adopt(pixRotateOrth(layer.get(), quarterTurns));
  if (layer && skewRadians != 0) {
    PixPtr straight = adopt(pixRotate(layer.get(), static_cast<float>(skewRadians), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    if (straight) layer = std::move(straight);
  }
  return layer;
}

// Redness = R − G: high on red ink, near 0 on black text and paper; inverted so red ink is dark.
PixPtr rednessOf(Pix* r, Pix* g) {
  PixPtr out = adopt(pixCreate(pixGetWidth(r), pixGetHeight(r), 8));
  if (!out) return out;
  l_uint32 *rd = pixGetData(r), *gd = pixGetData(g), *od = pixGetData(out.get());
  int wpl = pixGetWpl(r), gwpl = pixGetWpl(g), owpl = pixGetWpl(out.get()), w = pixGetWidth(r), h = pixGetHeight(r);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      int rv = GET_DATA_BYTE(rd + y * wpl, x), gv = GET_DATA_BYTE(gd + y * gwpl, x);
      int redness = std::clamp((rv - gv - 30) * 3, 0, 255);
      SET_DATA_BYTE(od + y * owpl, x, 255 - redness);
    }
  return out;
}

}  // namespace

int detectQuarterTurns(Pix* gray) {
  PixPtr binary = binaryOf(gray);
  return binary ? orientationOf(binary.get(), -1).quarterTurns : 0;
}

Result<PreparedPage> preparePage(Pix* original, const PrepareOptions& options) {
  quietLeptonica();
  if (!original) return makeError("capture.no_image", "Không có ảnh", "No image");
  PreparedPage page;
  PageTransform& t = page.transform;
  t.originalWidth = pixGetWidth(original);
  t.originalHeight = pixGetHeight(original);
  // 0. A photo of the page on a table: only the sheet (the table fools orientation, skew and text size).
  PixPtr sheet;
  if (Box paper = findPaper(original); !paper.empty()) {
    BOX* b = boxCreate(paper.x, paper.y, paper.width, paper.height);
    sheet = adopt(pixClipRectangle(original, b, nullptr));
    boxDestroy(&b);
    if (sheet) {
      original = sheet.get();
      t.cropX = paper.x;
      t.cropY = paper.y;
    }
  }

  // 1. Text size, quarter turns and skew, all measured on the half-size binary page (cheap); the size sets the scale.
  PixPtr gray = grayOf(original);
  if (!gray) return makeError("capture.out_of_memory", "Không đủ bộ nhớ", "Out of memory");
  PixPtr half = adopt(pixScaleAreaMap(gray.get(), 0.5f, 0.5f));
  PixPtr halfBinary = half ? binaryOf(half.get()) : nullptr;
  double glyph = halfBinary ? 2 * medianGlyphHeight(halfBinary.get()) : 0;
  t.scale = glyph > 0 ? std::clamp(options.targetTextHeight / glyph, 0.35, 2.5) : 1.0;
  Orientation o = halfBinary ? orientationOf(halfBinary.get(), options.quarterTurns) : Orientation{};
  t.quarterTurns = options.quarterTurns >= 0 ? (options.quarterTurns & 3) : o.quarterTurns;
  if (o.skewConfidence > 1.5 && std::abs(o.skewDegrees) > 0.1 && std::abs(o.skewDegrees) < 10)
    t.skewRadians = o.skewDegrees * kPi / 180;

  // 2. Only 8-bit layers are scaled, turned and straightened: the red channel Tesseract reads (red ink fades into
  // the paper) and, for colour pages, the green one the red ink is told apart by.
  PixPtr text = turnedAndStraight(scaled(gray.get(), t.scale), t.quarterTurns, t.skewRadians);
  if (!text) return makeError("capture.out_of_memory", "Không đủ bộ nhớ", "Out of memory");
  if (pixGetDepth(original) == 32) {
    PixPtr green = adopt(pixGetRGBComponent(original, COLOR_GREEN));
    green = green ? turnedAndStraight(scaled(green.get(), t.scale), t.quarterTurns, t.skewRadians) : nullptr;
    if (green && pixGetWidth(green.get()) == pixGetWidth(text.get()) && pixGetHeight(green.get()) == pixGetHeight(text.get()))
      page.red = rednessOf(text.get(), green.get());
  }
  // The size after scale + quarter turns (the deskew keeps it), for mapping boxes back.
  t.turnedWidth = pixGetWidth(text.get());
  t.turnedHeight = pixGetHeight(text.get());

  // 3. The page Tesseract reads: background flattened.
  PixPtr flat = adopt(pixBackgroundNormSimple(text.get(), nullptr, nullptr));
  page.text = flat ? std::move(flat) : std::move(text);
  page.textHeight = glyph * t.scale;
  return page;
}

}  // namespace landdesk::capture
