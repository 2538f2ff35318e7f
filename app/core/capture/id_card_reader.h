// A decoded QR payload to a `cccd` document, parsed and validated by the identity kit (number vs birth date and sex).
#pragma once

#include <string_view>

#include "capture/captured_document.h"
#include "util/error.h"

namespace landdesk::capture {

// True when the payload parses as a CCCD / Thẻ căn cước QR (used to pick the right code among several).
bool isIdCardPayload(std::string_view payload);

// The document, every field boxed at the QR symbol; the parser's warnings become the document's warnings.
Result<CapturedDocument> idCardDocument(std::string_view payload, const Box& qrBox);

}  // namespace landdesk::capture
