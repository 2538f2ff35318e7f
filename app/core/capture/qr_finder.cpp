#include "capture/qr_finder.h"

#include <ZXing/ReadBarcode.h>
#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <ctime>

#include "capture/deblur.h"
#include "capture/pix.h"
#include "capture/qr_locate.h"
#include "text/unicode.h"

namespace landdesk::capture {

namespace {

using Clock = std::chrono::steady_clock;

// CPU time of the calling thread: the budget counts the work done, so a loaded desk (or a CI runner) reads the same
// images as a quiet one, only later.
std::chrono::microseconds threadCpu() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return std::chrono::seconds(t.tv_sec) + std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::nanoseconds(t.tv_nsec));
}

// A grey image ready for ZXing plus the map back to the caller's pixels: original = offset + view / scale.
struct View {
  PixPtr bytes;  // 8 bpp, byte order swapped so rows are plain bytes
  double scale = 1;
  int offsetX = 0, offsetY = 0;
};

PixPtr toGray(Pix* pix) {
  if (pixGetDepth(pix) == 8 && !pixGetColormap(pix)) return shareImage(pix);
  if (pixGetDepth(pix) == 32) return adopt(pixConvertRGBToLuminance(pix));
  return adopt(pixConvertTo8(pix, 0));
}

View makeView(Pix* gray, double scale, int offsetX, int offsetY) {
  PixPtr scaled = scale == 1 ? shareImage(gray) : adopt(pixScaleGrayLI(gray, static_cast<float>(scale), static_cast<float>(scale)));
  View v;
  v.bytes = adopt(scaled ? pixEndianByteSwapNew(scaled.get()) : nullptr);
  v.scale = scale;
  v.offsetX = offsetX;
  v.offsetY = offsetY;
  return v;
}

std::string payloadOf(const ZXing::Result& r) {
  const ZXing::ByteArray& raw = r.bytes();
  std::string bytes(raw.begin(), raw.end());
  // CCCD QR codes are byte mode without ECI: the bytes are UTF-8. ZXing's charset guess is the fallback only.
  if (text::isValidUtf8(bytes)) return text::toNfc(bytes);
  return text::toNfc(r.text());
}

Box boxOf(const ZXing::Position& p, const View& v) {
  int x0 = p[0].x, x1 = p[0].x, y0 = p[0].y, y1 = p[0].y;
  for (const auto& pt : p) {
    x0 = std::min(x0, pt.x), x1 = std::max(x1, pt.x);
    y0 = std::min(y0, pt.y), y1 = std::max(y1, pt.y);
  }
  auto back = [&](int c, int off) { return static_cast<int>(std::lround(c / v.scale)) + off; };
  int bx = back(x0, v.offsetX), by = back(y0, v.offsetY);
  return {bx, by, back(x1, v.offsetX) - bx + 1, back(y1, v.offsetY) - by + 1};
}

class Search {
 public:
  Search(Pix* image, const std::function<bool(std::string_view)>& accept, const QrSearchOptions& options)
      : accept_(accept), deadline_(threadCpu() + options.budget), start_(Clock::now()),
        stopAtOtherCodes_(options.stopAtOtherCodes), firstPassOnly_(options.firstPassOnly) {
    gray_ = toGray(image);
  }

  QrSearchResult run() {
    if (!gray_) return finish();
    int w = pixGetWidth(gray_.get()), h = pixGetHeight(gray_.get());
    int side = std::max(w, h);
    // 1. The whole image as it is: clean scans end here.
    if (scan(makeView(gray_.get(), 1, 0, 0), ZXing::Binarizer::LocalAverage, "whole") || stop()) return finish();
    if (stopAtOtherCodes_ && !result_.codes.empty() && failed_.empty()) return finish();
    if (firstPassOnly_) return finish();
    // 2. Around symbols ZXing located but could not decode (blur, JPEG noise, low resolution).
    std::vector<Box> candidates = failed_;
    for (const Box& c : candidates) {
      if (tryCrop(c, "crop") || stop()) return finish();
    }
    // 2b. Out of focus: deconvolve around located symbols (cost grows with area, so crops only).
    for (size_t i = 0; i < candidates.size() && i < 3; ++i)
      if (tryDeblur(candidates[i]) || stop()) return finish();
    // 2c. Nothing located (heavy blur hides the finder patterns): dense square texture patches, cropped and deblurred.
    if (candidates.empty()) {
      for (const Box& c : locateQrLikeRegions(gray_.get(), 3))
        if (tryCrop(c, "texture") || tryDeblur(c) || stop()) return finish();
    }
    // 3. Whole image upscaled (phone shots: modules of 2–3 px) and with another binariser.
    if (side <= 2600 && (scan(makeView(gray_.get(), 2, 0, 0), ZXing::Binarizer::LocalAverage, "upscale×2") || stop()))
      return finish();
    if (scan(makeView(gray_.get(), 1, 0, 0), ZXing::Binarizer::GlobalHistogram, "global") || stop()) return finish();
    for (size_t i = candidates.size(); i < failed_.size(); ++i)
      if (tryCrop(failed_[i], "crop") || stop()) return finish();
    // 4. Sharpened, against blur.
    {
      PixPtr sharp = adopt(pixUnsharpMaskingGray(gray_.get(), 3, 0.7f));
      if (sharp && (scan(makeView(sharp.get(), side <= 2600 ? 2 : 1, 0, 0), ZXing::Binarizer::LocalAverage, "sharpen") ||
                    stop()))
        return finish();
    }
    // 5. Overlapping tiles, each enlarged, for a small code on a large busy page.
    for (int n : {2, 3}) {
      int tw = w * 2 / (n + 1), th = h * 2 / (n + 1);
      for (int ty = 0; ty < n; ++ty)
        for (int tx = 0; tx < n; ++tx) {
          Box tile{tx * (w - tw) / std::max(1, n - 1), ty * (h - th) / std::max(1, n - 1), tw, th};
          if (tryRegion(tile, std::clamp(1600.0 / std::max(tw, th), 1.0, 3.0), "tile") || stop()) return finish();
        }
    }
    return finish();
  }

