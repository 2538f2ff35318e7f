// XLSX half of table_file.h: Poco::Zip for the package, libxml2 (through docgen's hardened parser) for the parts.
#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "docgen/docx_package.h"
#include "docgen/xml_document.h"
#include "register/table_file.h"

namespace landdesk::registry {

namespace {

constexpr uint64_t kMaxInput = 32ull << 20;
constexpr uint64_t kMaxPart = 64ull << 20;
constexpr size_t kMaxEntries = 5000;
constexpr size_t kMaxRows = 100'000;
constexpr size_t kMaxColumns = 200;

Error notXlsx(const std::string& why) {
  return makeError("import.not_xlsx", "Tệp không phải bảng tính Excel (.xlsx) đọc được", "The file is not a readable Excel workbook (.xlsx)", why);
}

std::string_view nameOf(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

bool isElement(const xmlNode* n, std::string_view local) { return n->type == XML_ELEMENT_NODE && nameOf(n) == local; }

// Text of every <t> under `node`, skipping phonetic runs (<rPh>).
void collectText(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (nameOf(c) == "rPh") continue;
    if (nameOf(c) == "t") {
      for (const xmlNode* t = c->children; t; t = t->next)
        if (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) out += reinterpret_cast<const char*>(t->content);
    } else {
      collectText(c, out);
    }
  }
}

std::string textOf(const xmlNode* node) {
  std::string out;
  for (const xmlNode* t = node->children; t; t = t->next)
    if (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) out += reinterpret_cast<const char*>(t->content);
  return out;
}

const xmlNode* child(const xmlNode* n, std::string_view local) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if (isElement(c, local)) return c;
  return nullptr;
}

// "AB12" -> 27 (0-based column); npos when the reference has no letters.
size_t columnOf(std::string_view ref) {
  size_t col = 0, letters = 0;
  for (char ch : ref) {
    if (ch >= 'A' && ch <= 'Z') col = col * 26 + static_cast<size_t>(ch - 'A' + 1), ++letters;
    else break;
  }
  return letters == 0 || letters > 3 ? std::string::npos : col - 1;
}

// The expanded parts we need, with hard limits on what the zip claims and on what inflates.
Result<std::map<std::string, std::string>> readParts(std::string_view bytes) {
  if (bytes.size() > kMaxInput) return makeError("import.too_large", "Tệp quá lớn (trên 32 MB)", "The file is larger than 32 MB");
  if (!bytes.starts_with("PK\x03\x04")) return notXlsx("không phải tệp nén zip / not a zip");
  std::map<std::string, std::string> parts;
  try {
    std::istringstream in{std::string(bytes)};
    Poco::Zip::ZipArchive archive(in);
    size_t count = 0;
    uint64_t total = 0;
    std::vector<const Poco::Zip::ZipLocalFileHeader*> wanted;
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
      if (++count > kMaxEntries) return notXlsx("quá nhiều mục / too many entries");
      const auto& h = it->second;
      const std::string& name = h.getFileName();
      if (!docgen::isSafeEntryName(name)) return notXlsx("tên mục nguy hiểm / unsafe entry name: " + name);
      const bool needed = name == "xl/sharedStrings.xml" || name == "xl/workbook.xml" ||
                          name == "xl/_rels/workbook.xml.rels" || name.starts_with("xl/worksheets/sheet");
      if (!needed || h.isDirectory()) continue;
      if (h.isEncrypted()) return notXlsx("mục được mã hóa / encrypted entry: " + name);
      if (h.getUncompressedSize() > kMaxPart || (total += h.getUncompressedSize()) > kMaxPart)
        return makeError("import.too_large", "Bảng tính giải nén quá lớn (nghi là bom nén)", "The workbook expands too much (suspected zip bomb)", name);
      wanted.push_back(&h);
    }
    uint64_t inflated = 0;
    for (const auto* h : wanted) {
      in.clear();
      Poco::Zip::ZipInputStream zin(in, *h, true);
      std::string data;
      char buf[16384];
      while (zin) {
        zin.read(buf, sizeof buf);
        const auto got = static_cast<uint64_t>(zin.gcount());
        if (got == 0) break;
        inflated += got;
        if (inflated > kMaxPart || data.size() + got > h->getUncompressedSize() + 1)
          return makeError("import.too_large", "Bảng tính giải nén quá lớn (nghi là bom nén)", "The workbook expands too much (suspected zip bomb)", h->getFileName());
        data.append(buf, got);
      }
      parts.emplace(h->getFileName(), std::move(data));
    }
  } catch (const Poco::Exception& e) {
    return notXlsx(e.displayText());
  } catch (const std::exception& e) {
    return notXlsx(e.what());
  }
  return parts;
}

