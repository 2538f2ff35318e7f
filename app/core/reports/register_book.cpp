#include "reports/register_book.h"

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include <Poco/JSON/Array.h>

#include <cstdio>
#include <set>

#include "text/dates.h"
#include "text/names.h"
#include "util/datetime.h"

namespace landdesk::reports {

using namespace std::chrono;

namespace {

std::string dmy(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  return buf;
}
std::string dmy(LocalDateTime t) { return dmy(year_month_day(floor<days>(t))); }
std::string twoDigits(int64_t n) { return n < 10 ? "0" + std::to_string(n) : std::to_string(n); }

}  // namespace

RegisterLine registerLine(const registry::RegisterEntry& e) {
  RegisterLine l;
  l.number = twoDigits(e.number);
  l.date = dmy(e.date);
  l.parties = e.parties;
  l.title = e.documentTitle;
  l.signer = e.signer;
  l.fee = e.fee;
  l.note = e.note;
  if (e.kind != registry::EntryKind::Original) {
    // ND 23/2015 art. 38–39: the later act is its own line, noted against the original's number.
    const std::string what = std::string(registry::entryKindLabel(e.kind));
    l.title = what + ": " + e.documentTitle;
    const std::string ref = e.refersToText.empty() ? std::string() : " số " + e.refersToText;
    l.note = what + " việc chứng thực" + ref + (e.note.empty() ? "" : ". " + e.note);
  }
  return l;
}

Result<RegisterBookExport> loadRegisterBook(storage::Database& db, const model::OfficeProfile& office, int year,
                                            unsigned month) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::Export); !ok) return ok.error();
  if (auto s = db.audit().record("report.register_book", "report", std::to_string(year) + (month ? "-" + std::to_string(month) : "")); !s) return s.error();
  registry::AuthenticationRegister reg(db, office);
  auto entries = reg.list(year, month ? std::optional<unsigned>(month) : std::nullopt);
  if (!entries) return entries.error();
  auto books = reg.books(year);
  if (!books) return books.error();

  RegisterBookExport out;
  out.year = year;
  out.month = month;
  out.heading = month ? "Tháng " + twoDigits(month) + " năm " + std::to_string(year) : "Năm " + std::to_string(year);
  std::set<int> used;
  for (const auto& e : *entries) {
    out.lines.push_back(registerLine(e));
    out.totalFee += e.fee;
    used.insert(e.book);
  }
  if (used.empty())
    for (const auto& b : *books) used.insert(b.number);
  for (int b : used) out.books += (out.books.empty() ? "" : ", ") + twoDigits(b) + "/" + std::to_string(year);
  if (out.books.empty()) out.books = "01/" + std::to_string(year);
  for (const auto& b : *books) {
    if (out.openedOn.empty() || b.number == 1) out.openedOn = dmy(b.openedAt);
    if (b.closedAt) {
      out.closedOn = dmy(*b.closedAt);
      out.closingTotal = b.closingTotal;
    }
  }
  return out;
}

