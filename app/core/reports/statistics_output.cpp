#include "reports/statistics_output.h"

#include <Poco/JSON/Array.h>

#include "text/dates.h"
#include "text/names.h"

namespace landdesk::reports {

namespace {

constexpr size_t kColumns = 13;
// The DOCX keys of the eleven numbers, in column order (3)…(13).
const char* const kNumberKeys[] = {"nhan_tong",  "nhan_truc_tuyen", "nhan_truc_tiep", "nhan_ky_truoc",
                                   "giai_quyet_tong", "truoc_han", "dung_han", "qua_han",
                                   "dang_tong",  "dang_trong_han", "dang_qua_han"};

// A row of `kColumns` cells, `first` at column 0 and the rest empty in `fill` (merged cells keep their borders).
std::vector<XlsxCell> blankRow(CellStyle fill) { return std::vector<XlsxCell>(kColumns, XlsxCell::empty(fill)); }

void addTableRow(XlsxSheet& sheet, const StatisticsRow& row, const std::string& number, bool total) {
  std::vector<XlsxCell> cells;
  cells.emplace_back(number, total ? CellStyle::TotalLabel : CellStyle::CentredText);
  cells.emplace_back(row.label, total ? CellStyle::TotalLabel : CellStyle::Text);
  for (int64_t n : row.columns()) cells.emplace_back(n, total ? CellStyle::TotalNumber : CellStyle::Number);
  sheet.addRow(std::move(cells), 22);
}

Poco::JSON::Object::Ptr rowData(const StatisticsRow& row, const std::string& number) {
  Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  o->set("stt", number);
  o->set("ten", row.label);
  o->set("ma", row.code);
  const auto values = row.columns();
  for (size_t i = 0; i < values.size(); ++i) o->set(kNumberKeys[i], grouped(values[i]));
  return o;
}

}  // namespace

XlsxSheet statisticsSheet(const StatisticsReport& report, const model::OfficeProfile& office,
                          const OutputOptions& options) {
  XlsxSheet sheet("Báo cáo TTHC");
  sheet.setLandscape(true);
  sheet.setColumnWidths({5, 18, 10, 10, 11, 11, 10, 9, 9, 9, 10, 9, 9});

  auto heading = blankRow(CellStyle::Plain);
  heading[0] = XlsxCell(text::upperCase(office.peoplesCommittee()), CellStyle::BoldCentred);
  heading[5] = XlsxCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CellStyle::BoldCentred);
  size_t r = sheet.addRow(heading, 20);
  sheet.merge(r, 0, r, 4);
  sheet.merge(r, 5, r, 12);
  auto motto = blankRow(CellStyle::Plain);
  motto[0] = XlsxCell("Số: " + (options.documentNumber.empty() ? std::string("……/BC-UBND") : options.documentNumber),
                      CellStyle::Subtitle);
  motto[5] = XlsxCell("Độc lập - Tự do - Hạnh phúc", CellStyle::BoldCentred);
  r = sheet.addRow(motto, 20);
  sheet.merge(r, 0, r, 4);
  sheet.merge(r, 5, r, 12);
  auto dateLine = blankRow(CellStyle::Plain);
  dateLine[5] = XlsxCell(text::placeDateLine(office.placeName(), documentDate(options)), CellStyle::Subtitle);
  r = sheet.addRow(dateLine, 20);
  sheet.merge(r, 5, r, 12);

  auto title = blankRow(CellStyle::Plain);
  title[0] = XlsxCell("BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", CellStyle::Title);
  r = sheet.addRow(title, 24);
  sheet.merge(r, 0, r, 12);
  auto period = blankRow(CellStyle::Plain);
  period[0] = XlsxCell("Kỳ báo cáo: " + report.period.describeVi(), CellStyle::Subtitle);
  r = sheet.addRow(period, 18);
  sheet.merge(r, 0, r, 12);
  auto unit = blankRow(CellStyle::Plain);
  unit[0] = XlsxCell("Đơn vị tính: hồ sơ", CellStyle::ItalicRight);
  r = sheet.addRow(unit, 18);
  sheet.merge(r, 0, r, 12);

