#include "capture/gcn_serial_reader.h"

#include <algorithm>
#include <string_view>

#include "capture/gcn_fields.h"
#include "capture/gcn_text.h"

namespace landdesk::capture {

namespace {

bool printedShape(const CapturedField& f) {
  size_t digits = f.value.size() - std::min(f.value.size(), f.value.find(' ') + 1);
  return digits == 6 || digits == 8;
}

// Better: a printed shape first, then the surer reading.
bool better(const CapturedField& a, const std::optional<CapturedField>& b) {
  if (!b) return true;
  if (printedShape(a) != printedShape(*b)) return printedShape(a);
  return a.confidence > b->confidence;
}

std::optional<CapturedField> serialIn(OcrLine line) {
  if (line.words.empty()) return std::nullopt;
  return findGcnSerial({std::move(line)});
}

// One red line read twice; nothing when the restricted reading holds no serial (a red title, the seal's text).
std::optional<CapturedField> readRedLine(OcrEngine& ocr, Pix* red, const Box& b) {
  int pad = std::max(4, b.height / 4);
  Box region{b.x - pad, b.y - pad, b.width + 2 * pad, b.height + 2 * pad};
  auto restricted = serialIn(ocr.readLine(red, region, kCapitalsAndDigits));
  if (!restricted) return std::nullopt;
  auto plain = serialIn(ocr.readLine(red, region));
  CapturedField f = *restricted;
  if (plain && plain->value == restricted->value) {
    f.confidence = std::min(1.0, std::max(restricted->confidence, plain->confidence) + 0.05);
  } else if (plain && printedShape(*plain) && !printedShape(*restricted)) {
    f = *plain;
    f.confidence = std::min(plain->confidence, 0.8);
  } else {
    f.confidence = std::min(f.confidence, 0.8);
  }
  if (!printedShape(f)) f.confidence = std::min(f.confidence, 0.5);
  return f;
}

}  // namespace

std::optional<CapturedField> readGcnSerial(OcrEngine& ocr, const PreparedPage& page, const std::vector<OcrLine>& bodyLines) {
  std::optional<CapturedField> best;
  if (page.red) {
    for (const Box& b : findInkLines(page.red.get(), page.textHeight)) {
      if (b.width > 14 * b.height) continue;  // a title line: a serial is a dozen characters at most
      if (auto f = readRedLine(ocr, page.red.get(), b); f && better(*f, best)) best = f;
    }
    if (!best || !printedShape(*best)) {
      // The lines were not found apart (faint ink on a photo, ink touching a frame): the whole red layer.
      if (auto f = findGcnSerial(ocr.readPage(page.red.get())); f && better(*f, best)) best = f;
    }
  }
  if (!best) {
    // Grey scans lose the red ink: accept a line that holds nothing but a serial.
    std::vector<OcrLine> alone;
    for (const OcrLine& l : bodyLines)
      if (l.words.size() <= 2) alone.push_back(l);
    best = findGcnSerial(alone);
  }
  return best;
}

}  // namespace landdesk::capture
