#include "reports/xlsx_writer.h"

#include <libxml/xmlwriter.h>

#include <memory>
#include <sstream>
#include <stdexcept>

#include "docgen/docx_package.h"

namespace landdesk::reports {

namespace {

constexpr const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kFont = "Times New Roman";

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// XML 1.0 has no place for most control characters; a stray one (pasted into a name) would make the file
// unreadable, so it is dropped rather than written.
std::string xmlSafe(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    if (u >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') out += ch;
  }
  return out;
}

// One XML part written with xmlTextWriter; every call is checked (a failure is out of memory).
class XmlPart {
 public:
  XmlPart() : buffer_(xmlBufferCreate(), xmlBufferFree) {
    if (!buffer_) throw std::runtime_error("xlsx: cannot allocate an XML buffer");
    writer_ = xmlNewTextWriterMemory(buffer_.get(), 0);
    if (!writer_) throw std::runtime_error("xlsx: cannot create an XML writer");
    check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", "yes"));
  }
  ~XmlPart() {
    if (writer_) xmlFreeTextWriter(writer_);
  }
  XmlPart(const XmlPart&) = delete;
  XmlPart& operator=(const XmlPart&) = delete;

  XmlPart& open(const char* name) {
    check(xmlTextWriterStartElement(writer_, x(name)));
    return *this;
  }
  XmlPart& attr(const char* name, const std::string& value) {
    check(xmlTextWriterWriteAttribute(writer_, x(name), x(xmlSafe(value).c_str())));
    return *this;
  }
  XmlPart& attr(const char* name, int64_t value) { return attr(name, std::to_string(value)); }
  XmlPart& text(const std::string& value) {
    check(xmlTextWriterWriteString(writer_, x(xmlSafe(value).c_str())));
    return *this;
  }
  XmlPart& close() {
    check(xmlTextWriterEndElement(writer_));
    return *this;
  }
  // An element with attributes only.
  XmlPart& leaf(const char* name, std::initializer_list<std::pair<const char*, std::string>> attributes = {}) {
    open(name);
    for (const auto& [k, v] : attributes) attr(k, v);
    return close();
  }

  std::string finish() {
    check(xmlTextWriterEndDocument(writer_));
    xmlFreeTextWriter(writer_);  // flushes into the buffer
    writer_ = nullptr;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                       static_cast<size_t>(xmlBufferLength(buffer_.get())));
  }

