// Importing block and release notices: CSV (UTF-8, quoted fields, ';' from Excel) and XLSX written by a real
// spreadsheet program (LibreOffice Calc converting a CSV), good rows, bad rows and repeated imports.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "register/block_import.h"
#include "register_fixture.h"
#include "support/run_process.h"

using namespace landdesk;
using namespace landdesk::registry;
using namespace landdesk::test;

namespace {

const char* kGoodCsv =
    "Loại,Loại cơ quan,Cơ quan ban hành,Số văn bản,Ngày văn bản,Số phát hành GCN,Thửa đất số,Tờ bản đồ số,Xã,Chủ sử dụng,Lý do,Văn bản bị giải tỏa\n"
    "ngăn chặn,tòa án,\"Tòa án nhân dân khu vực 2, Quảng Trị\",12/2026/QĐ-BPKCTT,20/02/2026,BA 685616,,,,Nguyễn Văn Đông,Tranh chấp thừa kế,\n"
    "ngăn chặn,thi hành án,Phòng Thi hành án dân sự khu vực 3,45/QĐ-THADS,2026-01-15,,17,53,xã Hải Lăng,\"Trần Văn \"\"Tư\"\"\",Kê biên,\n"
    "giải tỏa,tòa án,\"Tòa án nhân dân khu vực 2, Quảng Trị\",20/2026/QĐ-HBPKCTT,01/03/2026,,,,,,,12/2026/QĐ-BPKCTT\n";

void write(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

BlockImportOptions options() {
  BlockImportOptions o;
  o.at = at("2026-03-05T09:00:00");
  return o;
}

BlockImportReport import(RegisterFixture& f, const std::filesystem::path& file, BlockImportOptions o = options()) {
  BlockedParcels blocks(*f.db);
  auto r = importBlockFile(blocks, file, "officer", o);
  BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().en));
  return *r;
}

