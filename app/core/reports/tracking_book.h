// The dossier tracking book (sổ theo dõi hồ sơ, legal-facts §8): one line per case received in a period, as XLSX
// or DOCX (template templates/so_theo_doi_ho_so.docx).
#pragma once

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <string>
#include <vector>

#include "model/office_profile.h"
#include "reports/period.h"
#include "reports/report_output.h"
#include "reports/xlsx_writer.h"
#include "storage/database.h"
#include "storage/report_queries.h"
#include "util/error.h"

namespace landdesk::reports {

// One printed line, every column as the book shows it (dates dd/mm/yyyy, empty when not reached yet).
struct TrackingLine {
  std::string number;      // STT
  std::string code;        // mã hồ sơ
  std::string procedure;   // tên TTHC
  std::string count = "1";  // số lượng hồ sơ
  std::string applicant;   // tên tổ chức, cá nhân
  std::string contact;     // địa chỉ, số điện thoại
  std::string leadAgency;  // cơ quan chủ trì giải quyết
  std::string received;    // "08:30 05/02/2026"
  std::string due;         // ngày hẹn trả (the authentication deadline)
  std::string handedOver;  // ngày chuyển hồ sơ đến cơ quan giải quyết
  std::string resultIn;    // ngày nhận kết quả
  std::string returned;    // ngày trả kết quả
  std::string note;        // ghi chú: refused, withdrawn, or the current state of an open case
};

struct TrackingBook {
  ReportPeriod period;
  std::vector<TrackingLine> lines;
};

// "Chứng thực hợp đồng chuyển nhượng quyền sử dụng đất" for a case kind code (the code itself if unknown).
std::string procedureName(const std::string& kindCode);
// Formats one stored row (pure: tested without a database).
TrackingLine trackingLine(const storage::TrackingRow& row, size_t number, const model::OfficeProfile& office);

Result<TrackingBook> loadTrackingBook(storage::Database& db, const ReportPeriod& period,
                                      const model::OfficeProfile& office);

XlsxSheet trackingSheet(const TrackingBook& book, const model::OfficeProfile& office, const OutputOptions& options);
Poco::JSON::Object::Ptr trackingData(const TrackingBook& book, const model::OfficeProfile& office,
                                     const OutputOptions& options);
Status writeTrackingBook(const TrackingBook& book, const model::OfficeProfile& office, ReportFormat format,
                         const std::filesystem::path& output, const OutputOptions& options = {});

}  // namespace landdesk::reports
