#include "capture/qr_locate.h"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "capture/pix.h"

namespace landdesk::capture {

namespace {

struct Candidate {
  Box box;
  double score = 0;
};

// Dark share and horizontal dark/light changes per pixel inside `b` of a 1 bpp image.
void texture(Pix* bin, const Box& b, double& dark, double& changes) {
  const l_uint32* data = pixGetData(bin);
  int wpl = pixGetWpl(bin);
  long black = 0, flips = 0;
  for (int y = b.y; y < b.y + b.height; ++y) {
    const l_uint32* row = data + y * wpl;
    int prev = GET_DATA_BIT(row, b.x);
    for (int x = b.x; x < b.x + b.width; ++x) {
      int v = GET_DATA_BIT(row, x);
      black += v;
      flips += v != prev;
      prev = v;
    }
  }
  double area = static_cast<double>(b.width) * b.height;
  dark = black / area;
  changes = flips / area;
}

double overlap(const Box& a, const Box& b) {
  int x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
  int x1 = std::min(a.x + a.width, b.x + b.width), y1 = std::min(a.y + a.height, b.y + b.height);
  if (x1 <= x0 || y1 <= y0) return 0;
  double inter = static_cast<double>(x1 - x0) * (y1 - y0);
  return inter / std::min(static_cast<double>(a.width) * a.height, static_cast<double>(b.width) * b.height);
}

// Candidates at one working size: binarise, close the gaps between modules so a symbol becomes one solid square,
// then keep the square components whose inside is about half dark and changes often (text blocks are mostly light,
// photos and hair mostly dark or smooth).
void findAt(Pix* gray, int side, std::vector<Candidate>& out) {
  int w = pixGetWidth(gray), h = pixGetHeight(gray);
  double f = std::min(1.0, static_cast<double>(side) / std::max(w, h));
  PixPtr small = f < 1 ? adopt(pixScaleAreaMap(gray, static_cast<float>(f), static_cast<float>(f))) : shareImage(gray);
  if (!small) return;
  PixPtr norm = adopt(pixBackgroundNormSimple(small.get(), nullptr, nullptr));
  PixPtr bin = adopt(pixConvertTo1(norm ? norm.get() : small.get(), 150));
  if (!bin) return;
  PixPtr solid = adopt(pixCloseBrick(nullptr, bin.get(), 7, 7));
  if (solid) solid = adopt(pixOpenBrick(nullptr, solid.get(), 7, 7));
  if (!solid) return;
  BOXA* boxes = pixConnCompBB(solid.get(), 4);
  for (int i = 0, n = boxaGetCount(boxes); i < n; ++i) {
    Box b;
    boxaGetBoxGeometry(boxes, i, &b.x, &b.y, &b.width, &b.height);
    if (b.width < 30 || b.height < 30) continue;
    double aspect = static_cast<double>(std::max(b.width, b.height)) / std::min(b.width, b.height);
    if (aspect > 1.35) continue;
    BOX* lb = boxCreate(b.x, b.y, b.width, b.height);
    l_int32 filled = 0;
    pixCountPixelsInRect(solid.get(), lb, &filled, nullptr);
    boxDestroy(&lb);
    double fill = filled / (static_cast<double>(b.width) * b.height);
    double dark = 0, changes = 0;
    texture(bin.get(), b, dark, changes);
    if (fill < 0.7 || dark < 0.25 || dark > 0.75 || changes < 0.05) continue;
    Box original{static_cast<int>(b.x / f), static_cast<int>(b.y / f), static_cast<int>(b.width / f),
                 static_cast<int>(b.height / f)};
    double score = fill * changes * (1 - std::abs(dark - 0.5));
    bool seen = false;
    for (Candidate& c : out)
      if (overlap(c.box, original) > 0.5) {
        seen = true;
        c.score = std::max(c.score, score);
      }
    if (!seen) out.push_back({original, score});
  }
  boxaDestroy(&boxes);
}

}  // namespace

std::vector<Box> locateQrLikeRegions(Pix* gray, int maxRegions) {
  if (!gray || pixGetDepth(gray) != 8 || maxRegions <= 0) return {};
  quietLeptonica();
  std::vector<Candidate> found;
  // Two working sizes: a small symbol's texture survives at the first, a big one closes up at the second.
  for (int side : {1400, 700}) findAt(gray, side, found);
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  std::vector<Box> boxes;
  for (const Candidate& c : found) {
    if (static_cast<int>(boxes.size()) >= maxRegions) break;
    boxes.push_back(c.box);
  }
  return boxes;
}

}  // namespace landdesk::capture
