// The report files as officers open them: the XLSX in real LibreOffice (converted to CSV, numbers checked) and the
// DOCX converted to PDF (pdftotext shows the office, the period, the table's numbers and the signer). The rendered
// files are left in the test artefacts.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "docgen/docx_package.h"
#include "docgen/pdf_converter.h"
#include "model/office_profile.h"
#include "report_fixture.h"
#include "reports/statistics_output.h"
#include "reports/tracking_book.h"
#include "storage/settings_repository.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;
using model::CaseKind;
using model::IntakeChannel;

namespace {

// Chứng thực: online 3, direct 11, carried 2 | early 7, on time 0, late 2 | within 7, overdue 0.
// Đất đai: direct 4 | on time 4.
std::vector<FixtureCase> smallDataset() {
  std::vector<FixtureCase> cases;
  auto code = [&] { return "HS-2026-" + std::to_string(10001 + cases.size()); };
  for (int i = 0; i < 3; ++i)
    cases.push_back({code(), CaseKind::InheritanceRefusal, IntakeChannel::Online, "2026-03-02T08:00:00",
                     "2026-03-04T17:00:00", {authenticated("2026-03-03T09:00:00")}, "online early", ""});
  for (int i = 0; i < 7; ++i)
    cases.push_back({code(), CaseKind::Gift, IntakeChannel::Counter, "2026-03-05T08:00:00", "2026-04-10T17:00:00", {},
                     "direct within", ""});
  for (int i = 0; i < 2; ++i)
    cases.push_back({code(), CaseKind::InheritanceRefusal, IntakeChannel::Post, "2026-02-20T08:00:00",
                     "2026-02-24T17:00:00", {authenticated("2026-03-10T09:00:00")}, "carried late", ""});
  for (int i = 0; i < 4; ++i)
    cases.push_back({code(), CaseKind::TransferWhole, IntakeChannel::Counter, "2026-03-09T08:00:00",
                     "2026-03-11T17:00:00",
                     {authenticated("2026-03-10T09:00:00"), filed("2026-03-10T14:00:00", "2026-03-20T17:00:00"),
                      resultReceived("2026-03-20T10:00:00"), collected("2026-03-23T09:00:00")},
                     "direct early", "direct on_time"});
  return cases;
}

// STT, then the eleven numbers of each line.
const std::vector<long> kAuthenticationLine = {1, 16, 3, 11, 2, 9, 7, 0, 2, 7, 7, 0};
const std::vector<long> kLandLine = {2, 4, 0, 4, 0, 4, 0, 4, 0, 0, 0, 0};
const std::vector<long> kTotalLine = {20, 3, 15, 2, 13, 7, 4, 2, 7, 7, 0};

struct OutputFixture {
  TempDir dir;
  std::filesystem::path file = dir / "desk.sqlite";
  std::unique_ptr<storage::Database> db;
  model::OfficeProfile office;
  reports::OutputOptions options;

  OutputFixture() {
    addFixtureCases(file, smallDataset());
    db = openDatabase(file);
    BOOST_REQUIRE(db->settings()
                      .setAll({{"office.commune", "Hải Lăng"},
                               {"office.province", "Quảng Trị"},
                               {"signer.name", "Trần Văn Ký"},
                               {"signer.title", "Phó Chủ tịch"},
                               {"signer.acting_for", "KT. CHỦ TỊCH"}},
                              "test")
                      .ok());
    office = model::officeProfileFrom(*db->settings().all());
    options.date = std::chrono::year(2026) / std::chrono::April / 5;
  }

  reports::StatisticsReport march() {
    auto r = reports::computeStatistics(*db, *reports::parsePeriod("2026-03-01", "2026-03-31"));
    BOOST_REQUIRE(r.ok());
    return *r;
  }

  // LibreOffice converts to `ext` in a private profile (two jobs on one profile lose one: toolchain notes G7).
  std::filesystem::path convert(const std::filesystem::path& input, const std::string& filter, const std::string& ext) {
    auto soffice = docgen::findSoffice();
    BOOST_REQUIRE_MESSAGE(soffice, "LibreOffice is needed (installer/install-deps.sh)");
    const auto out = dir / "converted";
    auto r = runProcess(*soffice, {"-env:UserInstallation=file://" + (dir / "lo-profile").string(), "--headless",
                                   "--norestore", "--convert-to", filter, "--outdir", out.string(), input.string()});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto result = out / (input.stem().string() + "." + ext);
    BOOST_REQUIRE_MESSAGE(std::filesystem::exists(result), "LibreOffice wrote no " << result << ": " << r.out << r.err);
    return result;
  }