 private:
  bool stop() const { return threadCpu() >= deadline_; }

  QrSearchResult finish() {
    result_.undecoded = static_cast<int>(failed_.size());
    result_.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start_);
    return std::move(result_);
  }

  // Crop around a located symbol, with a quiet-zone margin, enlarged so a module is several pixels wide.
  bool tryCrop(const Box& c, const char* pass) {
    int margin = std::max(c.width, c.height) / 3 + 8;
    Box region{c.x - margin, c.y - margin, c.width + 2 * margin, c.height + 2 * margin};
    double scale = std::clamp(700.0 / std::max(region.width, region.height), 1.0, 4.0);
    for (auto bin : {ZXing::Binarizer::LocalAverage, ZXing::Binarizer::GlobalHistogram, ZXing::Binarizer::FixedThreshold})
      if (tryRegion(region, scale, pass, bin) || stop()) return true;
    return false;
  }

  bool tryDeblur(const Box& c) {
    int margin = std::max(c.width, c.height) / 4 + 8;
    int w = pixGetWidth(gray_.get()), h = pixGetHeight(gray_.get());
    Box region{std::max(0, c.x - margin), std::max(0, c.y - margin), 0, 0};
    region.width = std::min(c.x + c.width + margin, w) - region.x;
    region.height = std::min(c.y + c.height + margin, h) - region.y;
    if (region.width < 21 || region.height < 21 || int64_t{region.width} * region.height > 600'000) return false;
    BOX* box = boxCreate(region.x, region.y, region.width, region.height);
    PixPtr crop = adopt(pixClipRectangle(gray_.get(), box, nullptr));
    boxDestroy(&box);
    if (!crop) return false;
    for (float sigma : {1.6f, 2.2f, 1.1f}) {
      PixPtr sharp = deblurGaussian(crop.get(), sigma, 20);
      if (sharp && scan(makeView(sharp.get(), 1, region.x, region.y), ZXing::Binarizer::LocalAverage, "deblur")) return true;
      // Small modules (≤ 4 px) decode more often once enlarged.
      if (sharp && std::max(region.width, region.height) < 500 &&
          scan(makeView(sharp.get(), 2, region.x, region.y), ZXing::Binarizer::LocalAverage, "deblur×2"))
        return true;
      if (stop()) return false;
    }
    return false;
  }

  bool tryRegion(Box region, double scale, const char* pass, ZXing::Binarizer bin = ZXing::Binarizer::LocalAverage) {
    int w = pixGetWidth(gray_.get()), h = pixGetHeight(gray_.get());
    region.x = std::max(0, region.x), region.y = std::max(0, region.y);
    region.width = std::min(region.width, w - region.x), region.height = std::min(region.height, h - region.y);
    if (region.width < 21 || region.height < 21) return false;
    BOX* box = boxCreate(region.x, region.y, region.width, region.height);
    PixPtr crop = adopt(pixClipRectangle(gray_.get(), box, nullptr));
    boxDestroy(&box);
    if (!crop) return false;
    return scan(makeView(crop.get(), scale, region.x, region.y), bin, pass);
  }

  // One ZXing pass; true when a payload was accepted (or, without a predicate, when anything was found).
  bool scan(const View& v, ZXing::Binarizer bin, const char* pass) {
    if (!v.bytes) return false;
    ++result_.passes;
    Pix* p = v.bytes.get();
    ZXing::ImageView view(reinterpret_cast<const uint8_t*>(pixGetData(p)), pixGetWidth(p), pixGetHeight(p),
                          ZXing::ImageFormat::Lum, pixGetWpl(p) * 4);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true).setTryRotate(false).setBinarizer(bin)
        .setReturnErrors(true);
    bool found = false;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
      Box box = boxOf(r.position(), v);
      if (!r.isValid()) {
        if (r.format() == ZXing::BarcodeFormat::QRCode && !box.empty() && failed_.size() < 8) failed_.push_back(box);
        continue;
      }
      std::string payload = payloadOf(r);
      found = true;
      auto same = [&](const QrCode& c) { return c.payload == payload; };
      if (std::find_if(result_.codes.begin(), result_.codes.end(), same) != result_.codes.end()) continue;
      result_.codes.push_back({payload, box, pass});
      if (accept_ && result_.accepted < 0 && accept_(payload)) result_.accepted = static_cast<int>(result_.codes.size()) - 1;
    }
    return accept_ ? result_.accepted >= 0 : found;
  }

  const std::function<bool(std::string_view)>& accept_;
  std::chrono::microseconds deadline_;
  Clock::time_point start_;
  bool stopAtOtherCodes_ = false;
  bool firstPassOnly_ = false;
  PixPtr gray_;
  std::vector<Box> failed_;
  QrSearchResult result_;
};

}  // namespace

QrSearchResult findQrCodes(Pix* image, const std::function<bool(std::string_view)>& accept, const QrSearchOptions& options) {
  quietLeptonica();
  return Search(image, accept, options).run();
}

}  // namespace landdesk::capture
