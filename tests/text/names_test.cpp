// Names: proper case and upper case with ICU, "Ông"/"Bà", and the input-boundary cleaning (issue 3 "Bad input").
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "text/names.h"
#include "text/unicode.h"

using namespace landdesk;
using namespace landdesk::text;
namespace bdata = boost::unit_test::data;

namespace {

struct CaseRow {
  std::string in, out;
};
std::ostream& operator<<(std::ostream& os, const CaseRow& r) { return os << r.in << " -> " << r.out; }

const std::vector<CaseRow> kProper = {
    {"NGUYỄN VĂN AN", "Nguyễn Văn An"},
    {"nguyễn văn an", "Nguyễn Văn An"},
    {"nGUYỄN vĂN aN", "Nguyễn Văn An"},
    {"đặng thị đào", "Đặng Thị Đào"},
    {"ĐẶNG THỊ ĐÀO", "Đặng Thị Đào"},
    {"ÂU DƯƠNG QUỐC QUYẾT", "Âu Dương Quốc Quyết"},
    {"lê thị ánh tuyết", "Lê Thị Ánh Tuyết"},
    {"TRẦN VĂN ĐỨC HUY", "Trần Văn Đức Huy"},
    {"Y BIH NIÊ", "Y Bih Niê"},
    {"ỨNG ƯU ƠN", "Ứng Ưu Ơn"},
    {"NGUYE\xCC\x82\xCC\x83N VĂN AN", "Nguyễn Văn An"},  // NFD in, NFC out
};

const std::vector<CaseRow> kUpper = {
    {"Nguyễn Văn An", "NGUYỄN VĂN AN"},
    {"đặng thị đào", "ĐẶNG THỊ ĐÀO"},
    {"Vũ Thị Thanh Hân", "VŨ THỊ THANH HÂN"},
    {"ơ ư ă â ê ô", "Ơ Ư Ă Â Ê Ô"},
    {"Xã Hải Lăng", "XÃ HẢI LĂNG"},
    {"Nguye\xCC\x82\xCC\x83n", "NGUYỄN"},
};

// Names as printed on the sample cards (tests/… samples, legal-facts §6.2): upper case and back is the identity.
const std::vector<std::string> kCardNames = {
    "Vũ Thị Thanh Hân", "Đặng Thị Mỹ Phượng", "Âu Dương Quốc Quyết", "Đoàn Thị Mỹ Loan", "Võ Đăng Khánh",
    "Dương Hữu Đức",    "Hồ Ngọc Nhung",      "Hồ Thị Lệ Điệp",      "Phan Thị Lệ Nhung", "Hoàng Đình Thắng",
    "Lý Thị Hồng Điệp", "Dương Thị Mỹ Điệp",  "Ngô Thị Ánh",         "Trần Văn Đức Huy", "Hoàng Thị Hồng Loan",
    "Kiều Ngọc Hạnh",
};

const std::vector<CaseRow> kCleanOk = {
    {"  Nguyễn   Văn  An ", "Nguyễn Văn An"},
    {"Nguyễn Văn An", "Nguyễn Văn An"},
    {"Nguye\xCC\x82\xCC\x83n Văn An", "Nguyễn Văn An"},
    {"Nguyễn\xC2\xA0Văn", "Nguyễn Văn"},        // no-break space collapses like a space
    {"Nguyễn\xE3\x80\x80Văn", "Nguyễn Văn"},    // ideographic space
    {"Đặng Thị Đào", "Đặng Thị Đào"},
    {"O'Neil Trần", "O'Neil Trần"},
};

struct RefuseRow {
  std::string in, code;
};
std::ostream& operator<<(std::ostream& os, const RefuseRow& r) { return os << r.code; }

const std::vector<RefuseRow> kCleanRefused = {
    {"", "text.empty"},
    {"   ", "text.empty"},
    {"\xC2\xA0", "text.empty"},
    {"Nguyễn\x01" "An", "text.control_char"},
    {"Nguyễn\tVăn", "text.control_char"},
    {"Nguyễn\nVăn", "text.control_char"},
    {"Nguyễn Văn An\r", "text.control_char"},
    {"An\x7f", "text.control_char"},
    {"An\xC2\x85", "text.control_char"},        // C1 control (NEL)
    {"Nguyễn\xE2\x80\x8BVăn", "text.control_char"},  // zero-width space
    {"\xEF\xBB\xBFNguyễn", "text.control_char"},     // byte-order mark
    {"<b>An</b>", "text.markup"},
    {"{name}", "text.markup"},
    {"An>", "text.markup"},
    {"Nguyễn {#loop}", "text.markup"},
    {"\xC3\x28", "text.invalid_utf8"},
    {"Nguy\xE1\xBB", "text.invalid_utf8"},
    {"\xFF\xFE" "An", "text.invalid_utf8"},
    {"\xED\xA0\x80", "text.invalid_utf8"},           // UTF-16 surrogate encoded in UTF-8
};

}  // namespace

BOOST_AUTO_TEST_SUITE(names)

BOOST_DATA_TEST_CASE(proper_case, bdata::make(kProper), row) { BOOST_TEST(properNameCase(row.in) == row.out); }

BOOST_DATA_TEST_CASE(upper_case, bdata::make(kUpper), row) { BOOST_TEST(upperCase(row.in) == row.out); }

BOOST_DATA_TEST_CASE(card_names_round_trip, bdata::make(kCardNames), name) {
  BOOST_TEST(properNameCase(upperCase(name)) == name);
  BOOST_TEST(foldForSearch(upperCase(name)) == foldForSearch(name));
}

BOOST_AUTO_TEST_CASE(capitalize_first_letter_only) {
  BOOST_TEST(capitalizeFirst("một tỷ đồng") == "Một tỷ đồng");
  BOOST_TEST(capitalizeFirst("đồng") == "Đồng");
  BOOST_TEST(capitalizeFirst("ất") == "Ất");
  BOOST_TEST(capitalizeFirst("") == "");
  BOOST_TEST(capitalizeFirst("Ba") == "Ba");
}

BOOST_AUTO_TEST_CASE(honorific_from_sex) {
  BOOST_TEST(honorific(model::Sex::Male) == "Ông");
  BOOST_TEST(honorific(model::Sex::Female) == "Bà");
}

BOOST_DATA_TEST_CASE(clean_name_accepts, bdata::make(kCleanOk), row) {
  auto n = cleanName(row.in);
  BOOST_TEST_REQUIRE(n.ok());
  BOOST_TEST(*n == row.out);
}

BOOST_DATA_TEST_CASE(clean_name_refuses, bdata::make(kCleanRefused), row) {
  auto n = cleanName(row.in);
  BOOST_TEST_REQUIRE(!n.ok());
  BOOST_TEST(n.error().code == row.code);
  BOOST_TEST(n.error().vi.find("họ và tên") != std::string::npos);  // the field is named
  BOOST_TEST(n.error().en.find("full name") != std::string::npos);
  BOOST_TEST(isValidUtf8(n.error().vi));  // never echoes broken bytes
}

BOOST_AUTO_TEST_CASE(clean_field_names_the_given_field) {
  auto a = cleanField("Thôn <X>", "nơi thường trú", "address");
  BOOST_TEST_REQUIRE(!a.ok());
  BOOST_TEST(a.error().vi.find("nơi thường trú") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