  std::string pdfText(const std::filesystem::path& docx) {
    const auto pdf = dir / (docx.stem().string() + ".pdf");
    auto converted = docgen::convertDocxToPdf(docx, pdf);
    BOOST_REQUIRE_MESSAGE(converted.ok(), (converted.ok() ? "" : converted.error().en));
    std::filesystem::copy_file(pdf, artifactDirectory() / ("reports-" + pdf.filename().string()),
                               std::filesystem::copy_options::overwrite_existing);
    auto text = runProcess("/usr/bin/pdftotext", {"-layout", pdf.string(), "-"});
    BOOST_REQUIRE(text.exitCode == 0);
    return text.out;
  }
};

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The integers of the first line containing `label` (a table row), or nothing.
std::vector<long> rowNumbers(const std::string& text, const std::string& label) {
  for (const auto& line : linesOf(text))
    if (line.find(label) != std::string::npos) return integersIn(line);
  return {};
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(outputs, OutputFixture)

BOOST_AUTO_TEST_CASE(statistics_xlsx_opens_in_libreoffice_with_the_numbers) {
  const auto report = march();
  const auto xlsx = dir / "bao_cao.xlsx";
  BOOST_REQUIRE(reports::writeStatistics(report, office, reports::ReportFormat::Xlsx, xlsx, options).ok());
  std::filesystem::copy_file(xlsx, artifactDirectory() / "reports-bao_cao.xlsx",
                             std::filesystem::copy_options::overwrite_existing);
  const std::string csv = readFile(convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", "csv"));
  BOOST_TEST_MESSAGE(csv);
  BOOST_TEST(rowNumbers(csv, ",Chứng thực,") == kAuthenticationLine);
  BOOST_TEST(rowNumbers(csv, ",Đất đai,") == kLandLine);
  BOOST_TEST(rowNumbers(csv, ",Tổng cộng,") == kTotalLine);
  BOOST_TEST(csv.find("ỦY BAN NHÂN DÂN XÃ HẢI LĂNG") != std::string::npos);
  BOOST_TEST(csv.find("Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026") != std::string::npos);
  BOOST_TEST(csv.find("Từ kỳ trước chuyển qua") != std::string::npos);
  BOOST_TEST(csv.find("Xã Hải Lăng, ngày 05 tháng 4 năm 2026") != std::string::npos);
  BOOST_TEST(csv.find("Trần Văn Ký") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(statistics_docx_converts_to_pdf_with_the_numbers) {
  const auto report = march();
  const auto docx = dir / "bao_cao.docx";
  BOOST_REQUIRE(reports::writeStatistics(report, office, reports::ReportFormat::Docx, docx, options).ok());
  auto package = docgen::DocxPackage::fromFile(docx);
  BOOST_REQUIRE(package.ok());
  BOOST_TEST(package->verifyStructure().ok());
  const std::string text = pdfText(docx);
  BOOST_TEST_MESSAGE(text);
  BOOST_TEST(rowNumbers(text, "Chứng thực") == kAuthenticationLine);
  BOOST_TEST(rowNumbers(text, "Đất đai") == kLandLine);
  BOOST_TEST(rowNumbers(text, "Tổng cộng") == kTotalLine);
  for (const char* expected : {"ỦY BAN NHÂN DÂN XÃ HẢI LĂNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                               "Độc lập - Tự do - Hạnh phúc", "Xã Hải Lăng, ngày 05 tháng 4 năm 2026", "BÁO CÁO",
                               "từ ngày 01/03/2026 đến ngày 31/03/2026", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                               "Trần Văn Ký", "Số hồ sơ nhận giải quyết", "Kết quả giải quyết", "Đã giải quyết",
                               "Đang giải quyết"})
    BOOST_TEST(text.find(expected) != std::string::npos, expected);
}

BOOST_AUTO_TEST_CASE(tracking_book_lists_the_period_cases) {
  auto book = reports::loadTrackingBook(*db, *reports::parsePeriod("2026-03-01", "2026-03-31"), office);
  BOOST_REQUIRE(book.ok());
  BOOST_REQUIRE_EQUAL(book->lines.size(), 14u);  // the two February cases are not in March's book
  const auto& transfer = book->lines.back();
  BOOST_TEST(transfer.code == "HS-2026-10016");
  BOOST_TEST(transfer.procedure == "Chứng thực hợp đồng chuyển nhượng quyền sử dụng đất");
  BOOST_TEST(transfer.received == "08:00 09/03/2026");
  BOOST_TEST(transfer.returned == "23/03/2026");
  BOOST_TEST(transfer.applicant == "Người Thử HS-2026-10016");

  const auto xlsx = dir / "so_theo_doi.xlsx";
  BOOST_REQUIRE(reports::writeTrackingBook(*book, office, reports::ReportFormat::Xlsx, xlsx, options).ok());
  const std::string csv = readFile(convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", "csv"));
  for (const auto& l : book->lines) BOOST_TEST(csv.find(l.code) != std::string::npos, l.code);
  BOOST_TEST(csv.find("HS-2026-10011") == std::string::npos);  // received in February
  BOOST_TEST(csv.find("SỔ THEO DÕI HỒ SƠ") != std::string::npos);
  BOOST_TEST(csv.find("Tổng số: 14 hồ sơ.") != std::string::npos);

  const auto docx = dir / "so_theo_doi.docx";
  BOOST_REQUIRE(reports::writeTrackingBook(*book, office, reports::ReportFormat::Docx, docx, options).ok());
  const std::string text = pdfText(docx);
  BOOST_TEST(text.find("SỔ THEO DÕI HỒ SƠ") != std::string::npos);
  BOOST_TEST(text.find("HS-2026-10016") != std::string::npos);
  BOOST_TEST(text.find("Tổng số: 14 hồ sơ.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(failed_write_leaves_no_file_and_keeps_an_old_one) {
  const auto report = march();
  // A template that is not a DOCX: refused with its reason, nothing written.
  writeFileBytesForTest(dir / "broken.docx", "not a zip");
  reports::OutputOptions bad = options;
  bad.templateFile = dir / "broken.docx";
  const auto out = dir / "kept.docx";
  writeFileBytesForTest(out, "an older report");
  auto r = reports::writeStatistics(report, office, reports::ReportFormat::Docx, out, bad);
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.error().code == "report.template");
  BOOST_TEST(readFile(out) == "an older report");
  // An output folder that does not exist: refused, nothing created.
  auto missing = reports::writeStatistics(report, office, reports::ReportFormat::Xlsx, dir / "no/such/dir/r.xlsx", options);
  BOOST_TEST(!missing.ok());
  BOOST_TEST(!std::filesystem::exists(dir / "no"));
}

BOOST_AUTO_TEST_SUITE_END()
