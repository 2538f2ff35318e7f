#include "intake/unpacker.h"

#include <algorithm>

#include "capture/image_file.h"
#include "capture/pdf_pages.h"
#include "docgen/docx_package.h"
#include "intake/file_name.h"
#include "intake/qr_text.h"
#include "intake/zip_reader.h"

namespace landdesk::intake {

namespace {

// What one input may expand to in all (a mail of zips of scans included), so nesting cannot multiply the limits.
constexpr uint64_t kTotalBudget = 512ull << 20;

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

// A JPEG ends with EOI (FF D9) after its first scan; a PNG with an IEND chunk. A file cut short (a download or copy
// that stopped) lacks them. Checked before the decoder, which would also say so but noisily on stderr.
bool looksComplete(ContentKind kind, std::string_view b) {
  if (kind == ContentKind::Png) return b.find("IEND", b.size() > 64 ? b.size() - 64 : 0) != std::string_view::npos;
  if (kind != ContentKind::Jpeg) return true;
  // Walk the marker segments (APPn may hold a whole thumbnail JPEG) to the first start-of-scan; entropy-coded data
  // never holds an unstuffed FF D9, so an EOI after it closes the image.
  size_t at = 2;
  while (at + 4 <= b.size() && static_cast<unsigned char>(b[at]) == 0xFF) {
    const auto marker = static_cast<unsigned char>(b[at + 1]);
    if (marker == 0xDA) return b.find("\xFF\xD9", at) != std::string_view::npos;
    if (marker == 0xFF) {
      ++at;  // fill byte
      continue;
    }
    const size_t length = (static_cast<unsigned char>(b[at + 2]) << 8) | static_cast<unsigned char>(b[at + 3]);
    at += 2 + length;
  }
  return false;
}

// Opens each paper the way the readers will: what fails here would fail there, so it is refused now.
Status checkPaper(ContentKind kind, std::string_view bytes) {
  if (!looksComplete(kind, bytes))
    return makeError("intake.image_truncated", std::string("Ảnh ") + (kind == ContentKind::Png ? "PNG" : "JPEG") +
                         " bị cắt cụt, thiếu phần cuối (tệp chưa tải hoặc chép xong?)",
                     std::string("The ") + (kind == ContentKind::Png ? "PNG" : "JPEG") +
                         " image is cut short (not fully downloaded or copied?)");
  switch (kind) {
    case ContentKind::Jpeg:
    case ContentKind::Png:
    case ContentKind::Tiff: {
      auto pix = capture::decodeImage(bytes);
      if (!pix) return pix.error();
      return {};
    }
    case ContentKind::Pdf: {
      auto pages = capture::pdfPageCount(bytes);
      if (!pages) return pages.error();
      if (*pages < 1) return makeError("intake.pdf_empty", "Tệp PDF không có trang nào", "The PDF has no page");
      return {};
    }
    case ContentKind::Docx: {
      auto package = docgen::DocxPackage::fromBytes(bytes);
      if (!package) return package.error();
      return {};
    }
    default: return {};
  }
}

// "scan.jpg" holding a PDF is kept as "scan.pdf", "IMG_0001" as "IMG_0001.jpg": the viewer the officer opens it
// with goes by the extension.
std::string nameFor(const std::string& sanitised, ContentKind kind) {
  const std::string want(extensionFor(kind));
  const std::string have = lowerExtension(sanitised);
  if (have == want.substr(1) || (kind == ContentKind::Jpeg && (have == "jpeg" || have == "jfif")) ||
      (kind == ContentKind::Tiff && have == "tiff"))
    return sanitised;
  if (kindClaimedByName(sanitised)) return sanitised.substr(0, sanitised.rfind('.')) + want;
  return sanitised + want;
}

Error unknownContent(const std::string& name) {
  if (auto claimed = kindClaimedByName(name)) {
    const std::string ext = "." + lowerExtension(name);
    return makeError("intake.content_mismatch",
                     "Tệp " + quoted(name) + " có đuôi " + ext + " nhưng nội dung không phải " + std::string(describeVi(*claimed)) +
                         " (không nhận dạng được nội dung); không nhận",
                     "The file " + quoted(name) + " is named " + ext + " but its content is not " +
                         std::string(describeEn(*claimed)) + " (unrecognised content); refused");
  }
  return makeError("intake.unknown_content",
                   "Không nhận dạng được nội dung tệp " + quoted(name) +
                       " (chỉ nhận ảnh JPEG/PNG/TIFF, PDF, ZIP ảnh quét, thư .eml, DOCX hoặc mã QR CCCD dạng văn bản)",
                   "Unrecognised content in " + quoted(name) +
                       " (accepted: JPEG/PNG/TIFF images, PDF, ZIP of scans, .eml messages, DOCX, CCCD QR text)");
}

Error inItem(const std::string& name, const Error& e) {
  return Error{e.code, quoted(name) + ": " + e.vi, quoted(name) + ": " + e.en};
}

// `depth` 0 is the input itself; a zip is opened at depth 0 or straight inside a mail, a mail only at depth 0.
struct Walk {
  Unpacked out;
  uint64_t budget = kTotalBudget;
};

void addPaper(Walk& w, std::string_view bytes, const std::string& rawName, const std::string& origin, int depth,
              bool inMail);

void addQrText(Walk& w, std::string_view bytes, const std::string& name, const std::string& origin) {
  Unpacked& out = w.out;
  auto cards = parseScannerText(bytes);
  if (!cards) return out.skipped.push_back({name, inItem(name, cards.error())});
  const bool several = cards->size() > 1;
  for (auto& card : *cards) {
    AcceptedFile f;
    const std::string stem = name.substr(0, name.rfind('.'));
    f.name = several ? nameFor(stem + "-dong-" + std::to_string(card.line), ContentKind::QrText) : name;
    f.origin = several ? origin + "#" + std::to_string(card.line) : origin;
    f.kind = ContentKind::QrText;
    // One card per stored file, so the file alone says which card an item is.
    f.bytes = several ? card.payload + "\n" : std::string(bytes);
    f.warnings = card.card.warnings;
    f.cardFields = cardFields(card.card);
    out.files.push_back(std::move(f));
  }
}

void addZip(Walk& w, std::string_view bytes, const std::string& name, const std::string& origin, int depth) {
  ZipLimits limits;
  limits.maxTotalUncompressed = std::min(limits.maxTotalUncompressed, w.budget);
  auto entries = readZip(bytes, limits);
  if (!entries) return w.out.skipped.push_back({name, inItem(name, entries.error())});
  for (const ZipEntry& e : *entries) w.budget -= std::min<uint64_t>(w.budget, e.data.size());
  for (const ZipEntry& e : *entries) {
    const std::string inner = sanitizeFileName(e.path);
    // Finder's resource forks carry no paper.
    if (e.path.starts_with("__MACOSX/") || inner.starts_with("._") || e.path.find("/._") != std::string::npos) continue;
    addPaper(w, e.data, e.path, origin + "!" + e.path, depth + 1, false);
  }
}

void addMail(Walk& w, std::string_view bytes, const std::string& name, const std::string& origin, int depth) {
  auto mail = readMail(bytes);
  if (!mail) return w.out.skipped.push_back({name, inItem(name, mail.error())});
  int index = 0;
  for (MailAttachment& a : mail->attachments) {
    ++index;
    const std::string attName = a.name.empty() ? "tep-dinh-kem-" + std::to_string(index) : a.name;
    addPaper(w, a.bytes, attName, origin + "!" + sanitizeFileName(attName), depth + 1, true);
  }
  if (depth == 0) {
    mail->attachments.clear();
    w.out.mail = std::move(*mail);
  }
}

void addPaper(Walk& w, std::string_view bytes, const std::string& rawName, const std::string& origin, int depth,
              bool inMail) {
  Unpacked& out = w.out;
  const std::string name = sanitizeFileName(rawName);
  if (bytes.empty())
    return out.skipped.push_back({name, makeError("intake.empty_file", "Tệp " + quoted(name) + " rỗng", "The file " + quoted(name) + " is empty")});
  const ContentKind kind = sniffContent(bytes);
  if (depth == 0) out.kind = kind;
  if (kind == ContentKind::Zip || kind == ContentKind::Email) {
    const bool open = depth == 0 || (kind == ContentKind::Zip && inMail && depth == 1);
    if (!open)
      return out.skipped.push_back(
          {name, makeError("intake.nested_container", "Không mở " + std::string(describeVi(kind)) + " lồng bên trong " + quoted(name),
                           "Not opening " + std::string(describeEn(kind)) + " nested in " + quoted(name))});
    return kind == ContentKind::Zip ? addZip(w, bytes, name, origin, depth) : addMail(w, bytes, name, origin, depth);
  }
  if (!isStorable(kind)) return out.skipped.push_back({name, unknownContent(name)});
  if (kind == ContentKind::QrText) return addQrText(w, bytes, name, origin);
  if (auto ok = checkPaper(kind, bytes); !ok) return out.skipped.push_back({name, inItem(name, ok.error())});

  AcceptedFile f{nameFor(name, kind), origin, kind, std::string(bytes), {}, {}};
  if (auto claimed = kindClaimedByName(name); claimed && *claimed != kind)
    f.warnings.push_back("Tên tệp " + quoted(name) + " có đuôi ." + lowerExtension(name) + " nhưng nội dung là " +
                         std::string(describeVi(kind)) + "; đã lưu theo nội dung");
  out.files.push_back(std::move(f));
}

}  // namespace

std::string_view extensionFor(ContentKind kind) {
  switch (kind) {
    case ContentKind::Jpeg: return ".jpg";
    case ContentKind::Png: return ".png";
    case ContentKind::Tiff: return ".tif";
    case ContentKind::Pdf: return ".pdf";
    case ContentKind::Docx: return ".docx";
    case ContentKind::QrText: return ".txt";
    case ContentKind::Zip: return ".zip";
    case ContentKind::Email: return ".eml";
    case ContentKind::Unknown: break;
  }
  return "";
}

Result<Unpacked> unpack(std::string_view bytes, std::string_view fileName) {
  Walk w;
  const std::string name = sanitizeFileName(fileName);
  addPaper(w, bytes, std::string(fileName), name, 0, false);
  Unpacked& out = w.out;
  if (!out.files.empty()) return std::move(out);
  // A single paper refused, or a container refused as a whole: its own reason is the answer.
  if (out.skipped.size() == 1 && (isStorable(out.kind) || out.kind == ContentKind::Unknown || out.skipped[0].name == name))
    return out.skipped[0].reason;
  std::string firstVi, firstEn;
  if (!out.skipped.empty()) {
    firstVi = "; " + std::to_string(out.skipped.size()) + " phần bị bỏ qua, ví dụ " + out.skipped[0].reason.vi;
    firstEn = "; " + std::to_string(out.skipped.size()) + " part(s) skipped, e.g. " + out.skipped[0].reason.en;
  }
  return makeError("intake.nothing_to_keep",
                   quoted(name) + " (" + std::string(describeVi(out.kind)) +
                       ") không có ảnh JPEG/PNG/TIFF, PDF hay DOCX nào để nhận" + firstVi,
                   quoted(name) + " (" + std::string(describeEn(out.kind)) + ") holds no JPEG/PNG/TIFF image, PDF or DOCX" +
                       firstEn);
}

}  // namespace landdesk::intake
