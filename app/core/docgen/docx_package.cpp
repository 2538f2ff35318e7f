#include "docgen/docx_package.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "docgen/xml_document.h"

namespace landdesk::docgen {

namespace {

Error notDocx(const std::string& why) {
  return makeError("docx.not_docx", "Tệp là zip nhưng không phải tài liệu Word (.docx)", "The file is a zip but not a Word document (.docx)", why);
}

std::string_view localName(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

PartRole roleForContentType(std::string_view type) {
  auto has = [&](std::string_view s) { return type.find(s) != std::string_view::npos; };
  if (!has("wordprocessingml")) return PartRole::Other;
  if (has(".document.main+xml") || has(".template.main+xml") || has("document.macroEnabled.main+xml") ||
      has("template.macroEnabledTemplate.main+xml"))
    return PartRole::MainDocument;
  if (has(".header+xml")) return PartRole::Header;
  if (has(".footer+xml")) return PartRole::Footer;
  if (has(".footnotes+xml")) return PartRole::Footnotes;
  if (has(".endnotes+xml")) return PartRole::Endnotes;
  return PartRole::Other;
}

// "/word/document.xml" -> "word/document.xml"; "word/../x" -> "x"; empty when it climbs out of the package.
std::string normalisePartName(std::string_view base, std::string_view target) {
  std::string joined = target.starts_with('/') ? std::string(target.substr(1)) : std::string(base) + std::string(target);
  std::vector<std::string> parts;
  std::stringstream ss(joined);
  for (std::string seg; std::getline(ss, seg, '/');) {
    if (seg.empty() || seg == ".") continue;
    if (seg == "..") {
      if (parts.empty()) return {};
      parts.pop_back();
    } else {
      parts.push_back(seg);
    }
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

}  // namespace

bool isSafeEntryName(std::string_view name) {
  if (name.empty() || name.starts_with('/') || name.find('\\') != std::string_view::npos) return false;
  if (name.size() >= 2 && name[1] == ':') return false;  // C:foo
  if (name.find('\0') != std::string_view::npos) return false;
  size_t start = 0;
  while (start <= name.size()) {
    size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    std::string_view seg = name.substr(start, end - start);
    if (seg == ".." || seg == ".") return false;
    start = end + 1;
  }
  return true;
}

Result<DocxPackage> DocxPackage::fromFile(const std::filesystem::path& path, const PackageLimits& limits) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) return makeError("docx.unreadable", "Không đọc được tệp", "Cannot read the file", path.string());
  if (size > limits.maxInputBytes)
    return makeError("docx.too_large", "Tệp quá lớn để là một mẫu văn bản", "The file is too large to be a document template", path.string());
  std::ifstream in(path, std::ios::binary);
  std::string bytes(size, '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
    return makeError("docx.unreadable", "Không đọc được tệp", "Cannot read the file", path.string());
  return fromBytes(bytes, limits);
}

Result<DocxPackage> DocxPackage::fromBytes(std::string_view bytes, const PackageLimits& limits) {
  if (bytes.size() > limits.maxInputBytes)
    return makeError("docx.too_large", "Tệp quá lớn để là một mẫu văn bản", "The file is too large to be a document template");
  if (bytes.starts_with("\xD0\xCF\x11\xE0"))
    return makeError("docx.not_zip", "Tệp không phải .docx: có thể là tệp .doc cũ hoặc .docx có đặt mật khẩu; hãy lưu lại dạng .docx không mật khẩu",
                     "Not a .docx: probably an old .doc or a password-protected .docx; save it as a .docx without a password");
  if (!bytes.starts_with("PK\x03\x04"))
    return makeError("docx.not_zip", "Tệp không phải .docx (không phải tệp nén zip)", "Not a .docx (not a zip file)");

  DocxPackage pkg;
  try {
    std::istringstream in{std::string(bytes)};
    Poco::Zip::ZipArchive archive(in);  // leaves `in` failed; each entry below clears and repositions it
    std::vector<const Poco::Zip::ZipLocalFileHeader*> headers;
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) headers.push_back(&it->second);
    if (headers.size() > limits.maxEntries)
      return makeError("docx.too_many_entries", "Tệp nén có quá nhiều mục", "The zip has too many entries", std::to_string(headers.size()));
    std::sort(headers.begin(), headers.end(), [](auto* a, auto* b) { return a->getStartPos() < b->getStartPos(); });

    uint64_t declaredTotal = 0;
    for (const auto* h : headers) {
      if (!isSafeEntryName(h->getFileName()))
        return makeError("docx.unsafe_entry_name", "Tệp nén chứa tên mục nguy hiểm (.., đường dẫn tuyệt đối hoặc dấu \\)",
                         "The zip holds an unsafe entry name (.., absolute path or backslash)", h->getFileName());
      if (h->isEncrypted())
        return makeError("docx.encrypted", "Tệp nén có mục được mã hoá", "The zip holds an encrypted entry", h->getFileName());
      const uint64_t expanded = h->getUncompressedSize(), packed = std::max<uint64_t>(h->getCompressedSize(), 1);
      if (expanded > limits.maxEntryUncompressed)
        return makeError("docx.too_large", "Một mục trong tệp nén quá lớn khi giải nén", "An entry expands beyond the size limit", h->getFileName());
      if (expanded > limits.ratioCheckFloor && static_cast<double>(expanded) / static_cast<double>(packed) > limits.maxCompressionRatio)
        return makeError("docx.compression_ratio", "Tỷ lệ nén bất thường (nghi là bom nén zip)", "Abnormal compression ratio (suspected zip bomb)",
                         h->getFileName());
      declaredTotal += expanded;
      if (declaredTotal > limits.maxTotalUncompressed)
        return makeError("docx.too_large", "Tổng dung lượng giải nén vượt giới hạn (nghi là bom nén zip)",
                         "Total expanded size exceeds the limit (suspected zip bomb)");
    }

    uint64_t inflatedTotal = 0;
    for (const auto* h : headers) {
      if (h->isDirectory()) continue;
      in.clear();
      Poco::Zip::ZipInputStream zin(in, *h, true);
      PackageEntry entry{h->getFileName(), {}};
      // Declared sizes may lie: stop at the declared size (+1 to notice the lie) and at the global budget.
      const uint64_t cap = h->getUncompressedSize();
      char buf[16384];
      while (zin) {
        zin.read(buf, sizeof buf);
        const auto got = static_cast<uint64_t>(zin.gcount());
        if (got == 0) break;
        inflatedTotal += got;
        if (entry.data.size() + got > cap || inflatedTotal > limits.maxTotalUncompressed)
          return makeError("docx.compression_ratio", "Mục nén giải ra nhiều hơn kích thước khai báo (nghi là bom nén zip)",
                           "An entry expands beyond its declared size (suspected zip bomb)", h->getFileName());
        entry.data.append(buf, got);
      }
      pkg.entries_.push_back(std::move(entry));
    }
  } catch (const Poco::Exception& e) {
    return makeError("docx.not_zip", "Tệp .docx bị hỏng (không đọc được cấu trúc zip)", "The .docx is damaged (unreadable zip structure)", e.displayText());
  } catch (const std::ios_base::failure& e) {
    return makeError("docx.not_zip", "Tệp .docx bị hỏng (không đọc được cấu trúc zip)", "The .docx is damaged (unreadable zip structure)", e.what());
  }

  const PackageEntry* types = pkg.find("[Content_Types].xml");
  if (!types) return notDocx("[Content_Types].xml missing");
  auto doc = parseXmlPart(types->data, types->name);
  if (!doc) return doc.error();
  for (xmlNode* n = xmlDocGetRootElement(doc->get()) ? xmlDocGetRootElement(doc->get())->children : nullptr; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || localName(n) != "Override") continue;
    std::string part = normalisePartName("", attributeValue(n, "PartName"));
    PartRole role = roleForContentType(attributeValue(n, "ContentType"));
    if (role == PartRole::Other || part.empty()) continue;
    if (role == PartRole::MainDocument) {
      if (!pkg.mainPart_.empty()) return notDocx("two main document parts");
      pkg.mainPart_ = part;
    }
    pkg.roles_.emplace_back(part, role);
  }
  if (pkg.mainPart_.empty()) return notDocx("no WordprocessingML main document in [Content_Types].xml");
  if (!pkg.find(pkg.mainPart_)) return notDocx(pkg.mainPart_ + " missing");
  return pkg;
}

const PackageEntry* DocxPackage::find(std::string_view name) const {
  for (const auto& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

PartRole DocxPackage::roleOf(std::string_view name) const {
  for (const auto& [part, role] : roles_)
    if (part == name) return role;
  return PartRole::Other;
}

std::vector<std::string> DocxPackage::templatedParts() const {
  std::vector<std::string> out;
  for (const auto& e : entries_)
    if (roleOf(e.name) != PartRole::Other) out.push_back(e.name);
  return out;
}

Status DocxPackage::verifyStructure() const {
  auto broken = [](const std::string& why) {
    return makeError("docx.structure", "Cấu trúc gói .docx không hợp lệ", "The .docx package structure is invalid", why);
  };
  const PackageEntry* types = find("[Content_Types].xml");
  if (!types) return broken("[Content_Types].xml missing");
  auto typesDoc = parseXmlPart(types->data, types->name);
  if (!typesDoc) return typesDoc.error();
  bool hasRelsDefault = false;
  for (xmlNode* n = xmlDocGetRootElement(typesDoc->get())->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (localName(n) == "Override" && !find(normalisePartName("", attributeValue(n, "PartName"))))
      return broken("Override names a missing part " + attributeValue(n, "PartName"));
    if (localName(n) == "Default" && attributeValue(n, "Extension") == "rels") hasRelsDefault = true;
  }
  if (!hasRelsDefault) return broken("no content type for .rels");
  if (!find("_rels/.rels")) return broken("_rels/.rels missing");
  bool reachesMain = false;
  for (const auto& e : entries_) {
    if (!e.name.ends_with(".rels")) continue;
    // "word/_rels/document.xml.rels" describes "word/document.xml": targets are relative to "word/".
    std::string dir = e.name.substr(0, e.name.rfind("_rels/"));
    auto rels = parseXmlPart(e.data, e.name);
    if (!rels) return rels.error();
    for (xmlNode* n = xmlDocGetRootElement(rels->get())->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE || localName(n) != "Relationship" || attributeValue(n, "TargetMode") == "External") continue;
      std::string target = normalisePartName(dir, attributeValue(n, "Target"));
      if (target.empty() || !find(target)) return broken(e.name + " points to a missing part " + attributeValue(n, "Target"));
      if (e.name == "_rels/.rels" && target == mainPart_) reachesMain = true;
    }
  }
  if (!reachesMain) return broken("_rels/.rels does not reach " + mainPart_);
  return {};
}

namespace {
constexpr size_t kStoreBelowBytes = 1024;
}  // namespace

void writeDocxZip(std::ostream& out, const std::vector<OutputEntry>& entries) {
  Poco::Zip::Compress zip(out, true);
  const Poco::DateTime stamp(1980, 1, 1);  // fixed: the same data gives the same bytes
  for (const auto& e : entries) {
    Poco::MemoryInputStream in(e.data.data(), static_cast<std::streamsize>(e.data.size()));
    // Tiny parts (rels, settings) are stored: deflate saves a few bytes on them but each new zlib stream costs
    // ~300 kB of state set-up, which dominated render time. Everything of size is DEFLATE-compressed.
    const auto method = e.data.size() < kStoreBelowBytes ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE;
    zip.addFile(in, stamp, Poco::Path(std::string(e.name), Poco::Path::PATH_UNIX), method, Poco::Zip::ZipCommon::CL_SUPERFAST);
  }
  zip.close();
}

}  // namespace landdesk::docgen