 private:
  static void check(int rc) {
    if (rc < 0) throw std::runtime_error("xlsx: libxml2 writer failed");
  }
  std::unique_ptr<xmlBuffer, void (*)(xmlBufferPtr)> buffer_;
  xmlTextWriterPtr writer_ = nullptr;
};

std::string columnName(size_t column) {
  std::string name;
  for (size_t n = column + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

std::string number(double v) {
  std::ostringstream os;
  os.imbue(std::locale::classic());
  os << v;
  return os.str();
}

// Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise).
std::string safeSheetName(const std::string& name, size_t index) {
  std::string out;
  for (char ch : name)
    if (std::string_view("[]:*?/\\").find(ch) == std::string_view::npos) out += ch;
  // Cut on a UTF-8 character boundary; 31 bytes keeps well within 31 characters.
  if (out.size() > 31) {
    size_t cut = 31;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out.empty() ? "Sheet" + std::to_string(index + 1) : out;
}

std::string contentTypes(size_t sheets) {
  XmlPart p;
  p.open("Types").attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  p.leaf("Default", {{"Extension", "rels"}, {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
  p.leaf("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  p.leaf("Override", {{"PartName", "/xl/workbook.xml"},
                      {"ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}});
  p.leaf("Override", {{"PartName", "/xl/styles.xml"},
                      {"ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"}});
  for (size_t i = 0; i < sheets; ++i)
    p.leaf("Override",
           {{"PartName", "/xl/worksheets/sheet" + std::to_string(i + 1) + ".xml"},
            {"ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"}});
  p.close();
  return p.finish();
}

std::string packageRels() {
  XmlPart p;
  p.open("Relationships").attr("xmlns", kPackageRelNs);
  p.leaf("Relationship", {{"Id", "rId1"},
                          {"Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"},
                          {"Target", "xl/workbook.xml"}});
  p.close();
  return p.finish();
}

std::string workbookRels(size_t sheets) {
  XmlPart p;
  p.open("Relationships").attr("xmlns", kPackageRelNs);
  for (size_t i = 0; i < sheets; ++i)
    p.leaf("Relationship",
           {{"Id", "rId" + std::to_string(i + 1)},
            {"Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"},
            {"Target", "worksheets/sheet" + std::to_string(i + 1) + ".xml"}});
  p.leaf("Relationship", {{"Id", "rId" + std::to_string(sheets + 1)},
                          {"Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"},
                          {"Target", "styles.xml"}});
  p.close();
  return p.finish();
}

std::string styles() {
  XmlPart p;
  p.open("styleSheet").attr("xmlns", kMainNs);
  // fonts: 0 regular 12, 1 bold 13, 2 bold 12, 3 italic 12, 4 italic 11
  p.open("fonts").attr("count", 5);
  auto font = [&](bool bold, bool italic, int size) {
    p.open("font");
    if (bold) p.leaf("b");
    if (italic) p.leaf("i");
    p.leaf("sz", {{"val", std::to_string(size)}}).leaf("name", {{"val", kFont}}).leaf("family", {{"val", "1"}});
    p.close();
  };
  font(false, false, 12);
  font(true, false, 13);
  font(true, false, 12);
  font(false, true, 12);
  font(false, true, 11);
  p.close();
  p.open("fills").attr("count", 2);
  p.open("fill").leaf("patternFill", {{"patternType", "none"}}).close();
  p.open("fill").leaf("patternFill", {{"patternType", "gray125"}}).close();
  p.close();
  p.open("borders").attr("count", 2);
  p.open("border").leaf("left").leaf("right").leaf("top").leaf("bottom").leaf("diagonal").close();
  p.open("border");
  for (const char* side : {"left", "right", "top", "bottom"}) p.open(side).attr("style", "thin").leaf("color", {{"auto", "1"}}).close();
  p.leaf("diagonal").close();
  p.close();
  p.open("cellStyleXfs").attr("count", 1).leaf("xf", {{"numFmtId", "0"}, {"fontId", "0"}, {"fillId", "0"}, {"borderId", "0"}}).close();

  struct Xf {
    int numFmt, font, border;
    const char* horizontal;
    const char* vertical;
    bool wrap;
  };
  // In CellStyle order.
  const Xf xfs[] = {
      {0, 0, 0, nullptr, nullptr, false},       // Plain
      {0, 1, 0, "center", "center", true},      // Title
      {0, 3, 0, "center", "center", true},      // Subtitle
      {0, 2, 1, "center", "center", true},      // Header
      {0, 0, 1, "left", "center", true},        // Text
      {3, 0, 1, "right", "center", false},      // Number
      {0, 2, 1, "left", "center", true},        // TotalLabel
      {3, 2, 1, "right", "center", false},      // TotalNumber
      {0, 0, 1, "center", "center", true},      // CentredText
      {0, 2, 0, "center", "center", true},      // BoldCentred
      {0, 3, 0, "right", "center", false},      // ItalicRight
      {0, 4, 1, "center", "center", false},     // ColumnNumber
  };
  p.open("cellXfs").attr("count", static_cast<int64_t>(std::size(xfs)));
  for (const Xf& f : xfs) {
    p.open("xf").attr("numFmtId", f.numFmt).attr("fontId", f.font).attr("fillId", 0).attr("borderId", f.border).attr("xfId", 0);
    if (f.numFmt) p.attr("applyNumberFormat", 1);
    if (f.border) p.attr("applyBorder", 1);
    p.attr("applyFont", 1);
    if (f.horizontal) {
      p.attr("applyAlignment", 1).open("alignment").attr("horizontal", f.horizontal).attr("vertical", f.vertical);
      if (f.wrap) p.attr("wrapText", 1);
      p.close();
    }
    p.close();
  }
  p.close();
  p.open("cellStyles").attr("count", 1).leaf("cellStyle", {{"name", "Normal"}, {"xfId", "0"}, {"builtinId", "0"}}).close();
  p.close();
  return p.finish();
}

}  // namespace

std::string cellReference(size_t row, size_t column) { return columnName(column) + std::to_string(row + 1); }

size_t XlsxSheet::addRow(std::vector<XlsxCell> cells, double height) {
  rows_.push_back({std::move(cells), height});
  return rows_.size() - 1;
}

void XlsxSheet::merge(size_t firstRow, size_t firstColumn, size_t lastRow, size_t lastColumn) {
  merges_.push_back({firstRow, firstColumn, lastRow, lastColumn});
}

struct XlsxPackageWriter {
  static std::string workbook(const std::vector<XlsxSheet>& sheets) {
    XmlPart p;
    p.open("workbook").attr("xmlns", kMainNs).attr("xmlns:r", kRelNs);
    p.open("sheets");
    for (size_t i = 0; i < sheets.size(); ++i)
      p.leaf("sheet", {{"name", safeSheetName(sheets[i].name_, i)},
                       {"sheetId", std::to_string(i + 1)},
                       {"r:id", "rId" + std::to_string(i + 1)}});
    p.close();
    bool anyTitles = false;
    for (const auto& s : sheets) anyTitles = anyTitles || s.repeat_;
    if (anyTitles) {
      p.open("definedNames");
      for (size_t i = 0; i < sheets.size(); ++i) {
        if (!sheets[i].repeat_) continue;
        std::string name = safeSheetName(sheets[i].name_, i);
        std::string quoted;
        for (char ch : name) quoted += ch == '\'' ? std::string("''") : std::string(1, ch);
        p.open("definedName").attr("name", "_xlnm.Print_Titles").attr("localSheetId", static_cast<int64_t>(i));
        p.text("'" + quoted + "'!$" + std::to_string(sheets[i].repeatFirst_ + 1) + ":$" +
               std::to_string(sheets[i].repeatLast_ + 1));
        p.close();
      }
      p.close();
    }
    p.close();
    return p.finish();
  }

  static std::string sheet(const XlsxSheet& s) {
    XmlPart p;
    p.open("worksheet").attr("xmlns", kMainNs).attr("xmlns:r", kRelNs);
    p.open("sheetPr").leaf("pageSetUpPr", {{"fitToPage", "1"}}).close();
    size_t lastColumn = s.widths_.empty() ? 0 : s.widths_.size() - 1;
    for (const auto& r : s.rows_)
      if (!r.cells.empty()) lastColumn = std::max(lastColumn, r.cells.size() - 1);
    p.leaf("dimension", {{"ref", "A1:" + cellReference(s.rows_.empty() ? 0 : s.rows_.size() - 1, lastColumn)}});
    p.open("sheetViews").leaf("sheetView", {{"workbookViewId", "0"}}).close();
    p.leaf("sheetFormatPr", {{"defaultRowHeight", "15.75"}});
    if (!s.widths_.empty()) {
      p.open("cols");
      for (size_t i = 0; i < s.widths_.size(); ++i)
        p.leaf("col", {{"min", std::to_string(i + 1)}, {"max", std::to_string(i + 1)},
                       {"width", number(s.widths_[i])}, {"customWidth", "1"}});
      p.close();
    }
    p.open("sheetData");
    for (size_t r = 0; r < s.rows_.size(); ++r) {
      const auto& row = s.rows_[r];
      p.open("row").attr("r", static_cast<int64_t>(r + 1));
      if (row.height > 0) p.attr("ht", number(row.height)).attr("customHeight", 1);
      for (size_t col = 0; col < row.cells.size(); ++col) {
        const XlsxCell& cell = row.cells[col];
        p.open("c").attr("r", cellReference(r, col));
        if (cell.style != CellStyle::Plain) p.attr("s", static_cast<int64_t>(cell.style));
        if (const auto* t = std::get_if<std::string>(&cell.value)) {
          // Inline strings: the table texts are few and mostly distinct, a shared-string table gains nothing.
          p.attr("t", "inlineStr").open("is").open("t");
          if (!t->empty() && (t->front() == ' ' || t->back() == ' ')) p.attr("xml:space", "preserve");
          p.text(*t).close().close();
        } else if (const auto* n = std::get_if<int64_t>(&cell.value)) {
          p.open("v").text(std::to_string(*n)).close();  // a number, so sums and filters work in the sheet
        }
        p.close();
      }
      p.close();
    }
    p.close();
    if (!s.merges_.empty()) {
      p.open("mergeCells").attr("count", static_cast<int64_t>(s.merges_.size()));
      for (const auto& m : s.merges_)
        p.leaf("mergeCell", {{"ref", cellReference(m.firstRow, m.firstColumn) + ":" + cellReference(m.lastRow, m.lastColumn)}});
      p.close();
    }
    // Decree 30 margins (inches): left 30 mm, right 15 mm, top and bottom 20 mm.
    p.leaf("pageMargins", {{"left", "1.18"}, {"right", "0.59"}, {"top", "0.79"}, {"bottom", "0.79"},
                           {"header", "0.3"}, {"footer", "0.3"}});
    p.leaf("pageSetup", {{"paperSize", "9"}, {"orientation", s.landscape_ ? "landscape" : "portrait"},
                         {"fitToWidth", "1"}, {"fitToHeight", "0"}});
    p.close();
    return p.finish();
  }
};

void writeXlsx(std::ostream& out, const std::vector<XlsxSheet>& sheets) {
  std::vector<std::pair<std::string, std::string>> parts;
  parts.emplace_back("[Content_Types].xml", contentTypes(sheets.size()));
  parts.emplace_back("_rels/.rels", packageRels());
  parts.emplace_back("xl/workbook.xml", XlsxPackageWriter::workbook(sheets));
  parts.emplace_back("xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
  parts.emplace_back("xl/styles.xml", styles());
  for (size_t i = 0; i < sheets.size(); ++i)
    parts.emplace_back("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", XlsxPackageWriter::sheet(sheets[i]));
  std::vector<docgen::OutputEntry> entries;
  for (const auto& [name, data] : parts) entries.push_back({name, data});
  docgen::writeDocxZip(out, entries);  // Poco::Zip, DEFLATE: the same writer as the DOCX documents
}

}  // namespace landdesk::reports
