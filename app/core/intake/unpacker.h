// One received file (or mail, or zip) turned into the papers the desk keeps, each checked by content, and the
// parts it cannot keep, each with the reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "intake/content_kind.h"
#include "intake/mail_reader.h"
#include "util/error.h"

namespace landdesk::intake {

struct AcceptedFile {
  std::string name;    // sanitised, NFC; extension set to what the content is ("scan.jpg" holding a PDF -> "scan.pdf")
  std::string origin;  // the path inside the container: "scans.zip!hồ sơ/cccd.jpg", "thư.eml!Sổ đỏ.jpg"
  ContentKind kind = ContentKind::Unknown;
  std::string bytes;
  std::vector<std::string> warnings;  // Vietnamese, e.g. the extension did not match the content
  std::vector<std::pair<std::string, std::string>> cardFields;  // for a CCCD QR payload: the card's values
};

struct SkippedFile {
  std::string name;
  Error reason;
};

struct Unpacked {
  ContentKind kind = ContentKind::Unknown;  // what the outer file was
  std::vector<AcceptedFile> files;
  std::vector<SkippedFile> skipped;
  std::optional<ParsedMail> mail;  // sender, subject, date when the input was a message (attachments moved to files)
};

// Classifies `bytes` by content and checks each paper the way the readers will need it: images decoded (truncated
// JPEG, declared dimensions over the limits refused), PDFs opened with poppler, DOCX packages checked, QR text
// parsed; ZIP archives (limits, unsafe names refused) and mail (Poco MailMessage) are opened one level down.
// Fails when the input itself is refused (unknown content — the message names the extension it claimed —, damaged
// image, malformed MIME, unsafe zip) or when it holds nothing the desk keeps (the reasons of the skipped parts).
Result<Unpacked> unpack(std::string_view bytes, std::string_view fileName);

// ".jpg", ".png", ".tif", ".pdf", ".docx", ".txt" for what the desk keeps.
std::string_view extensionFor(ContentKind kind);

}  // namespace landdesk::intake
