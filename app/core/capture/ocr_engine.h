// Tesseract (`vie`, LSTM) behind a small interface: a page as lines of words with boxes and confidences, or one region.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "capture/captured_document.h"
#include "util/error.h"

struct Pix;

namespace landdesk::capture {

struct OcrWord {
  std::string text;  // UTF-8, NFC
  Box box;           // in the pixels of the image read
  double confidence = 0;  // 0..1
};

struct OcrLine {
  std::vector<OcrWord> words;
  Box box;
  std::string text() const;  // words joined by single spaces
  double confidence() const;  // mean of the words'
};

// One Tesseract instance; not thread-safe (one per thread). Tesseract runs its own OpenMP threads unless
// OMP_THREAD_LIMIT=1 is set before the process starts (toolchain notes G1): the CLI re-executes itself to set it.
class OcrEngine {
 public:
  // `language` as in tessdata ("vie"); the data directory is Tesseract's default unless TESSDATA_PREFIX is set.
  static Result<std::unique_ptr<OcrEngine>> create(const std::string& language = "vie");
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // The whole image, automatic page segmentation, in reading order.
  std::vector<OcrLine> readPage(Pix* image);
  // One line inside `region` of the image given to the last readPage/readRegion call's image, restricted to
  // `whitelist` characters when not empty (digits for numbers: no O for 0, no l for 1).
  OcrLine readLine(Pix* image, const Box& region, std::string_view whitelist = {});

 private:
  OcrEngine();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace landdesk::capture