  // The table heading: three rows of merged titles (legal-facts §8), then the column numbers.
  auto h1 = blankRow(CellStyle::Header);
  h1[0] = XlsxCell("STT", CellStyle::Header);
  h1[1] = XlsxCell("Lĩnh vực", CellStyle::Header);
  h1[2] = XlsxCell("Số hồ sơ nhận giải quyết", CellStyle::Header);
  h1[6] = XlsxCell("Kết quả giải quyết", CellStyle::Header);
  const size_t top = sheet.addRow(h1, 22);
  auto h2 = blankRow(CellStyle::Header);
  h2[2] = XlsxCell("Tổng số", CellStyle::Header);
  h2[3] = XlsxCell("Trong kỳ", CellStyle::Header);
  h2[5] = XlsxCell("Từ kỳ trước chuyển qua", CellStyle::Header);
  h2[6] = XlsxCell("Đã giải quyết", CellStyle::Header);
  h2[10] = XlsxCell("Đang giải quyết", CellStyle::Header);
  sheet.addRow(h2, 22);
  auto h3 = blankRow(CellStyle::Header);
  const char* leaves[] = {"Trực tuyến", "Trực tiếp và BCCI", nullptr, "Tổng số", "Trước hạn", "Đúng hạn",
                          "Quá hạn",    "Tổng số",           "Trong hạn", "Quá hạn"};
  for (size_t i = 0; i < std::size(leaves); ++i)
    if (leaves[i]) h3[3 + i] = XlsxCell(leaves[i], CellStyle::Header);
  sheet.addRow(h3, 34);
  sheet.merge(top, 0, top + 2, 0);       // STT
  sheet.merge(top, 1, top + 2, 1);       // Lĩnh vực
  sheet.merge(top, 2, top, 5);           // Số hồ sơ nhận giải quyết
  sheet.merge(top, 6, top, 12);          // Kết quả giải quyết
  sheet.merge(top + 1, 2, top + 2, 2);   // Tổng số
  sheet.merge(top + 1, 3, top + 1, 4);   // Trong kỳ
  sheet.merge(top + 1, 5, top + 2, 5);   // Từ kỳ trước chuyển qua
  sheet.merge(top + 1, 6, top + 1, 9);   // Đã giải quyết
  sheet.merge(top + 1, 10, top + 1, 12); // Đang giải quyết
  std::vector<XlsxCell> numbers;
  for (size_t i = 0; i < kColumns; ++i) numbers.emplace_back("(" + std::to_string(i + 1) + ")", CellStyle::ColumnNumber);
  sheet.addRow(numbers, 16);
  sheet.repeatRows(top, top + 3);

  for (size_t i = 0; i < report.rows.size(); ++i) addTableRow(sheet, report.rows[i], std::to_string(i + 1), false);
  if (report.total) addTableRow(sheet, *report.total, "", true);

  sheet.addRow({}, 12);
  auto signer = blankRow(CellStyle::Plain);
  signer[7] = XlsxCell(office.signerActingFor.empty() ? text::upperCase(office.signerTitle)
                                                      : office.signerActingFor + "\n" + text::upperCase(office.signerTitle),
                       CellStyle::BoldCentred);
  r = sheet.addRow(signer, office.signerActingFor.empty() ? 18 : 34);
  sheet.merge(r, 7, r, 12);
  sheet.addRow({}, 48);
  auto name = blankRow(CellStyle::Plain);
  name[7] = XlsxCell(office.signerName, CellStyle::BoldCentred);
  r = sheet.addRow(name, 18);
  sheet.merge(r, 7, r, 12);
  return sheet;
}

Poco::JSON::Object::Ptr statisticsData(const StatisticsReport& report, const model::OfficeProfile& office,
                                       const OutputOptions& options) {
  Poco::JSON::Object::Ptr root = reportDataBase(office, options);
  Poco::JSON::Object::Ptr ky = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  ky->set("tu_ngay", report.period.fromIso());
  ky->set("den_ngay", report.period.toIso());
  ky->set("mo_ta", report.period.describeVi());
  root->set("ky", ky);
  Poco::JSON::Array::Ptr rows = new Poco::JSON::Array;
  for (size_t i = 0; i < report.rows.size(); ++i) rows->add(rowData(report.rows[i], std::to_string(i + 1)));
  root->set("dong", rows);
  if (report.total) root->set("tong", rowData(*report.total, ""));
  else root->set("tong", false);
  return root;
}

Status writeStatistics(const StatisticsReport& report, const model::OfficeProfile& office, ReportFormat format,
                       const std::filesystem::path& output, const OutputOptions& options) {
  if (format == ReportFormat::Xlsx) return writeXlsxFile({statisticsSheet(report, office, options)}, output);
  return renderDocx(ReportTemplate::Statistics, statisticsData(report, office, options), output, options);
}

}  // namespace landdesk::reports
