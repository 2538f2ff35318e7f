// The statistics report as files: the XLSX sheet and the DOCX data tree (template templates/bao_cao_thong_ke.docx).
#pragma once

#include <Poco/JSON/Object.h>

#include <filesystem>

#include "model/office_profile.h"
#include "reports/report_output.h"
#include "reports/statistics_report.h"
#include "reports/xlsx_writer.h"
#include "util/error.h"

namespace landdesk::reports {

// Layout of the sheet: the heading block (rows 1–6), the table heading (rows 7–10: three rows of merged titles
// and the column numbers (1)…(13)), one row per field, the total, then the signer.
constexpr size_t kStatisticsFirstDataRow = 10;  // 0-based row of the first field

XlsxSheet statisticsSheet(const StatisticsReport& report, const model::OfficeProfile& office,
                          const OutputOptions& options);
// The data tree of the DOCX template: the report base (office, signer, date) plus `ky` and `dong[]`/`tong`
// with the eleven numbers under the keys nhan_tong … dang_qua_han.
Poco::JSON::Object::Ptr statisticsData(const StatisticsReport& report, const model::OfficeProfile& office,
                                       const OutputOptions& options);

// Writes the report as XLSX or DOCX, atomically: on any failure no file appears under `output`.
Status writeStatistics(const StatisticsReport& report, const model::OfficeProfile& office, ReportFormat format,
                       const std::filesystem::path& output, const OutputOptions& options = {});

}  // namespace landdesk::reports
