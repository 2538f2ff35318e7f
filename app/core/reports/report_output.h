// What every report output shares: the format choice, the office block of the DOCX data, the embedded templates,
// and writing files all-or-nothing.
#pragma once

#include <Poco/JSON/Object.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "model/office_profile.h"
#include "reports/xlsx_writer.h"
#include "util/error.h"

namespace landdesk::reports {

enum class ReportFormat { Xlsx, Docx };

// "xlsx" or "docx" (any case); anything else is refused ("report.bad_format").
Result<ReportFormat> parseFormat(std::string_view text);
std::string_view formatCode(ReportFormat format);

// The report templates compiled into the program (app/core/reports/templates/*.docx).
enum class ReportTemplate { Statistics, RegisterBook, TrackingBook };
std::string_view embeddedTemplate(ReportTemplate which);

// How a document is dated and signed; the defaults suit the CLI and the GUI.
struct OutputOptions {
  std::chrono::year_month_day date{};  // ngày lập; today when not ok()
  std::filesystem::path templateFile;  // an officer's edited copy of the DOCX template; empty = the built-in one
  std::string documentNumber;          // "Số: …/BC-UBND"; blank dots when empty
  std::string recipients;              // "Nơi nhận"
};

// The document date: options.date, else today.
std::chrono::year_month_day documentDate(const OutputOptions& options);

// The office and signer blocks every report template reads (`co_quan`, `nguoi_ky`, `dia_danh_ngay`, `ngay_lap`,
// `so_van_ban`, `noi_nhan`), keys as docs/template-data.md names them.
Poco::JSON::Object::Ptr reportDataBase(const model::OfficeProfile& office, const OutputOptions& options);

// Renders `data` with the template (options.templateFile or the embedded one) into `output`, atomically.
// Template problems come back as "report.template" naming the first issue; nothing is written then.
Status renderDocx(ReportTemplate which, const Poco::JSON::Object::Ptr& data, const std::filesystem::path& output,
                  const OutputOptions& options);

// Writes the workbook atomically (temporary file beside `output`, renamed when complete).
Status writeXlsxFile(const std::vector<XlsxSheet>& sheets, const std::filesystem::path& output);

// "1.234" — counts and amounts as the documents print them.
std::string grouped(int64_t n);

}  // namespace landdesk::reports
