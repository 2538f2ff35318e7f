// The printed serial of a GCN page (red, unlabelled): red text lines read one by one, a reading in a printed shape
// preferred, the whole red layer or lone body lines only when no red line gave one.
#pragma once

#include <optional>
#include <vector>

#include "capture/captured_document.h"
#include "capture/ocr_engine.h"
#include "capture/page_preprocess.h"

namespace landdesk::capture {

// Box in prepared-page pixels. Two readings of a line (capitals and digits only, then unrestricted) that agree raise
// the confidence; a serial of 7 digits (a shape no form prints: 6 on older forms, 8 on the 2024 form) stays low.
std::optional<CapturedField> readGcnSerial(OcrEngine& ocr, const PreparedPage& page, const std::vector<OcrLine>& bodyLines);

}  // namespace landdesk::capture
