#include "capture/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include "capture/pix.h"
#include "text/unicode.h"

namespace landdesk::capture {

struct OcrEngine::Impl {
  tesseract::TessBaseAPI api;
  Pix* current = nullptr;  // the image Tesseract holds (not owned)
};

std::string OcrLine::text() const {
  std::string s;
  for (const OcrWord& w : words) {
    if (!s.empty()) s += ' ';
    s += w.text;
  }
  return s;
}

double OcrLine::confidence() const {
  if (words.empty()) return 0;
  double sum = 0;
  for (const OcrWord& w : words) sum += w.confidence;
  return sum / static_cast<double>(words.size());
}

OcrEngine::OcrEngine() : impl_(std::make_unique<Impl>()) {}

OcrEngine::~OcrEngine() { impl_->api.End(); }

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const std::string& language) {
  quietLeptonica();
  std::unique_ptr<OcrEngine> engine(new OcrEngine());
  if (engine->impl_->api.Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
    return makeError("capture.ocr_unavailable", "Không khởi động được Tesseract (thiếu dữ liệu tiếng Việt?)",
                     "Cannot start Tesseract (Vietnamese language data missing?)", language);
  engine->impl_->api.SetVariable("debug_file", "/dev/null");
  engine->impl_->api.SetVariable("user_defined_dpi", "300");
  // Tesseract 5 re-reads every weak line upside-down-inverted (white on black) by default; papers have none, and
  // it costs up to a third of the page time.
  engine->impl_->api.SetVariable("tessedit_do_invert", "0");
  // Table detection only groups cells into table blocks; the GCN's ruled boxes read the same without it (234/234
  // fields on the samples either way) and the page layout costs about a tenth less.
  engine->impl_->api.SetVariable("textord_tabfind_find_tables", "0");
  return engine;
}

namespace {

// Vietnamese has no Icelandic eth: Ð/ð read for Đ/đ is mapped back, and an eth right after the Đ it duplicates
// (the LSTM emitting one glyph twice, "QSDĐÐ") is dropped.
std::string vietnameseLetters(std::string word) {
  static const std::pair<std::string_view, std::string_view> kFixes[] = {
      {"\u0110\u00D0", "\u0110"}, {"\u0111\u00F0", "\u0111"}, {"\u00D0", "\u0110"}, {"\u00F0", "\u0111"}};
  for (auto [from, to] : kFixes)
    for (size_t at = word.find(from); at != std::string::npos; at = word.find(from, at + to.size()))
      word.replace(at, from.size(), to);
  return word;
}

std::vector<OcrLine> collect(tesseract::TessBaseAPI& api, int offsetX, int offsetY) {
  std::vector<OcrLine> lines;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return lines;
  do {
    if (it->Empty(tesseract::RIL_WORD)) continue;
    if (lines.empty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) lines.emplace_back();
    std::unique_ptr<char[]> word(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!word) continue;
    int x0, y0, x1, y1;
    it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1);
    OcrWord w{vietnameseLetters(text::toNfc(word.get())), {x0 + offsetX, y0 + offsetY, x1 - x0, y1 - y0}, it->Confidence(tesseract::RIL_WORD) / 100.0};
    lines.back().box = unite(lines.back().box, w.box);
    lines.back().words.push_back(std::move(w));
  } while (it->Next(tesseract::RIL_WORD));
  std::erase_if(lines, [](const OcrLine& l) { return l.words.empty(); });
  return lines;
}

}  // namespace

std::vector<OcrLine> OcrEngine::readPage(Pix* image) {
  auto& api = impl_->api;
  api.SetPageSegMode(tesseract::PSM_AUTO);
  api.SetVariable("tessedit_char_whitelist", "");
  api.SetImage(image);
  api.SetSourceResolution(300);
  impl_->current = image;
  if (api.Recognize(nullptr) != 0) return {};
  return collect(api, 0, 0);
}

OcrLine OcrEngine::readLine(Pix* image, const Box& region, std::string_view whitelist) {
  auto& api = impl_->api;
  int w = pixGetWidth(image), h = pixGetHeight(image);
  int x0 = std::max(0, region.x), y0 = std::max(0, region.y);
  int x1 = std::min(w, region.x + region.width), y1 = std::min(h, region.y + region.height);
  if (x1 - x0 < 4 || y1 - y0 < 4) return {};
  api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  api.SetVariable("tessedit_char_whitelist", std::string(whitelist).c_str());
  if (impl_->current != image) {
    api.SetImage(image);
    api.SetSourceResolution(300);
    impl_->current = image;
  }
  api.SetRectangle(x0, y0, x1 - x0, y1 - y0);
  OcrLine line;
  if (api.Recognize(nullptr) == 0) {
    for (OcrLine& l : collect(api, 0, 0)) {  // Tesseract reports boxes in full-image coordinates
      line.box = unite(line.box, l.box);
      for (OcrWord& word : l.words) line.words.push_back(std::move(word));
    }
  }
  api.SetVariable("tessedit_char_whitelist", "");
  return line;
}

}  // namespace landdesk::capture
