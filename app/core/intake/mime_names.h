// Attachment file names from MIME header parameters: RFC 2231 (charset, percent-encoding, continuations) decoded,
// because Poco 1.11 hands back "filename*=UTF-8''S%E1%BB%95…" and "filename*0*=…; filename*1*=…" undecoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace landdesk::intake {

using HeaderParameters = std::vector<std::pair<std::string, std::string>>;  // as MessageHeader::splitParameters gives

// The value of parameter `name` ("filename") under RFC 2231: "name*" (charset'language'%XX…), or the continuations
// "name*0", "name*0*", "name*1*" … joined in order, percent-decoded where marked with '*', converted from the
// declared charset to UTF-8. Nothing when the parameter is absent in RFC 2231 form.
std::optional<std::string> decodeRfc2231(const HeaderParameters& params, std::string_view name);

// The best file name of a part: RFC 2231 filename* of Content-Disposition, then its plain filename, then the
// RFC 2231 / plain name of Content-Type. Raw 8-bit names that are not UTF-8 are read as Windows-1258 (Vietnamese).
std::string attachmentName(const HeaderParameters& disposition, const HeaderParameters& contentType);

// Bytes in a named charset ("windows-1258", "ISO-8859-1", "UTF-8") to UTF-8 with ICU; nothing when the charset is
// unknown or the bytes are not valid in it.
std::optional<std::string> convertToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace landdesk::intake
