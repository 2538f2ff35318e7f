#include "capture/line_repair.h"

#include <algorithm>
#include <numeric>

namespace landdesk::capture {

namespace {

bool sameBaseline(const Box& a, const Box& b) {
  int top = std::max(a.y, b.y), bottom = std::min(a.y + a.height, b.y + b.height);
  int lower = std::min(a.height, b.height), higher = std::max(a.height, b.height);
  return bottom - top >= lower * 6 / 10 && higher <= lower * 2;
}

// `right` starts where `left` ends (a little overlap allowed) and less than a text height later: a cut inside a
// sentence, not the gap between a drawing's labels and the text beside it.
bool continues(const Box& left, const Box& right) {
  int h = std::max(left.height, right.height);
  int gap = right.x - (left.x + left.width);
  return gap >= -h / 2 && gap <= h * 8 / 10;
}

size_t length(const OcrLine& l) { return l.text().size(); }

}  // namespace

std::vector<OcrLine> joinSplitLines(OcrEngine& ocr, Pix* image, std::vector<OcrLine> lines) {
  size_t n = lines.size();
  std::vector<size_t> next(n, n), prev(n, n);
  for (size_t i = 0; i < n; ++i) {
    size_t best = n;
    for (size_t j = 0; j < n; ++j) {
      if (j == i || prev[j] != n || !sameBaseline(lines[i].box, lines[j].box) || !continues(lines[i].box, lines[j].box)) continue;
      if (best == n || lines[j].box.x < lines[best].box.x) best = j;
    }
    if (best != n) next[i] = best, prev[best] = i;
  }
  std::vector<OcrLine> out;
  std::vector<bool> used(n, false);
  for (size_t i = 0; i < n; ++i) {
    if (used[i]) continue;
    size_t head = i;
    for (size_t steps = 0; prev[head] != n && !used[prev[head]] && prev[head] != i && steps < n; ++steps) head = prev[head];
    std::vector<size_t> chain;
    for (size_t k = head; k != n && !used[k]; k = next[k]) {
      chain.push_back(k);
      used[k] = true;
    }
    if (chain.size() == 1) {
      out.push_back(std::move(lines[chain[0]]));
      continue;
    }
    OcrLine pieces;
    for (size_t k : chain) {
      pieces.box = unite(pieces.box, lines[k].box);
      for (OcrWord& w : lines[k].words) pieces.words.push_back(std::move(w));
    }
    int pad = std::max(3, pieces.box.height / 5);
    OcrLine again = ocr.readLine(image, {pieces.box.x - pad, pieces.box.y - pad, pieces.box.width + 2 * pad,
                                         pieces.box.height + 2 * pad});
    size_t want = length(pieces);
    bool keep = !again.words.empty() && again.confidence() >= pieces.confidence() - 0.05 &&
                length(again) * 10 >= want * 8 && length(again) * 10 <= want * 12;
    out.push_back(keep ? std::move(again) : std::move(pieces));
  }
  return out;
}

}  // namespace landdesk::capture