// The first sheet in workbook order (workbook.xml + its relationships), else the lowest-numbered sheet part.
std::string firstSheetPart(const std::map<std::string, std::string>& parts) {
  auto wb = parts.find("xl/workbook.xml"), rels = parts.find("xl/_rels/workbook.xml.rels");
  if (wb != parts.end() && rels != parts.end()) {
    auto wdoc = docgen::parseXmlPart(wb->second, wb->first);
    auto rdoc = docgen::parseXmlPart(rels->second, rels->first);
    if (wdoc && rdoc) {
      std::string rid;
      const xmlNode* root = xmlDocGetRootElement(wdoc->get());
      if (const xmlNode* sheets = root ? child(root, "sheets") : nullptr)
        if (const xmlNode* sheet = child(sheets, "sheet")) rid = docgen::attributeValue(sheet, "id");
      const xmlNode* rroot = xmlDocGetRootElement(rdoc->get());
      for (const xmlNode* r = rroot ? rroot->children : nullptr; r && !rid.empty(); r = r->next)
        if (isElement(r, "Relationship") && docgen::attributeValue(r, "Id") == rid) {
          std::string target = docgen::attributeValue(r, "Target");
          std::string part = target.starts_with("/") ? target.substr(1) : "xl/" + target;
          if (parts.count(part)) return part;
        }
    }
  }
  if (parts.count("xl/worksheets/sheet1.xml")) return "xl/worksheets/sheet1.xml";
  for (const auto& [name, data] : parts)
    if (name.starts_with("xl/worksheets/sheet") && name.ends_with(".xml")) return name;
  return {};
}

}  // namespace

Result<TableRows> readXlsx(std::string_view bytes) {
  auto parts = readParts(bytes);
  if (!parts) return parts.error();
  std::vector<std::string> shared;
  if (auto it = parts->find("xl/sharedStrings.xml"); it != parts->end()) {
    auto doc = docgen::parseXmlPart(it->second, it->first);
    if (!doc) return doc.error();
    const xmlNode* root = xmlDocGetRootElement(doc->get());
    for (const xmlNode* si = root ? root->children : nullptr; si; si = si->next)
      if (isElement(si, "si")) {
        std::string s;
        collectText(si, s);
        shared.push_back(std::move(s));
      }
  }
  const std::string sheetName = firstSheetPart(*parts);
  if (sheetName.empty()) return notXlsx("không có trang tính / no worksheet");
  auto doc = docgen::parseXmlPart(parts->at(sheetName), sheetName);
  if (!doc) return doc.error();
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  const xmlNode* data = root ? child(root, "sheetData") : nullptr;
  TableRows rows;
  size_t nextRow = 1;
  for (const xmlNode* r = data ? data->children : nullptr; r; r = r->next) {
    if (!isElement(r, "row")) continue;
    size_t rowNumber = nextRow;
    if (std::string rn = docgen::attributeValue(r, "r"); !rn.empty() && rn.find_first_not_of("0123456789") == std::string::npos && rn.size() < 8)
      rowNumber = std::stoul(rn);
    nextRow = rowNumber + 1;
    TableRow row{rowNumber, {}};
    size_t nextCol = 0;
    for (const xmlNode* c = r->children; c; c = c->next) {
      if (!isElement(c, "c")) continue;
      size_t col = columnOf(docgen::attributeValue(c, "r"));
      if (col == std::string::npos) col = nextCol;
      nextCol = col + 1;
      if (col >= kMaxColumns) return notXlsx("quá nhiều cột / too many columns");
      const std::string type = docgen::attributeValue(c, "t");
      std::string value;
      if (type == "inlineStr") {
        if (const xmlNode* is = child(c, "is")) collectText(is, value);
      } else if (const xmlNode* v = child(c, "v")) {
        value = textOf(v);
        if (type == "s") {
          size_t index = 0;
          bool digits = !value.empty() && value.size() < 10 && value.find_first_not_of("0123456789") == std::string::npos;
          if (digits) index = std::stoul(value);
          if (!digits || index >= shared.size())
            return notXlsx("ô " + docgen::attributeValue(c, "r") + " trỏ tới chuỗi không tồn tại / bad shared string");
          value = shared[index];
        } else if (type == "b") {
          value = value == "1" ? "TRUE" : "FALSE";
        }
      }
      if (row.cells.size() <= col) row.cells.resize(col + 1);
      row.cells[col] = std::move(value);
    }
    bool blank = std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; });
    if (blank) continue;
    rows.push_back(std::move(row));
    if (rows.size() > kMaxRows) return makeError("import.too_many_rows", "Tệp có quá 100.000 dòng", "The file has more than 100,000 rows");
  }
  return rows;
}

Result<TableRows> readTableFile(const std::filesystem::path& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return makeError("import.unreadable", "Không đọc được tệp", "Cannot read the file", path.string());
  if (size > kMaxInput) return makeError("import.too_large", "Tệp quá lớn (trên 32 MB)", "The file is larger than 32 MB", path.string());
  std::ifstream in(path, std::ios::binary);
  std::string bytes(size, '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
    return makeError("import.unreadable", "Không đọc được tệp", "Cannot read the file", path.string());
  if (bytes.starts_with("PK\x03\x04")) return readXlsx(bytes);
  if (bytes.starts_with("\xD0\xCF\x11\xE0"))
    return makeError("import.old_xls", "Tệp .xls cũ: hãy lưu lại dạng .xlsx hoặc .csv", "An old .xls file: save it as .xlsx or .csv", path.string());
  return parseCsv(bytes);
}

}  // namespace landdesk::registry
