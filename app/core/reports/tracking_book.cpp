#include "reports/tracking_book.h"

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include <Poco/JSON/Array.h>

#include "model/vocabulary.h"
#include "text/dates.h"
#include "text/names.h"
#include "util/datetime.h"

namespace landdesk::reports {

namespace {

// "2026-02-05T08:30:00" -> "05/02/2026", with the time in front when `withTime`; "" stays "".
std::string shown(const std::string& iso, bool withTime = false) {
  if (iso.size() < 10) return iso;
  std::string date = iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
  if (withTime && iso.size() >= 16) return iso.substr(11, 5) + " " + date;
  return date;
}

std::string statusName(const std::string& code) {
  if (auto s = model::fromCode<model::CaseStatus>(code)) return std::string(model::term(*s).vi);
  return code;
}

}  // namespace

std::string procedureName(const std::string& kindCode) {
  static const std::pair<const char*, const char*> names[] = {
      {"transfer_whole", "Chứng thực hợp đồng chuyển nhượng quyền sử dụng đất"},
      {"transfer_part", "Chứng thực hợp đồng chuyển nhượng một phần thửa đất"},
      {"gift", "Chứng thực hợp đồng tặng cho quyền sử dụng đất"},
      {"inheritance_division", "Chứng thực văn bản thỏa thuận phân chia di sản"},
      {"inheritance_declaration", "Chứng thực văn bản khai nhận di sản"},
      {"inheritance_refusal", "Chứng thực văn bản từ chối nhận di sản"},
  };
  for (const auto& [code, name] : names)
    if (kindCode == code) return name;
  return kindCode;
}

TrackingLine trackingLine(const storage::TrackingRow& row, size_t number, const model::OfficeProfile& office) {
  TrackingLine l;
  l.number = std::to_string(number);
  l.code = row.code;
  l.procedure = procedureName(row.kind);
  l.applicant = row.applicant;
  l.contact = row.address;
  if (!row.phone.empty()) l.contact += (l.contact.empty() ? "" : "; ĐT: ") + row.phone;
  l.leadAgency = office.peoplesCommittee();
  // After authentication the registration leg is decided by the land registration office (legal-facts §5).
  if (!row.handedOverAt.empty()) l.leadAgency += "; Văn phòng đăng ký đất đai";
  l.received = shown(row.receivedAt, true);
  l.due = shown(row.dueAt, true);
  l.handedOver = shown(row.handedOverAt);
  l.resultIn = shown(row.resultAt);
  if (row.closedStatus == "collected") l.returned = shown(row.closedAt);
  else if (row.closedStatus == "refused") l.note = "Từ chối giải quyết ngày " + shown(row.closedAt);
  else if (row.closedStatus == "withdrawn") l.note = "Rút hồ sơ ngày " + shown(row.closedAt);
  else l.note = "Đang giải quyết: " + statusName(row.status);
  // Past authentication the contract exists even if the dossier stops later: say when it was authenticated.
  if (!row.authenticatedAt.empty() && row.closedStatus != "collected")
    l.note += "; chứng thực ngày " + shown(row.authenticatedAt);
  return l;
}

Result<TrackingBook> loadTrackingBook(storage::Database& db, const ReportPeriod& period,
                                      const model::OfficeProfile& office) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::Export); !ok) return ok.error();
  if (auto s = db.audit().record("report.tracking_book", "report", period.fromIso() + ".." + period.endIso()); !s) return s.error();
  auto rows = storage::ReportQueries(db).trackingBook(period.fromIso(), period.endIso());
  if (!rows) return rows.error();
  TrackingBook book{period, {}};
  book.lines.reserve(rows->size());
  for (size_t i = 0; i < rows->size(); ++i) book.lines.push_back(trackingLine((*rows)[i], i + 1, office));
  return book;
}

