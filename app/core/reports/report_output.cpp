#include "reports/report_output.h"

#include <algorithm>
#include <cctype>

#include "docgen/atomic_file.h"
#include "docgen/template_engine.h"
#include "reports/embedded_templates.h"
#include "text/dates.h"
#include "text/names.h"
#include "text/number_format.h"
#include "util/datetime.h"

namespace landdesk::reports {

using namespace std::chrono;

Result<ReportFormat> parseFormat(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower == "xlsx") return ReportFormat::Xlsx;
  if (lower == "docx") return ReportFormat::Docx;
  return makeError("report.bad_format", "Định dạng không hợp lệ (xlsx hoặc docx)", "Unknown format (xlsx or docx)",
                   std::string(text));
}

std::string_view formatCode(ReportFormat format) { return format == ReportFormat::Xlsx ? "xlsx" : "docx"; }

std::string_view embeddedTemplate(ReportTemplate which) {
  switch (which) {
    case ReportTemplate::Statistics: return embedded::statisticsTemplate();
    case ReportTemplate::RegisterBook: return embedded::registerBookTemplate();
    case ReportTemplate::TrackingBook: return embedded::trackingBookTemplate();
  }
  return {};
}

year_month_day documentDate(const OutputOptions& options) {
  if (options.date.ok()) return options.date;
  return year_month_day(floor<days>(localNow()));
}

std::string grouped(int64_t n) { return text::formatInteger(n); }

Poco::JSON::Object::Ptr reportDataBase(const model::OfficeProfile& office, const OutputOptions& options) {
  const year_month_day date = documentDate(options);
  Poco::JSON::Object::Ptr root = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  root->set("ngay_lap", isoDate(date));
  root->set("dia_danh_ngay", text::placeDateLine(office.placeName(), date));
  root->set("so_van_ban", options.documentNumber.empty() ? std::string("……/BC-UBND") : options.documentNumber);
  root->set("noi_nhan", options.recipients.empty() ? std::string("UBND tỉnh " + office.province) : options.recipients);

  Poco::JSON::Object::Ptr coQuan = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  coQuan->set("ten_ubnd", office.peoplesCommittee());
  coQuan->set("ten_ubnd_hoa", text::upperCase(office.peoplesCommittee()));
  coQuan->set("dia_danh", office.placeName());
  coQuan->set("xa", office.commune);
  coQuan->set("tinh", office.province);
  coQuan->set("dia_chi", office.address);
  coQuan->set("dien_thoai", office.phone);
  coQuan->set("trung_tam", office.serviceCentreName());
  root->set("co_quan", coQuan);

  Poco::JSON::Object::Ptr signer = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  signer->set("ho_ten", office.signerName);
  signer->set("chuc_danh", office.signerTitle);
  signer->set("ky_thay", office.signerActingFor);
  signer->set("chuc_danh_hoa", text::upperCase(office.signerTitle));
  root->set("nguoi_ky", signer);
  return root;
}

Status renderDocx(ReportTemplate which, const Poco::JSON::Object::Ptr& data, const std::filesystem::path& output,
                  const OutputOptions& options) {
  docgen::CompiledOutcome outcome = options.templateFile.empty()
                                        ? docgen::compileTemplate(embeddedTemplate(which))
                                        : docgen::compileTemplateFile(options.templateFile);
  if (!outcome.compiled || !outcome.check.ok()) {
    if (outcome.check.errors.empty())
      return makeError("report.template", "Mẫu báo cáo không dùng được", "The report template cannot be used",
                       options.templateFile.string());
    const auto& issue = outcome.check.errors.front();
    return makeError("report.template", "Mẫu báo cáo có lỗi: " + issue.vi, "The report template has an error: " + issue.en,
                     options.templateFile.empty() ? issue.tag : options.templateFile.string() + " " + issue.tag);
  }
  docgen::RenderReport report = outcome.compiled->renderToFile(output, Poco::Dynamic::Var(data));
  if (!report.ok()) {
    const auto& issue = report.errors.front();
    return makeError("report.render", "Không tạo được văn bản báo cáo: " + issue.vi,
                     "Cannot render the report document: " + issue.en, output.string());
  }
  return {};
}

Status writeXlsxFile(const std::vector<XlsxSheet>& sheets, const std::filesystem::path& output) {
  return docgen::writeFileAtomically(output, [&](std::ostream& out) { writeXlsx(out, sheets); });
}

}  // namespace landdesk::reports
