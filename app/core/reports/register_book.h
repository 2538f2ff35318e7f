// The authentication register as a book to print and bind (legal-facts §2): the monthly print-out or the whole
// year, from the register's own list API, as XLSX or DOCX (template templates/so_chung_thuc.docx).
#pragma once

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/office_profile.h"
#include "register/authentication_register.h"
#include "reports/report_output.h"
#include "reports/xlsx_writer.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::reports {

// One printed line in the register's columns.
struct RegisterLine {
  std::string number;       // Số TT / số chứng thực: "125"
  std::string date;         // "05/02/2026"
  std::string parties;      // họ tên, số giấy tờ tùy thân của người yêu cầu
  std::string title;        // tên (loại) hợp đồng, giao dịch; an amendment names what it amends
  std::string signer;       // họ tên, chức danh người ký chứng thực
  int64_t fee = 0;          // đồng
  std::string note;         // ghi chú (amendments, cancellations, corrections noted here)
};

struct RegisterBookExport {
  int year = 0;
  unsigned month = 0;        // 0: the whole year's book
  std::string heading;       // "Tháng 02 năm 2026" / "Năm 2026"
  std::string books;         // quyển số of the lines shown: "01" or "01, 02"
  std::string openedOn;      // the year's first book opened, dd/mm/yyyy
  std::optional<std::string> closedOn;  // year-end closing date, when closed
  std::optional<int64_t> closingTotal;  // the year's total stated at closing
  std::vector<RegisterLine> lines;
  int64_t totalFee = 0;
};

// Pure conversion of the register's entries (tested without a database).
RegisterLine registerLine(const registry::RegisterEntry& entry);

Result<RegisterBookExport> loadRegisterBook(storage::Database& db, const model::OfficeProfile& office, int year,
                                            unsigned month);

XlsxSheet registerSheet(const RegisterBookExport& book, const model::OfficeProfile& office,
                        const OutputOptions& options);
Poco::JSON::Object::Ptr registerData(const RegisterBookExport& book, const model::OfficeProfile& office,
                                     const OutputOptions& options);
Status writeRegisterBook(const RegisterBookExport& book, const model::OfficeProfile& office, ReportFormat format,
                         const std::filesystem::path& output, const OutputOptions& options = {});

}  // namespace landdesk::reports
