// A small SpreadsheetML (XLSX) writer: sheets of styled cells, merged ranges and column widths, written with
// libxml2's xmlTextWriter into a Poco::Zip package — just what the report tables need.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <variant>
#include <vector>

namespace landdesk::reports {

// The fixed set of cell styles (xl/styles.xml cellXfs, in this order): Times New Roman like the DOCX reports.
enum class CellStyle : int {
  Plain = 0,     // no border
  Title,         // bold 13 pt, centred, wrapped
  Subtitle,      // italic, centred
  Header,        // bold, thin borders, centred both ways, wrapped
  Text,          // thin borders, left, wrapped
  Number,        // thin borders, "#,##0"
  TotalLabel,    // bold, thin borders, left
  TotalNumber,   // bold, thin borders, "#,##0"
  CentredText,   // thin borders, centred (numbers-as-text: dates, codes)
  BoldCentred,   // bold, centred, no border (signer's title)
  ItalicRight,   // italic, right (place and date line, unit)
  ColumnNumber,  // italic, thin borders, centred: "(1)", "(2)" …
};

struct XlsxCell {
  std::variant<std::monostate, std::string, int64_t> value;
  CellStyle style = CellStyle::Plain;

  XlsxCell() = default;
  XlsxCell(std::string text, CellStyle s = CellStyle::Text) : value(std::move(text)), style(s) {}
  XlsxCell(const char* text, CellStyle s = CellStyle::Text) : value(std::string(text)), style(s) {}
  XlsxCell(int64_t number, CellStyle s = CellStyle::Number) : value(number), style(s) {}
  static XlsxCell empty(CellStyle s) {
    XlsxCell c;
    c.style = s;
    return c;
  }
};

struct XlsxMerge {
  size_t firstRow, firstColumn, lastRow, lastColumn;  // 0-based, inclusive
};

class XlsxSheet {
 public:
  explicit XlsxSheet(std::string name) : name_(std::move(name)) {}

  // Widths in characters, from the first column on.
  void setColumnWidths(std::vector<double> widths) { widths_ = std::move(widths); }
  // Appends a row and returns its 0-based index; a height of 0 lets the application choose.
  size_t addRow(std::vector<XlsxCell> cells, double height = 0);
  // Merges a rectangle (0-based, inclusive); the top-left cell's value shows.
  void merge(size_t firstRow, size_t firstColumn, size_t lastRow, size_t lastColumn);
  void setLandscape(bool landscape) { landscape_ = landscape; }
  // Rows printed again at the top of every page (the table heading).
  void repeatRows(size_t first, size_t last) { repeatFirst_ = first, repeatLast_ = last, repeat_ = true; }

  const std::string& name() const { return name_; }
  size_t rowCount() const { return rows_.size(); }

 private:
  friend struct XlsxPackageWriter;
  struct Row {
    std::vector<XlsxCell> cells;
    double height = 0;
  };
  std::string name_;
  std::vector<double> widths_;
  std::vector<Row> rows_;
  std::vector<XlsxMerge> merges_;
  bool landscape_ = false;
  bool repeat_ = false;
  size_t repeatFirst_ = 0, repeatLast_ = 0;
};

// "A1"-style reference of a 0-based cell: (0,0) -> "A1", (4,27) -> "AB5".
std::string cellReference(size_t row, size_t column);

// Writes the whole .xlsx package ([Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/_rels/workbook.xml.rels,
// xl/styles.xml, xl/worksheets/sheetN.xml, docProps/app.xml) to `out`. Throws on a libxml2 writer failure
// (out of memory): that is a broken invariant, not an expected refusal.
void writeXlsx(std::ostream& out, const std::vector<XlsxSheet>& sheets);

}  // namespace landdesk::reports