XlsxSheet trackingSheet(const TrackingBook& book, const model::OfficeProfile& office, const OutputOptions& options) {
  XlsxSheet sheet("Sổ theo dõi hồ sơ");
  sheet.setLandscape(true);
  sheet.setColumnWidths({5, 15, 26, 8, 20, 26, 20, 13, 13, 12, 11, 11, 24});
  constexpr size_t last = 12;
  auto line = [&](std::string text, CellStyle style, double height) {
    std::vector<XlsxCell> cells(last + 1, XlsxCell::empty(CellStyle::Plain));
    cells[0] = XlsxCell(std::move(text), style);
    const size_t r = sheet.addRow(std::move(cells), height);
    sheet.merge(r, 0, r, last);
  };
  line(text::upperCase(office.peoplesCommittee()), CellStyle::BoldCentred, 18);
  line(office.serviceCentreName(), CellStyle::Subtitle, 18);
  line("SỔ THEO DÕI HỒ SƠ", CellStyle::Title, 24);
  line(book.period.describeVi(), CellStyle::Subtitle, 18);

  const char* heads[] = {"STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ", "Tên tổ chức, cá nhân",
                         "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Ngày nhận hồ sơ",
                         "Ngày hẹn trả kết quả", "Ngày chuyển hồ sơ đến cơ quan giải quyết", "Ngày nhận kết quả",
                         "Ngày trả kết quả", "Ghi chú"};
  std::vector<XlsxCell> head, numbers;
  for (size_t i = 0; i <= last; ++i) {
    head.emplace_back(heads[i], CellStyle::Header);
    numbers.emplace_back("(" + std::to_string(i + 1) + ")", CellStyle::ColumnNumber);
  }
  const size_t top = sheet.addRow(std::move(head), 48);
  sheet.addRow(std::move(numbers), 16);
  sheet.repeatRows(top, top + 1);

  for (const TrackingLine& l : book.lines) {
    sheet.addRow({XlsxCell(static_cast<int64_t>(std::stoll(l.number)), CellStyle::Number),
                  XlsxCell(l.code, CellStyle::Text), XlsxCell(l.procedure, CellStyle::Text),
                  XlsxCell(int64_t{1}, CellStyle::Number), XlsxCell(l.applicant, CellStyle::Text),
                  XlsxCell(l.contact, CellStyle::Text), XlsxCell(l.leadAgency, CellStyle::Text),
                  XlsxCell(l.received, CellStyle::CentredText), XlsxCell(l.due, CellStyle::CentredText),
                  XlsxCell(l.handedOver, CellStyle::CentredText), XlsxCell(l.resultIn, CellStyle::CentredText),
                  XlsxCell(l.returned, CellStyle::CentredText), XlsxCell(l.note, CellStyle::Text)});
  }
  sheet.addRow({});
  std::vector<XlsxCell> total(last + 1, XlsxCell::empty(CellStyle::Plain));
  total[0] = XlsxCell("Tổng số: " + grouped(static_cast<int64_t>(book.lines.size())) + " hồ sơ.", CellStyle::Plain);
  sheet.addRow(std::move(total));
  std::vector<XlsxCell> date(last + 1, XlsxCell::empty(CellStyle::Plain));
  date[7] = XlsxCell(text::placeDateLine(office.placeName(), documentDate(options)), CellStyle::Subtitle);
  const size_t r = sheet.addRow(std::move(date), 18);
  sheet.merge(r, 7, r, last);
  return sheet;
}

Poco::JSON::Object::Ptr trackingData(const TrackingBook& book, const model::OfficeProfile& office,
                                     const OutputOptions& options) {
  Poco::JSON::Object::Ptr root = reportDataBase(office, options);
  Poco::JSON::Object::Ptr ky = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  ky->set("tu_ngay", book.period.fromIso());
  ky->set("den_ngay", book.period.toIso());
  ky->set("mo_ta", "Hồ sơ tiếp nhận " + book.period.describeVi());
  root->set("ky", ky);
  Poco::JSON::Array::Ptr rows = new Poco::JSON::Array;
  for (const TrackingLine& l : book.lines) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("stt", l.number);
    o->set("ma", l.code);
    o->set("thu_tuc", l.procedure);
    o->set("so_luong", l.count);
    o->set("ten", l.applicant);
    o->set("dia_chi", l.contact);
    o->set("co_quan_chu_tri", l.leadAgency);
    o->set("ngay_nhan", l.received);
    o->set("ngay_hen_tra", l.due);
    o->set("ngay_chuyen", l.handedOver);
    o->set("ngay_nhan_ket_qua", l.resultIn);
    o->set("ngay_tra", l.returned);
    o->set("ghi_chu", l.note);
    rows->add(o);
  }
  root->set("dong", rows);
  root->set("tong_so", grouped(static_cast<int64_t>(book.lines.size())));
  return root;
}

Status writeTrackingBook(const TrackingBook& book, const model::OfficeProfile& office, ReportFormat format,
                         const std::filesystem::path& output, const OutputOptions& options) {
  if (format == ReportFormat::Xlsx) return writeXlsxFile({trackingSheet(book, office, options)}, output);
  return renderDocx(ReportTemplate::TrackingBook, trackingData(book, office, options), output, options);
}

}  // namespace landdesk::reports
