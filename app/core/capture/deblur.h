// Richardson–Lucy deconvolution with a Gaussian blur model: sharpens an out-of-focus QR crop enough for ZXing.
#pragma once

#include "capture/pix.h"

struct Pix;

namespace landdesk::capture {

// `gray` is 8 bpp; `sigma` the assumed blur in pixels. Cost grows with pixels × iterations: use it on crops.
PixPtr deblurGaussian(Pix* gray, float sigma, int iterations);

}  // namespace landdesk::capture