// LibreOffice Calc writes the workbook: its own zip, shared strings, and dates as serial numbers.
std::filesystem::path toXlsx(const TempDir& dir, const std::filesystem::path& csv) {
  auto r = runProcess("/usr/bin/soffice",
                      {"-env:UserInstallation=file://" + (dir / "lo-profile").string(), "--headless", "--norestore",
                       "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir.path().string(), csv.string()});
  auto out = dir / (csv.stem().string() + ".xlsx");
  BOOST_REQUIRE_MESSAGE(r.exitCode == 0 && std::filesystem::exists(out), "soffice failed: " + r.err + r.out);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(csv_with_blocks_and_a_release) {
  RegisterFixture f;
  write(f.dir / "list.csv", std::string("\xEF\xBB\xBF") + kGoodCsv);
  auto r = import(f, f.dir / "list.csv");
  BOOST_TEST(r.written);
  BOOST_TEST(r.rows == 3u);
  BOOST_TEST(r.blocked == 2u);
  BOOST_TEST(r.released == 1u);
  BOOST_TEST(r.problems.empty());
  BlockedParcels blocks(*f.db);
  auto active = blocks.list(true);
  BOOST_REQUIRE_EQUAL(active->size(), 1u);
  BOOST_TEST(active->front().documentNumber == "45/QĐ-THADS");
  BOOST_TEST(active->front().owner == "Trần Văn \"Tư\"");
  BOOST_TEST(active->front().issuerKind == "enforcement");
  BOOST_TEST((active->front().documentDate == ymd(2026, 1, 15)));
  BOOST_TEST(active->front().source == "list.csv:3");
  // Importing the same list again changes nothing.
  auto again = import(f, f.dir / "list.csv");
  BOOST_TEST(again.written);
  BOOST_TEST(again.duplicates == 3u);
  BOOST_TEST(blocks.list(false)->size() == 3u);
}

BOOST_AUTO_TEST_CASE(csv_bad_rows_are_each_named_and_nothing_is_stored) {
  RegisterFixture f;
  write(f.dir / "bad.csv",
        "action;issuer_kind;issuer;document_number;document_date;gcn_serial;parcel_number;map_sheet\n"
        "block;court;TAND;1/QĐ;31/02/2026;AA 01695788;;\n"              // line 2: no such date
        "block;ủy ban;UBND;2/QĐ;01/02/2026;AA 01695789;;\n"             // line 3: unknown issuer kind
        "block;police;Công an xã;3/QĐ;01/02/2026;;;\n"                  // line 4: no parcel
        "maybe;police;Công an xã;4/QĐ;01/02/2026;AA 1;;\n"              // line 5: unknown action
        "release;court;TAND;5/QĐ;01/02/2026;;;\n"                       // line 6: release without the blocked number
        "block;court;TAND;6/QĐ;01/02/2026;AA 01695790;;\n");            // line 7: good
  auto r = import(f, f.dir / "bad.csv");
  BOOST_TEST(!r.written);
  BOOST_REQUIRE_EQUAL(r.problems.size(), 5u);
  const size_t lines[] = {2, 3, 4, 5, 6};
  const char* fields[] = {"document_date", "issuer_kind", "parcel", "action", "releases_document"};
  for (size_t i = 0; i < 5; ++i) {
    BOOST_TEST(r.problems[i].line == lines[i]);
    BOOST_TEST(r.problems[i].field == fields[i]);
    BOOST_TEST(!r.problems[i].vi.empty());
  }
  BOOST_TEST(r.problems[0].vi.find("31/02/2026") != std::string::npos);
  BOOST_TEST(BlockedParcels(*f.db).list()->empty());
  // --skip-bad stores the good row only.
  BlockImportOptions skip = options();
  skip.skipBadRows = true;
  auto partial = import(f, f.dir / "bad.csv", skip);
  BOOST_TEST(partial.written);
  BOOST_TEST(partial.blocked == 1u);
  BOOST_TEST(BlockedParcels(*f.db).list()->size() == 1u);
}

BOOST_AUTO_TEST_CASE(file_level_problems_are_errors) {
  RegisterFixture f;
  BlockedParcels blocks(*f.db);
  write(f.dir / "cols.csv", "Số văn bản,Ngày\n1,01/02/2026\n");
  auto cols = importBlockFile(blocks, f.dir / "cols.csv", "officer", options());
  BOOST_REQUIRE(!cols.ok());
  BOOST_TEST(cols.error().code == "import.missing_columns");
  BOOST_TEST(cols.error().en.find("issuer_kind") != std::string::npos);
  write(f.dir / "quote.csv", "issuer_kind,issuer,document_number,document_date\ncourt,\"TAND,1,01/02/2026\n");
  BOOST_TEST(importBlockFile(blocks, f.dir / "quote.csv", "officer").error().code == "import.unterminated_quote");
  write(f.dir / "latin1.csv", "issuer_kind,issuer,document_number,document_date\ncourt,T\xE0 \xE1n,1,01/02/2026\n");
  BOOST_TEST(importBlockFile(blocks, f.dir / "latin1.csv", "officer").error().code == "import.not_utf8");
  write(f.dir / "fake.xlsx", std::string("PK\x03\x04", 4) + std::string(200, 'x'));
  BOOST_TEST(importBlockFile(blocks, f.dir / "fake.xlsx", "officer").error().code == "import.not_xlsx");
  write(f.dir / "old.xls", std::string("\xD0\xCF\x11\xE0", 4) + std::string(200, '\0'));
  BOOST_TEST(importBlockFile(blocks, f.dir / "old.xls", "officer").error().code == "import.old_xls");
  BOOST_TEST(importBlockFile(blocks, f.dir / "missing.csv", "officer").error().code == "import.unreadable");
}

BOOST_AUTO_TEST_CASE(xlsx_written_by_libreoffice) {
  RegisterFixture f;
  write(f.dir / "notices.csv", kGoodCsv);
  auto xlsx = toXlsx(f.dir, f.dir / "notices.csv");
  auto rows = readTableFile(xlsx);
  BOOST_REQUIRE_MESSAGE(rows.ok(), (rows.ok() ? "" : rows.error().en));
  BOOST_REQUIRE_EQUAL(rows->size(), 4u);
  BOOST_TEST(rows->at(1).cells.at(2) == "Tòa án nhân dân khu vực 2, Quảng Trị");  // shared string with a comma
  auto r = import(f, xlsx);
  BOOST_TEST(r.written);
  BOOST_TEST(r.blocked == 2u);
  BOOST_TEST(r.released == 1u);
  auto active = BlockedParcels(*f.db).list(true);
  BOOST_REQUIRE_EQUAL(active->size(), 1u);
  BOOST_TEST((active->front().documentDate == ymd(2026, 1, 15)));  // a date cell (serial number) read back
  BOOST_TEST(active->front().parcelNumber == "17");
  BOOST_TEST(active->front().owner == "Trần Văn \"Tư\"");
}

BOOST_AUTO_TEST_CASE(xlsx_bad_rows_are_named_by_sheet_row) {
  RegisterFixture f;
  write(f.dir / "badsheet.csv",
        "issuer_kind,issuer,document_number,document_date,gcn_serial\n"
        "court,TAND,1/QĐ,2026-02-01,AA 01695788\n"
        "court,,2/QĐ,2026-02-01,AA 01695789\n"      // row 3: no issuer
        "court,TAND,3/QĐ,không rõ,AA 01695790\n");  // row 4: no date
  auto r = import(f, toXlsx(f.dir, f.dir / "badsheet.csv"));
  BOOST_TEST(!r.written);
  BOOST_REQUIRE_EQUAL(r.problems.size(), 2u);
  BOOST_TEST(r.problems[0].line == 3u);
  BOOST_TEST(r.problems[0].field == "issuer");
  BOOST_TEST(r.problems[1].line == 4u);
  BOOST_TEST(r.problems[1].field == "document_date");
  BOOST_TEST(BlockedParcels(*f.db).list()->empty());
}

BOOST_AUTO_TEST_CASE(spreadsheet_serial_dates) {
  BOOST_TEST((*excelSerialDate("46086") == ymd(2026, 3, 5)));
  BOOST_TEST((*excelSerialDate("46086.0") == ymd(2026, 3, 5)));
  BOOST_TEST(!excelSerialDate("46086.5").has_value());
  BOOST_TEST(!excelSerialDate("12").has_value());
  BOOST_TEST(!excelSerialDate("abc").has_value());
}
