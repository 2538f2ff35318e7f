#include "capture/deblur.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace landdesk::capture {

namespace {

// Separable convolution with clamped edges.
void convolve(const std::vector<float>& in, std::vector<float>& out, std::vector<float>& tmp, int w, int h,
              const std::vector<float>& kernel) {
  int r = static_cast<int>(kernel.size() / 2);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      float s = 0;
      for (int i = -r; i <= r; ++i) s += kernel[static_cast<size_t>(i + r)] * in[static_cast<size_t>(y * w + std::clamp(x + i, 0, w - 1))];
      tmp[static_cast<size_t>(y * w + x)] = s;
    }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      float s = 0;
      for (int i = -r; i <= r; ++i) s += kernel[static_cast<size_t>(i + r)] * tmp[static_cast<size_t>(std::clamp(y + i, 0, h - 1) * w + x)];
      out[static_cast<size_t>(y * w + x)] = s;
    }
}

}  // namespace

PixPtr deblurGaussian(Pix* gray, float sigma, int iterations) {
  if (!gray || pixGetDepth(gray) != 8 || sigma <= 0) return nullptr;
  int w = pixGetWidth(gray), h = pixGetHeight(gray), wpl = pixGetWpl(gray);
  int r = static_cast<int>(std::ceil(sigma * 3));
  std::vector<float> kernel(static_cast<size_t>(2 * r + 1));
  float sum = 0;
  for (int i = -r; i <= r; ++i) sum += kernel[static_cast<size_t>(i + r)] = std::exp(-static_cast<float>(i * i) / (2 * sigma * sigma));
  for (float& k : kernel) k /= sum;

  size_t n = static_cast<size_t>(w) * static_cast<size_t>(h);
  std::vector<float> observed(n), estimate(n), blurred(n), ratio(n), tmp(n);
  const l_uint32* data = pixGetData(gray);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) observed[static_cast<size_t>(y * w + x)] = static_cast<float>(GET_DATA_BYTE(data + y * wpl, x)) + 1;
  estimate = observed;
  for (int it = 0; it < iterations; ++it) {
    convolve(estimate, blurred, tmp, w, h, kernel);
    for (size_t i = 0; i < n; ++i) ratio[i] = observed[i] / std::max(blurred[i], 1e-3f);
    convolve(ratio, blurred, tmp, w, h, kernel);
    for (size_t i = 0; i < n; ++i) estimate[i] *= blurred[i];
  }
  PixPtr out = adopt(pixCreate(w, h, 8));
  if (!out) return out;
  l_uint32* od = pixGetData(out.get());
  int owpl = pixGetWpl(out.get());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      SET_DATA_BYTE(od + y * owpl, x, static_cast<l_uint32>(std::clamp(estimate[static_cast<size_t>(y * w + x)] - 1, 0.f, 255.f)));
  return out;
}

}  // namespace landdesk::capture
