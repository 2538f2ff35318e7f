// The register book export: the monthly print-out and the year book from the register's own entries (written
// through AuthenticationRegister), amendments as their own lines noted against the original, opened by LibreOffice.
#include <boost/test/unit_test.hpp>

#include "docgen/pdf_converter.h"
#include "model/office_profile.h"
#include "register/authentication_register.h"
#include "report_fixture.h"
#include "reports/register_book.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono;

namespace {

struct RegisterFixture {
  TempDir dir;
  std::unique_ptr<storage::Database> db = openDatabase(dir / "desk.sqlite");
  model::OfficeProfile office;

  RegisterFixture() {
    office.commune = "Hải Lăng";
    office.province = "Quảng Trị";
    office.signerName = "Trần Văn Ký";
    registry::AuthenticationRegister reg(*db, office);
    auto entry = [&](year_month_day d, const char* parties, const char* title, int64_t fee) {
      registry::NewEntry e;
      e.date = d;
      e.parties = parties;
      e.documentTitle = title;
      e.signer = "Trần Văn Ký, Chủ tịch UBND xã Hải Lăng";
      e.fee = fee;
      e.at = local_days(d) + hours(9);
      auto r = reg.record(e, "test");
      BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().en));
    };
    entry(year(2026) / February / 3, "Nguyễn Văn An (CCCD 044090001234); Lê Thị Bình (CCCD 044190005678)",
          "Hợp đồng chuyển nhượng quyền sử dụng đất", 50000);
    entry(year(2026) / February / 10, "Đặng Văn Đông (CCCD 044050001122)", "Hợp đồng tặng cho quyền sử dụng đất",
          50000);
    entry(year(2026) / February / 27, "Phạm Thị Cúc (CCCD 044170003333)", "Văn bản khai nhận di sản", 50000);
    entry(year(2026) / March / 2, "Hồ Văn Dũng (CCCD 044080004444)", "Hợp đồng chuyển nhượng quyền sử dụng đất",
          50000);
    registry::NewEntry change;
    change.date = year(2026) / March / 9;
    change.fee = 30000;
    change.note = "Sửa thời hạn thanh toán";
    change.signer = "Trần Văn Ký, Chủ tịch UBND xã Hải Lăng";
    change.at = local_days(change.date) + hours(10);
    auto amended = reg.amend(2026, 2, change, "test");
    BOOST_REQUIRE_MESSAGE(amended.ok(), (amended.ok() ? "" : amended.error().en));
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(register_book, RegisterFixture)

BOOST_AUTO_TEST_CASE(monthly_print_out_and_year_book) {
  auto february = reports::loadRegisterBook(*db, office, 2026, 2);
  BOOST_REQUIRE(february.ok());
  BOOST_TEST(february->heading == "Tháng 02 năm 2026");
  BOOST_REQUIRE_EQUAL(february->lines.size(), 3u);
  BOOST_TEST(february->lines[0].number == "01");
  BOOST_TEST(february->lines[2].number == "03");
  BOOST_TEST(february->lines[1].date == "10/02/2026");
  BOOST_TEST(february->totalFee == 150000);
  BOOST_TEST(february->books == "01/2026");

  auto march = reports::loadRegisterBook(*db, office, 2026, 3);
  BOOST_REQUIRE(march.ok());
  BOOST_REQUIRE_EQUAL(march->lines.size(), 2u);
  const auto& amendment = march->lines[1];
  BOOST_TEST(amendment.number == "05");
  BOOST_TEST(amendment.title.find("Hợp đồng tặng cho quyền sử dụng đất") != std::string::npos);
  BOOST_TEST(amendment.parties.find("Đặng Văn Đông") != std::string::npos);  // the original's parties
  BOOST_TEST(amendment.note.find("02") != std::string::npos, amendment.note);
  BOOST_TEST(amendment.note.find("Sửa thời hạn thanh toán") != std::string::npos);
  BOOST_TEST(amendment.fee == 30000);

  auto year = reports::loadRegisterBook(*db, office, 2026, 0);
  BOOST_REQUIRE(year.ok());
  BOOST_TEST(year->heading == "Năm 2026");
  BOOST_TEST(year->lines.size() == 5u);
  BOOST_TEST(year->totalFee == 230000);
  BOOST_TEST(!year->closedOn);
  auto empty = reports::loadRegisterBook(*db, office, 2025, 0);
  BOOST_REQUIRE(empty.ok());
  BOOST_TEST(empty->lines.empty());
}

BOOST_AUTO_TEST_CASE(xlsx_and_docx_open_in_libreoffice) {
  auto march = reports::loadRegisterBook(*db, office, 2026, 3);
  BOOST_REQUIRE(march.ok());
  reports::OutputOptions options;
  options.date = year(2026) / March / 31;
  const auto xlsx = dir / "so_ct.xlsx";
  BOOST_REQUIRE(reports::writeRegisterBook(*march, office, reports::ReportFormat::Xlsx, xlsx, options).ok());
  auto soffice = docgen::findSoffice();
  BOOST_REQUIRE(soffice);
  auto r = runProcess(*soffice, {"-env:UserInstallation=file://" + (dir / "lo").string(), "--headless", "--norestore",
                                 "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                                 (dir / "out").string(), xlsx.string()});
  BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
  const std::string csv = readFile(dir / "out/so_ct.csv");
  BOOST_TEST_MESSAGE(csv);
  BOOST_TEST(csv.find("SỔ CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH") != std::string::npos);
  BOOST_TEST(csv.find("Tháng 03 năm 2026") != std::string::npos);
  BOOST_TEST(csv.find("04,02/03/2026,Hồ Văn Dũng (CCCD 044080004444)") != std::string::npos);
  BOOST_TEST(csv.find("Tổng số: 2 việc") != std::string::npos);
  // The fee total is a number cell: 80000 shown with the "#,##0" format of the export locale.
  const bool feeShown = csv.find("80000") != std::string::npos || csv.find("80,000") != std::string::npos ||
                        csv.find("80.000") != std::string::npos;
  BOOST_TEST(feeShown);

  const auto docx = dir / "so_ct.docx";
  BOOST_REQUIRE(reports::writeRegisterBook(*march, office, reports::ReportFormat::Docx, docx, options).ok());
  auto pdf = docgen::convertDocxToPdf(docx, dir / "so_ct.pdf");
  BOOST_REQUIRE_MESSAGE(pdf.ok(), (pdf.ok() ? "" : pdf.error().en));
  std::filesystem::copy_file(dir / "so_ct.pdf", artifactDirectory() / "reports-so_chung_thuc.pdf",
                             std::filesystem::copy_options::overwrite_existing);
  auto text = runProcess("/usr/bin/pdftotext", {"-layout", (dir / "so_ct.pdf").string(), "-"});
  for (const char* expected : {"SỔ CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH", "Tháng 03 năm 2026", "Quyển số: 01/2026",
                               "Hồ Văn Dũng", "02/03/2026", "Tổng số: 2 việc; lệ phí: 80.000 đồng.", "Trần Văn Ký"})
    BOOST_TEST(text.out.find(expected) != std::string::npos, expected << " in " << text.out);
}

BOOST_AUTO_TEST_SUITE_END()
