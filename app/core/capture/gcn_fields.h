// Reading GCN (land certificate) fields out of OCR lines by their printed labels, never by position guesses.
#pragma once

#include <optional>
#include <vector>

#include "capture/captured_document.h"
#include "capture/ocr_engine.h"

namespace landdesk::capture {

// Fields found in the body text (everything but the red serial), keys as in `scan --json`: serial is not here;
// owners and purposes flattened ("owners.0.full_name", "purposes.1.code"). Boxes are in the lines' pixels.
// A label not found, or a value that does not have the field's shape, gives no field.
std::vector<CapturedField> extractGcnFields(const std::vector<OcrLine>& lines);

// The printed serial among lines read from the red ink: 1–2 letters and 6–8 digits, normalised ("AB 00626215").
std::optional<CapturedField> findGcnSerial(const std::vector<OcrLine>& redLines);

// True when the lines look like a land certificate (title or several item labels).
bool looksLikeGcn(const std::vector<OcrLine>& lines);

}  // namespace landdesk::capture