XlsxSheet registerSheet(const RegisterBookExport& book, const model::OfficeProfile& office,
                        const OutputOptions& options) {
  XlsxSheet sheet(book.month ? "Sổ CT tháng " + twoDigits(book.month) : "Sổ CT năm " + std::to_string(book.year));
  sheet.setLandscape(true);
  sheet.setColumnWidths({10, 13, 40, 30, 26, 12, 28});
  constexpr size_t last = 6;
  auto line = [&](std::string text, CellStyle style, double height) {
    std::vector<XlsxCell> cells(last + 1, XlsxCell::empty(CellStyle::Plain));
    cells[0] = XlsxCell(std::move(text), style);
    const size_t r = sheet.addRow(std::move(cells), height);
    sheet.merge(r, 0, r, last);
  };
  line(text::upperCase(office.peoplesCommittee()), CellStyle::BoldCentred, 18);
  line("SỔ CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH", CellStyle::Title, 24);
  line(book.heading, CellStyle::BoldCentred, 18);
  line("Quyển số: " + book.books, CellStyle::Subtitle, 18);
  std::string opened = "Mở sổ ngày: " + book.openedOn;
  if (book.closedOn)
    opened += "; khóa sổ ngày: " + *book.closedOn + " (" + grouped(book.closingTotal.value_or(0)) + " việc)";
  line(opened, CellStyle::Subtitle, 18);

  const char* heads[] = {"Số TT/ Số chứng thực", "Ngày, tháng, năm chứng thực",
                         "Họ tên, số giấy tờ tùy thân của người yêu cầu chứng thực", "Tên (loại) hợp đồng, giao dịch",
                         "Họ tên, chức danh người ký chứng thực", "Lệ phí (đồng)", "Ghi chú"};
  std::vector<XlsxCell> head, numbers;
  for (size_t i = 0; i <= last; ++i) {
    head.emplace_back(heads[i], CellStyle::Header);
    numbers.emplace_back("(" + std::to_string(i + 1) + ")", CellStyle::ColumnNumber);
  }
  const size_t top = sheet.addRow(std::move(head), 48);
  sheet.addRow(std::move(numbers), 16);
  sheet.repeatRows(top, top + 1);
  for (const RegisterLine& l : book.lines)
    sheet.addRow({XlsxCell(l.number, CellStyle::CentredText), XlsxCell(l.date, CellStyle::CentredText),
                  XlsxCell(l.parties, CellStyle::Text), XlsxCell(l.title, CellStyle::Text),
                  XlsxCell(l.signer, CellStyle::Text), XlsxCell(l.fee, CellStyle::Number),
                  XlsxCell(l.note, CellStyle::Text)});
  std::vector<XlsxCell> total(last + 1, XlsxCell::empty(CellStyle::TotalLabel));
  total[0] = XlsxCell("Tổng số: " + grouped(static_cast<int64_t>(book.lines.size())) + " việc", CellStyle::TotalLabel);
  total[5] = XlsxCell(book.totalFee, CellStyle::TotalNumber);
  const size_t t = sheet.addRow(std::move(total), 20);
  sheet.merge(t, 0, t, 4);
  sheet.addRow({});
  std::vector<XlsxCell> date(last + 1, XlsxCell::empty(CellStyle::Plain));
  date[4] = XlsxCell(text::placeDateLine(office.placeName(), documentDate(options)), CellStyle::Subtitle);
  size_t r = sheet.addRow(std::move(date), 18);
  sheet.merge(r, 4, r, last);
  std::vector<XlsxCell> title(last + 1, XlsxCell::empty(CellStyle::Plain));
  title[4] = XlsxCell(text::upperCase(office.signerTitle), CellStyle::BoldCentred);
  r = sheet.addRow(std::move(title), 18);
  sheet.merge(r, 4, r, last);
  sheet.addRow({}, 48);
  std::vector<XlsxCell> name(last + 1, XlsxCell::empty(CellStyle::Plain));
  name[4] = XlsxCell(office.signerName, CellStyle::BoldCentred);
  r = sheet.addRow(std::move(name), 18);
  sheet.merge(r, 4, r, last);
  return sheet;
}

Poco::JSON::Object::Ptr registerData(const RegisterBookExport& book, const model::OfficeProfile& office,
                                     const OutputOptions& options) {
  Poco::JSON::Object::Ptr root = reportDataBase(office, options);
  root->set("nam", book.year);
  root->set("thang", static_cast<int>(book.month));
  root->set("tieu_de_ky", book.heading);
  root->set("quyen_so", book.books);
  root->set("mo_so", book.openedOn);
  if (book.closedOn) {
    Poco::JSON::Object::Ptr closing = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    closing->set("ngay", *book.closedOn);
    closing->set("tong_nam", grouped(book.closingTotal.value_or(0)));
    root->set("khoa_so", closing);
  } else {
    root->set("khoa_so", false);
  }
  Poco::JSON::Array::Ptr rows = new Poco::JSON::Array;
  for (const RegisterLine& l : book.lines) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("so", l.number);
    o->set("ngay", l.date);
    o->set("cac_ben", l.parties);
    o->set("ten_giao_dich", l.title);
    o->set("nguoi_ky_chung_thuc", l.signer);
    o->set("le_phi", grouped(l.fee));
    o->set("ghi_chu", l.note);
    rows->add(o);
  }
  root->set("dong", rows);
  root->set("tong_so", grouped(static_cast<int64_t>(book.lines.size())));
  root->set("tong_le_phi", grouped(book.totalFee));
  return root;
}

Status writeRegisterBook(const RegisterBookExport& book, const model::OfficeProfile& office, ReportFormat format,
                         const std::filesystem::path& output, const OutputOptions& options) {
  if (format == ReportFormat::Xlsx) return writeXlsxFile({registerSheet(book, office, options)}, output);
  return renderDocx(ReportTemplate::RegisterBook, registerData(book, office, options), output, options);
}

}  // namespace landdesk::reports
