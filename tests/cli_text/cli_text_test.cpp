// landdesk-cli words | area | date | id check | qr parse | number parse | name case: exit codes and exact output.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "support/run_process.h"

using landdesk::test::runProcess;
namespace bdata = boost::unit_test::data;

namespace {

struct Row {
  std::vector<std::string> args;
  int exitCode;
  std::string out;  // exact stdout when exitCode is 0
};
std::ostream& operator<<(std::ostream& os, const Row& r) {
  for (const auto& a : r.args) os << a << ' ';
  return os;
}

landdesk::test::ProcessResult cli(const std::vector<std::string>& args) {
  return runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "vi"}});
}

const std::vector<Row> kOk = {
    {{"words", "1250000000"}, 0, "một tỷ hai trăm năm mươi triệu\n"},
    {{"words", "24"}, 0, "hai mươi bốn\n"},
    {{"words", "21"}, 0, "hai mươi mốt\n"},
    {{"words", "0"}, 0, "không\n"},
    {{"words", "1001"}, 0, "một nghìn không trăm linh một\n"},
    {{"words", "1001", "--style", "south"}, 0, "một ngàn không trăm lẻ một\n"},
    {{"words", "105", "--style", "south"}, 0, "một trăm lẻ năm\n"},
    {{"words", "--style", "north", "105"}, 0, "một trăm linh năm\n"},
    {{"words", "1250000000", "--money"}, 0, "Một tỷ hai trăm năm mươi triệu đồng\n"},
    {{"words", "1250000000", "--money", "--chan"}, 0, "Một tỷ hai trăm năm mươi triệu đồng chẵn\n"},
    {{"words", "6250000", "--money", "--style", "south"}, 0, "Sáu triệu hai trăm năm mươi ngàn đồng\n"},
    {{"words", "999999999999999999"}, 0,
     "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ "
     "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín\n"},
    {{"words", "1.250.000.000"}, 0, "một tỷ hai trăm năm mươi triệu\n"},
    {{"area", "120,5"}, 0, "một trăm hai mươi phẩy năm mét vuông\n"},
    {{"area", "120,05"}, 0, "một trăm hai mươi phẩy không năm mét vuông\n"},
    {{"area", "120,55"}, 0, "một trăm hai mươi phẩy năm mươi lăm mét vuông\n"},
    {{"area", "105,4", "--style", "south"}, 0, "một trăm lẻ năm phẩy bốn mét vuông\n"},
    {{"date", "2026-02-05"}, 0, "ngày 05 tháng 02 năm 2026\n"},
    {{"date", "2026-03-05"}, 0, "ngày 05 tháng 3 năm 2026\n"},
    {{"date", "2026-11-15", "--words"}, 0, "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi sáu\n"},
    {{"date", "2026-02-05", "--place", "Xã Hải Lăng"}, 0, "Xã Hải Lăng, ngày 05 tháng 02 năm 2026\n"},
    {{"number", "parse", "1.250.000.000"}, 0, "1250000000\n"},
    {{"number", "parse", "1,5 tỷ"}, 0, "1500000000\n"},
    {{"number", "parse", "120,5"}, 0, "120.5\n"},
    {{"name", "case", "NGUYỄN VĂN AN"}, 0, "Nguyễn Văn An\n"},
    {{"name", "case", "nguyễn", "văn", "an"}, 0, "Nguyễn Văn An\n"},
    {{"id", "check", "001090012345", "--json"}, 0,
     "{\"valid\":true,\"kind\":\"cccd\",\"number\":\"001090012345\",\"province_code\":\"001\",\"province_name\":"
     "\"Hà Nội\",\"birth_year\":1990,\"sex\":\"Nam\",\"warnings\":[]}\n"},
    {{"qr", "parse",
      "049301166447|661827611|Vũ Thị Thanh Hân|05072001|Nữ|Thôn Hà Mỹ, Xã Duy Phước, Huyện Duy Xuyên, Tỉnh Quảng Nam|04032024"},
     0,
     "{\"id_number\":\"049301166447\",\"old_id_number\":\"661827611\",\"full_name\":\"Vũ Thị Thanh Hân\","
     "\"birth_date\":\"2001-07-05\",\"sex\":\"Nữ\",\"address\":\"Thôn Hà Mỹ, Xã Duy Phước, Huyện Duy Xuyên, Tỉnh "
     "Quảng Nam\",\"issue_date\":\"2024-03-04\",\"warnings\":[]}\n"},
    {{"qr", "parse", "001090012345||Nguyễn Văn A|01011990|Nam|Hà Nội|04102024||||"}, 0,
     "{\"id_number\":\"001090012345\",\"old_id_number\":\"\",\"full_name\":\"Nguyễn Văn A\",\"birth_date\":"
     "\"1990-01-01\",\"sex\":\"Nam\",\"address\":\"Hà Nội\",\"issue_date\":\"2024-10-04\",\"warnings\":[]}\n"},
};

