// What a received file is, decided by its bytes (magic numbers, structure), never by its name.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace landdesk::intake {

enum class ContentKind { Jpeg, Png, Tiff, Pdf, Zip, Docx, Email, QrText, Unknown };

// The first bytes decide; a zip is a Docx when it names [Content_Types].xml and a word/ part (checked properly
// later by the DOCX reader), a text is an Email when it opens with RFC 5322 header fields, and QrText when it is
// short text whose first line carries at least six '|' (the CCCD payload shape).
ContentKind sniffContent(std::string_view bytes);

std::string_view contentKindCode(ContentKind kind);  // "jpeg" … "cccd_qr", "unknown"
std::optional<ContentKind> contentKindFromCode(std::string_view code);
std::string_view mediaTypeOf(ContentKind kind);    // "image/jpeg" …
std::string_view describeVi(ContentKind kind);     // "ảnh JPEG", "tệp PDF" … for messages
std::string_view describeEn(ContentKind kind);

// The kind a file name's extension claims, when it claims one we know (".jpg" -> Jpeg, ".eml" -> Email).
std::optional<ContentKind> kindClaimedByName(std::string_view fileName);

// True for what the desk stores as an inbox item (images, PDF, DOCX, CCCD QR text); zip and mail are unpacked.
bool isStorable(ContentKind kind);

}  // namespace landdesk::intake
