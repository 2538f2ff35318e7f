#include "intake/content_kind.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "capture/image_file.h"
#include "intake/file_name.h"

namespace landdesk::intake {

namespace {

struct KindInfo {
  ContentKind kind;
  std::string_view code, mediaType, vi, en;
};

constexpr std::array<KindInfo, 9> kKinds = {{
    {ContentKind::Jpeg, "jpeg", "image/jpeg", "ảnh JPEG", "a JPEG image"},
    {ContentKind::Png, "png", "image/png", "ảnh PNG", "a PNG image"},
    {ContentKind::Tiff, "tiff", "image/tiff", "ảnh TIFF", "a TIFF image"},
    {ContentKind::Pdf, "pdf", "application/pdf", "tệp PDF", "a PDF file"},
    {ContentKind::Zip, "zip", "application/zip", "tệp nén ZIP", "a ZIP archive"},
    {ContentKind::Docx, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     "tài liệu Word (.docx)", "a Word document (.docx)"},
    {ContentKind::Email, "eml", "message/rfc822", "thư điện tử (.eml)", "an e-mail message (.eml)"},
    {ContentKind::QrText, "cccd_qr", "text/plain; charset=utf-8", "mã QR CCCD dạng văn bản",
     "a CCCD QR payload as text"},
    {ContentKind::Unknown, "unknown", "application/octet-stream", "loại không nhận dạng được", "an unrecognised type"},
}};

const KindInfo& info(ContentKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k;
  return kKinds.back();
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Header names that open real messages (RFC 5322 and what servers and clients prepend).
bool looksLikeMailHeader(std::string_view line) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 76) return false;
  const std::string name = lower(line.substr(0, colon));
  for (char c : name)
    if (c <= ' ' || c > '~') return false;
  static constexpr std::array<std::string_view, 16> kOpeners = {
      "return-path", "received", "from",         "to",     "date",          "subject",     "message-id", "mime-version",
      "delivered-to", "reply-to", "content-type", "sender", "dkim-signature", "x-mailer", "authentication-results", "cc"};
  return name.starts_with("x-") || name.starts_with("arc-") ||
         std::find(kOpeners.begin(), kOpeners.end(), name) != kOpeners.end();
}

std::string_view firstLine(std::string_view s) {
  const size_t end = s.find_first_of("\r\n");
  return end == std::string_view::npos ? s : s.substr(0, end);
}

bool isUtf16Bom(std::string_view b) { return b.starts_with("\xFF\xFE") || b.starts_with("\xFE\xFF"); }

}  // namespace

ContentKind sniffContent(std::string_view b) {
  switch (capture::sniffFileKind(b.substr(0, 2048))) {
    case capture::FileKind::Jpeg: return ContentKind::Jpeg;
    case capture::FileKind::Png: return ContentKind::Png;
    case capture::FileKind::Tiff: return ContentKind::Tiff;
    case capture::FileKind::Pdf: return ContentKind::Pdf;
    case capture::FileKind::Unknown: break;
  }
  if (b.starts_with("PK\x03\x04") || b.starts_with("PK\x05\x06")) {
    // Entry names are stored uncompressed in the local and central headers.
    const bool word = b.find("[Content_Types].xml") != std::string_view::npos && b.find("word/") != std::string_view::npos;
    return word ? ContentKind::Docx : ContentKind::Zip;
  }
  std::string_view text = b;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (isUtf16Bom(text)) {
    // Notepad's "Unicode" save of a scanned payload: count the '|' code units.
    size_t bars = 0;
    for (size_t i = 2; i + 1 < text.size() && i < 8192; i += 2) bars += (text[i] == '|' && text[i + 1] == 0) || (text[i] == 0 && text[i + 1] == '|');
    return bars >= 6 ? ContentKind::QrText : ContentKind::Unknown;
  }
  if (text.find('\0') != std::string_view::npos) return ContentKind::Unknown;
  // mbox files open with "From sender date"; the header fields follow.
  std::string_view head = text;
  if (head.starts_with("From ")) head.remove_prefix(std::min(head.size(), head.find('\n') + 1));
  if (looksLikeMailHeader(firstLine(head))) return ContentKind::Email;
  if (text.size() <= 8192) {
    std::string_view rest = text;
    while (!rest.empty() && (rest.front() == '\r' || rest.front() == '\n' || rest.front() == ' ')) rest.remove_prefix(1);
    const std::string_view line = firstLine(rest);
    if (std::count(line.begin(), line.end(), '|') >= 6) return ContentKind::QrText;
  }
  return ContentKind::Unknown;
}

std::string_view contentKindCode(ContentKind kind) { return info(kind).code; }

std::optional<ContentKind> contentKindFromCode(std::string_view code) {
  for (const auto& k : kKinds)
    if (k.code == code) return k.kind;
  return std::nullopt;
}

std::string_view mediaTypeOf(ContentKind kind) { return info(kind).mediaType; }
std::string_view describeVi(ContentKind kind) { return info(kind).vi; }
std::string_view describeEn(ContentKind kind) { return info(kind).en; }

std::optional<ContentKind> kindClaimedByName(std::string_view fileName) {
  const std::string ext = lowerExtension(fileName);
  if (ext == "jpg" || ext == "jpeg" || ext == "jfif") return ContentKind::Jpeg;
  if (ext == "png") return ContentKind::Png;
  if (ext == "tif" || ext == "tiff") return ContentKind::Tiff;
  if (ext == "pdf") return ContentKind::Pdf;
  if (ext == "zip") return ContentKind::Zip;
  if (ext == "docx") return ContentKind::Docx;
  if (ext == "eml") return ContentKind::Email;
  if (ext == "txt") return ContentKind::QrText;
  return std::nullopt;
}

bool isStorable(ContentKind kind) {
  switch (kind) {
    case ContentKind::Jpeg:
    case ContentKind::Png:
    case ContentKind::Tiff:
    case ContentKind::Pdf:
    case ContentKind::Docx:
    case ContentKind::QrText: return true;
    case ContentKind::Zip:
    case ContentKind::Email:
    case ContentKind::Unknown: break;
  }
  return false;
}

}  // namespace landdesk::intake