struct BadRow {
  std::vector<std::string> args;
  int exitCode;
  std::string mention;  // the one-line reason on stderr must contain this
};
std::ostream& operator<<(std::ostream& os, const BadRow& r) {
  for (const auto& a : r.args) os << a << ' ';
  return os;
}

const std::vector<BadRow> kBad = {
    {{"words", "-5"}, 1, "âm"},
    {{"words", "1000000000000000000"}, 1, "quá lớn"},
    {{"words", "99999999999999999999999999"}, 1, "quá lớn"},
    {{"words", "abc"}, 1, "không hợp lệ"},
    {{"words", "12a"}, 1, "không hợp lệ"},
    {{"words", "1.250"}, 1, "Không rõ"},
    {{"words", "\xFF"}, 1, "UTF-8"},
    {{"words"}, 2, "cách dùng"},
    {{"words", "5", "--style", "east"}, 2, "--style"},
    {{"area", "-5"}, 1, "âm"},
    {{"area", "12x"}, 1, "không hợp lệ"},
    {{"date", "2026-02-31"}, 1, "2026-02-31"},
    {{"date", "31/02/2026"}, 1, "31/02/2026"},
    {{"date", "hôm nay"}, 1, "hôm nay"},
    {{"date", "2026-02-05", "2026-02-06"}, 2, "cách dùng"},
    {{"id", "check", "0010900123456"}, 1, "13 chữ số"},
    {{"id", "check", "003090012345"}, 1, "Mã tỉnh"},
    {{"id", "check", "001090012345", "--dob", "1991-01-01"}, 1, "Ngày sinh"},
    {{"id", "check", "001090012345", "--sex", "Nữ"}, 1, "Giới tính"},
    {{"id", "check", "001090012345", "--dob", "1990-02-31"}, 1, "--dob"},
    {{"id", "check", "001090012345", "--sex", "X"}, 1, "--sex"},
    {{"id", "check", "12ab"}, 1, "giấy tờ"},
    {{"qr", "parse", "001090012345|123456789|Nguyễn Văn A"}, 1, "3 trường"},
    {{"qr", "parse", "001090012345||Nguy\xFF|01011990|Nam|Hà Nội|15042021"}, 1, "UTF-8"},
    {{"qr", "parse", "001090012345||Nguyễn Văn A|31021990|Nam|Hà Nội|15042021"}, 1, "trường 4 (ngày sinh)"},
    {{"qr", "parse", "0010900123456||Nguyễn Văn A|01011990|Nam|Hà Nội|15042021"}, 1, "trường 1 (số CCCD)"},
    {{"number", "parse", "1,250"}, 1, "Không rõ"},
    {{"name", "case", "Nguyễn\x01Văn"}, 1, "họ và tên"},
    {{"name", "case", "<b>An</b>"}, 1, "họ và tên"},
    {{"name", "case", "Nguy\xC3"}, 1, "UTF-8"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_text)

BOOST_DATA_TEST_CASE(exact_output, bdata::make(kOk), row) {
  const auto r = cli(row.args);
  BOOST_TEST(r.exitCode == row.exitCode, r.err);
  BOOST_TEST(r.out == row.out);
  BOOST_TEST(r.err.empty());
}

BOOST_DATA_TEST_CASE(refusals_name_the_field, bdata::make(kBad), row) {
  const auto r = cli(row.args);
  BOOST_TEST(r.exitCode == row.exitCode);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err.starts_with("lỗi: "), r.err);
  BOOST_TEST(r.err.find(row.mention) != std::string::npos, r.err);
  BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1);  // one line
}

BOOST_AUTO_TEST_CASE(id_check_human_summary) {
  const auto r = cli({"id", "check", "001090012345", "--dob", "1990-01-01", "--sex", "Nam"});
  BOOST_TEST(r.exitCode == 0);
  BOOST_TEST(r.out ==
             "Hợp lệ: CCCD/Căn cước 001090012345\nNơi đăng ký khai sinh: Hà Nội (mã 001)\nNăm sinh theo số: 1990\n"
             "Giới tính theo số: Nam\nKhớp với ngày sinh và giới tính đã nhập\n");
}

BOOST_AUTO_TEST_CASE(english_messages_on_request) {
  const auto r = runProcess(LANDDESK_CLI, {"words", "-5"}, {{"LANDDESK_LANG", "en"}});
  BOOST_TEST(r.exitCode == 1);
  BOOST_TEST(r.err.starts_with("error: "), r.err);
}

BOOST_AUTO_TEST_SUITE_END()
