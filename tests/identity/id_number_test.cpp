// ID numbers, from legal-facts §6.1 (PPP G YY NNNNNN, the province table) and §6.2 (old CMND), every error path.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "identity/id_number.h"
#include "identity/provinces.h"

using namespace landdesk;
using namespace landdesk::identity;
using namespace std::chrono;
namespace bdata = boost::unit_test::data;

namespace {

year_month_day ymd(int y, unsigned m, unsigned d) { return year_month_day{year{y}, month{m}, day{d}}; }

struct ProvinceRow {
  std::string code, name;
};
std::ostream& operator<<(std::ostream& os, const ProvinceRow& r) { return os << r.code << ' ' << r.name; }

// legal-facts §6.1, copied row by row.
const std::vector<ProvinceRow> kProvinces = {
    {"001", "Hà Nội"}, {"002", "Hà Giang"}, {"004", "Cao Bằng"}, {"006", "Bắc Kạn"}, {"008", "Tuyên Quang"},
    {"010", "Lào Cai"}, {"011", "Điện Biên"}, {"012", "Lai Châu"}, {"014", "Sơn La"}, {"015", "Yên Bái"},
    {"017", "Hòa Bình"}, {"019", "Thái Nguyên"}, {"020", "Lạng Sơn"}, {"022", "Quảng Ninh"}, {"024", "Bắc Giang"},
    {"025", "Phú Thọ"}, {"026", "Vĩnh Phúc"}, {"027", "Bắc Ninh"}, {"030", "Hải Dương"}, {"031", "Hải Phòng"},
    {"033", "Hưng Yên"}, {"034", "Thái Bình"}, {"035", "Hà Nam"}, {"036", "Nam Định"}, {"037", "Ninh Bình"},
    {"038", "Thanh Hóa"}, {"040", "Nghệ An"}, {"042", "Hà Tĩnh"}, {"044", "Quảng Bình"}, {"045", "Quảng Trị"},
    {"046", "Thừa Thiên Huế"}, {"048", "Đà Nẵng"}, {"049", "Quảng Nam"}, {"051", "Quảng Ngãi"}, {"052", "Bình Định"},
    {"054", "Phú Yên"}, {"056", "Khánh Hòa"}, {"058", "Ninh Thuận"}, {"060", "Bình Thuận"}, {"062", "Kon Tum"},
    {"064", "Gia Lai"}, {"066", "Đắk Lắk"}, {"067", "Đắk Nông"}, {"068", "Lâm Đồng"}, {"070", "Bình Phước"},
    {"072", "Tây Ninh"}, {"074", "Bình Dương"}, {"075", "Đồng Nai"}, {"077", "Bà Rịa–Vũng Tàu"},
    {"079", "TP Hồ Chí Minh"}, {"080", "Long An"}, {"082", "Tiền Giang"}, {"083", "Bến Tre"}, {"084", "Trà Vinh"},
    {"086", "Vĩnh Long"}, {"087", "Đồng Tháp"}, {"089", "An Giang"}, {"091", "Kiên Giang"}, {"092", "Cần Thơ"},
    {"093", "Hậu Giang"}, {"094", "Sóc Trăng"}, {"095", "Bạc Liêu"}, {"096", "Cà Mau"},
};

// Codes between and beyond the table's.
const std::vector<std::string> kUnknownProvinces = {"000", "003", "005", "007", "009", "013", "016", "018", "021",
                                                    "023", "028", "029", "032", "039", "041", "043", "047", "050",
                                                    "053", "055", "057", "059", "061", "063", "065", "069", "071",
                                                    "073", "076", "078", "081", "085", "088", "090", "097", "099",
                                                    "100", "999"};

struct CccdRow {
  std::string number;
  int birthYear;
  model::Sex sex;
  std::string province;
};
std::ostream& operator<<(std::ostream& os, const CccdRow& r) { return os << r.number; }

// G = century and sex: 0/1 1900s, 2/3 2000s; even male, odd female. The first rows are the sample cards'
// numbers with the birth year and sex printed on them (/work/shared/samples/cccd/expected.json).
const std::vector<CccdRow> kCccd = {
    {"049301166447", 2001, model::Sex::Female, "Quảng Nam"},
    {"002304594712", 2004, model::Sex::Female, "Hà Giang"},
    {"031052042059", 1952, model::Sex::Male, "Hải Phòng"},
    {"031167080123", 1967, model::Sex::Female, "Hải Phòng"},
    {"034057175449", 1957, model::Sex::Male, "Thái Bình"},
    {"034078471974", 1978, model::Sex::Male, "Thái Bình"},
    {"034174314488", 1974, model::Sex::Female, "Thái Bình"},
    {"038176942901", 1976, model::Sex::Female, "Thanh Hóa"},
    {"049300237981", 2000, model::Sex::Female, "Quảng Nam"},
    {"066097488280", 1997, model::Sex::Male, "Đắk Lắk"},
    {"066167348622", 1967, model::Sex::Female, "Đắk Lắk"},
    {"066172468482", 1972, model::Sex::Female, "Đắk Lắk"},
    {"092183697421", 1983, model::Sex::Female, "Cần Thơ"},
    {"094079948772", 1979, model::Sex::Male, "Sóc Trăng"},
    {"094155125229", 1955, model::Sex::Female, "Sóc Trăng"},
    {"002165271070", 1965, model::Sex::Female, "Hà Giang"},
    {"001090012345", 1990, model::Sex::Male, "Hà Nội"},  // legal-facts §6.2 example
    {"001190012345", 1990, model::Sex::Female, "Hà Nội"},
    {"001200012345", 2000, model::Sex::Male, "Hà Nội"},
    {"001305012345", 2005, model::Sex::Female, "Hà Nội"},
    {"044085012345", 1985, model::Sex::Male, "Quảng Bình"},
    {"045185012345", 1985, model::Sex::Female, "Quảng Trị"},
    {"096000000001", 1900, model::Sex::Male, "Cà Mau"},
    {"079199999999", 1999, model::Sex::Female, "TP Hồ Chí Minh"},
    {"079224000000", 2024, model::Sex::Male, "TP Hồ Chí Minh"},
};

struct RefuseRow {
  std::string number;
  std::string code;
};
std::ostream& operator<<(std::ostream& os, const RefuseRow& r) { return os << '"' << r.number << "\" " << r.code; }

const std::vector<RefuseRow> kRefused = {
    {"0010900123456", "id.length"},   // 13 digits
    {"00109001234", "id.length"},     // 11
    {"0010900123", "id.length"},      // 10
    {"12345678", "id.length"},        // 8
    {"1", "id.length"},
    {"001090012345001090012345", "id.length"},
    {"", "id.empty"},
    {"   ", "id.empty"},
    {"C123", "id.chars"},             // too short for a passport
    {"123ABC456", "id.chars"},
    {"CCC1234567", "id.chars"},       // three letters
    {"C123456789", "id.chars"},       // nine digits
    {"001-090-012345", "id.chars"},
    {"\xFF\xFE", "id.chars"},
    {"Đ1234567", "id.chars"},
    {"00109001234O", "id.chars"},     // letter O for zero
    {"001490012345", "id.birth_year"},  // G=4: born 2190
    {"001999012345", "id.birth_year"},  // G=9: born 2399
    {"001299012345", "id.birth_year"},  // G=2: born 2099
    {"001650012345", "id.birth_year"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(id_number)

BOOST_DATA_TEST_CASE(province_table, bdata::make(kProvinces), row) {
  auto name = provinceName(row.code);
  BOOST_TEST_REQUIRE(name.has_value());
  BOOST_TEST(std::string(*name) == row.name);
  auto info = checkIdNumber(row.code + "090012345");
  BOOST_TEST_REQUIRE(info.ok());
  BOOST_TEST(info->provinceCode == row.code);
  BOOST_TEST(info->provinceName == row.name);
}

BOOST_DATA_TEST_CASE(unknown_province_refused, bdata::make(kUnknownProvinces), code) {
  BOOST_TEST(!provinceName(code).has_value());
  auto info = checkIdNumber(code + "090012345");
  BOOST_TEST_REQUIRE(!info.ok());
  BOOST_TEST(info.error().code == "id.province");
  BOOST_TEST(info.error().vi.find(code) != std::string::npos);
}

BOOST_DATA_TEST_CASE(cccd_valid_and_consistent, bdata::make(kCccd), row) {
  auto info = checkIdNumber(row.number);
  BOOST_TEST_REQUIRE(info.ok());
  BOOST_TEST((info->kind == IdKind::Cccd));
  BOOST_TEST(info->number == row.number);
  BOOST_TEST(*info->birthYear == row.birthYear);
  BOOST_TEST((*info->sex == row.sex));
  BOOST_TEST(info->provinceName == row.province);
  BOOST_TEST(info->warnings.empty());
  // With the card's own birth date and sex it still passes.
  BOOST_TEST(checkIdNumber(row.number, ymd(row.birthYear, 6, 15), row.sex).ok());
  // A year off, or the other sex, is an error naming the field.
  auto wrongYear = checkIdNumber(row.number, ymd(row.birthYear + 1, 6, 15), row.sex);
  BOOST_TEST_REQUIRE(!wrongYear.ok());
  BOOST_TEST(wrongYear.error().code == "id.dob_mismatch");
  BOOST_TEST(wrongYear.error().vi.find("ngày sinh") != std::string::npos);
  auto wrongCentury = checkIdNumber(row.number, ymd(row.birthYear - 100, 6, 15));
  BOOST_TEST_REQUIRE(!wrongCentury.ok());
  BOOST_TEST(wrongCentury.error().code == "id.dob_mismatch");
  const model::Sex other = row.sex == model::Sex::Male ? model::Sex::Female : model::Sex::Male;
  auto wrongSex = checkIdNumber(row.number, std::nullopt, other);
  BOOST_TEST_REQUIRE(!wrongSex.ok());
  BOOST_TEST(wrongSex.error().code == "id.sex_mismatch");
  BOOST_TEST(wrongSex.error().vi.find("Giới tính") != std::string::npos);
}

BOOST_DATA_TEST_CASE(refused_numbers, bdata::make(kRefused), row) {
  auto info = checkIdNumber(row.number);
  BOOST_TEST_REQUIRE(!info.ok());
  BOOST_TEST(info.error().code == row.code);
  BOOST_TEST(info.error().vi.find("giấy tờ") != std::string::npos);  // the field is named
  BOOST_TEST(!info.error().en.empty());
}

BOOST_AUTO_TEST_CASE(spaces_and_dots_between_groups_are_ignored) {
  auto info = checkIdNumber(" 001 090 012345 ");
  BOOST_TEST_REQUIRE(info.ok());
  BOOST_TEST(info->number == "001090012345");
  BOOST_TEST(checkIdNumber("001.090.012345").ok());
}

BOOST_AUTO_TEST_CASE(old_cmnd_nine_digits_with_warning) {
  auto info = checkIdNumber("123456789");
  BOOST_TEST_REQUIRE(info.ok());
  BOOST_TEST((info->kind == IdKind::Cmnd9));
  BOOST_TEST(info->warnings.size() == 1u);
  BOOST_TEST(!info->birthYear.has_value());
  BOOST_TEST(!info->sex.has_value());
}

struct PassportRow {
  std::string typed, number;
  bool vietnameseShape;
};
std::ostream& operator<<(std::ostream& os, const PassportRow& r) { return os << r.typed; }

const std::vector<PassportRow> kPassports = {
    {"C1234567", "C1234567", true}, {"b1234567", "B1234567", true}, {"N1234567", "N1234567", true},
    {"P 0012345", "P0012345", true}, {"AB123456", "AB123456", false}, {"E123456", "E123456", false},
    {"K12345678", "K12345678", false},
};

BOOST_DATA_TEST_CASE(passport_by_shape, bdata::make(kPassports), row) {
  auto info = checkIdNumber(row.typed);
  BOOST_TEST_REQUIRE(info.ok());
  BOOST_TEST((info->kind == IdKind::Passport));
  BOOST_TEST(info->number == row.number);
  BOOST_TEST(info->warnings.empty() == row.vietnameseShape);
}

BOOST_AUTO_TEST_CASE(old_number_field) {
  BOOST_TEST((checkOldIdNumber("123456789")->kind == IdKind::Cmnd9));
  BOOST_TEST((checkOldIdNumber("012345678901")->kind == IdKind::Cmnd12));
  for (const std::string bad : {"12345678", "abc", "", "1234567890", "0123456789012"}) {
    auto r = checkOldIdNumber(bad);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().code == "id.old_number");
  }
}

BOOST_AUTO_TEST_CASE(kind_labels) {
  BOOST_TEST(idKindCode(IdKind::Cccd) == "cccd");
  BOOST_TEST(idKindCode(IdKind::Passport) == "passport");
  BOOST_TEST(idKindLabel(IdKind::Cmnd9) == "CMND 9 số");
}

BOOST_AUTO_TEST_SUITE_END()
