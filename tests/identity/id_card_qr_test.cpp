// The ID-card QR payload (legal-facts §6.2): the sixteen sample cards, the 2024 trailing fields, every error path.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "identity/id_card_qr.h"
#include "text/dates.h"

using namespace landdesk;
using namespace landdesk::identity;
namespace bdata = boost::unit_test::data;

namespace {

struct CardRow {
  std::string payload;
  std::string id, oldId, name, birth, sex, address, issue;  // as listed in the samples' expected.json
};
std::ostream& operator<<(std::ostream& os, const CardRow& r) { return os << r.id; }

// /work/shared/samples/cccd/expected.json: payload and the fields the card says, written there independently.
const std::vector<CardRow> kCards = {
    {"049301166447|661827611|Vũ Thị Thanh Hân|05072001|Nữ|Thôn Hà Mỹ, Xã Duy Phước, Huyện Duy Xuyên, Tỉnh Quảng Nam|04032024",
     "049301166447", "661827611", "Vũ Thị Thanh Hân", "2001-07-05", "Nữ",
     "Thôn Hà Mỹ, Xã Duy Phước, Huyện Duy Xuyên, Tỉnh Quảng Nam", "2024-03-04"},
    {"002304594712||Đặng Thị Mỹ Phượng|03042004|Nữ|Thôn Lô Lô Chải, Xã Lũng Cú, Huyện Đồng Văn, Tỉnh Hà Giang|26022022",
     "002304594712", "", "Đặng Thị Mỹ Phượng", "2004-04-03", "Nữ",
     "Thôn Lô Lô Chải, Xã Lũng Cú, Huyện Đồng Văn, Tỉnh Hà Giang", "2022-02-26"},
    {"031052042059|273677687|Âu Dương Quốc Quyết|23061952|Nam|Thôn Thắng Lợi, Xã Lại Xuân, Huyện Thủy Nguyên, Thành phố Hải Phòng|13012022",
     "031052042059", "273677687", "Âu Dương Quốc Quyết", "1952-06-23", "Nam",
     "Thôn Thắng Lợi, Xã Lại Xuân, Huyện Thủy Nguyên, Thành phố Hải Phòng", "2022-01-13"},
    {"031167080123|677691547|Đoàn Thị Mỹ Loan|19051967|Nữ|Thôn Phú Thứ, Xã Lại Xuân, Huyện Thủy Nguyên, Thành phố Hải Phòng|11032021",
     "031167080123", "677691547", "Đoàn Thị Mỹ Loan", "1967-05-19", "Nữ",
     "Thôn Phú Thứ, Xã Lại Xuân, Huyện Thủy Nguyên, Thành phố Hải Phòng", "2021-03-11"},
    {"034057175449||Võ Đăng Khánh|13091957|Nam|Thôn Tử Các, Xã Song Lãng, Huyện Vũ Thư, Tỉnh Thái Bình|14102022",
     "034057175449", "", "Võ Đăng Khánh", "1957-09-13", "Nam", "Thôn Tử Các, Xã Song Lãng, Huyện Vũ Thư, Tỉnh Thái Bình",
     "2022-10-14"},
    {"034078471974|232433304|Dương Hữu Đức|22041978|Nam|Thôn Lạc Chính, Xã Song Lãng, Huyện Vũ Thư, Tỉnh Thái Bình|11032024",
     "034078471974", "232433304", "Dương Hữu Đức", "1978-04-22", "Nam",
     "Thôn Lạc Chính, Xã Song Lãng, Huyện Vũ Thư, Tỉnh Thái Bình", "2024-03-11"},
    {"034174314488||Hồ Ngọc Nhung|25021974|Nữ|Thôn Tiên Bá, Xã Quang Trung, Huyện Kiến Xương, Tỉnh Thái Bình|14092021",
     "034174314488", "", "Hồ Ngọc Nhung", "1974-02-25", "Nữ",
     "Thôn Tiên Bá, Xã Quang Trung, Huyện Kiến Xương, Tỉnh Thái Bình", "2021-09-14"},
    {"038176942901||Hồ Thị Lệ Điệp|22011976|Nữ|Thôn Phú Xá, Xã Xuân Lập, Huyện Thọ Xuân, Tỉnh Thanh Hóa|20112023",
     "038176942901", "", "Hồ Thị Lệ Điệp", "1976-01-22", "Nữ", "Thôn Phú Xá, Xã Xuân Lập, Huyện Thọ Xuân, Tỉnh Thanh Hóa",
     "2023-11-20"},
    {"049300237981|555510298|Phan Thị Lệ Nhung|25122000|Nữ|Thôn Trà Đõa, Xã Duy Phước, Huyện Duy Xuyên, Tỉnh Quảng Nam|16122023",
     "049300237981", "555510298", "Phan Thị Lệ Nhung", "2000-12-25", "Nữ",
     "Thôn Trà Đõa, Xã Duy Phước, Huyện Duy Xuyên, Tỉnh Quảng Nam", "2023-12-16"},
    {"066097488280|765328360|Hoàng Đình Thắng|28081997|Nam|Thôn 7, Xã Ea Kênh, Huyện Krông Pắc, Tỉnh Đắk Lắk|30062022",
     "066097488280", "765328360", "Hoàng Đình Thắng", "1997-08-28", "Nam",
     "Thôn 7, Xã Ea Kênh, Huyện Krông Pắc, Tỉnh Đắk Lắk", "2022-06-30"},
    {"066167348622||Lý Thị Hồng Điệp|06111967|Nữ|Buôn Ea Kmar, Xã Ea Kênh, Huyện Krông Pắc, Tỉnh Đắk Lắk|25012022",
     "066167348622", "", "Lý Thị Hồng Điệp", "1967-11-06", "Nữ", "Buôn Ea Kmar, Xã Ea Kênh, Huyện Krông Pắc, Tỉnh Đắk Lắk",
     "2022-01-25"},
    {"066172468482|880843736|Dương Thị Mỹ Điệp|03061972|Nữ|Thôn 7, Xã Ea Kênh, Huyện Krông Pắc, Tỉnh Đắk Lắk|01112023",
     "066172468482", "880843736", "Dương Thị Mỹ Điệp", "1972-06-03", "Nữ", "Thôn 7, Xã Ea Kênh, Huyện Krông Pắc, Tỉnh Đắk Lắk",
     "2023-11-01"},
    {"092183697421||Ngô Thị Ánh|21101983|Nữ|Số 118/4 đường 30 Tháng 4, Phường Xuân Khánh, Quận Ninh Kiều, Thành phố Cần Thơ|21062021",
     "092183697421", "", "Ngô Thị Ánh", "1983-10-21", "Nữ",
     "Số 118/4 đường 30 Tháng 4, Phường Xuân Khánh, Quận Ninh Kiều, Thành phố Cần Thơ", "2021-06-21"},
    {"094079948772|829058290|Trần Văn Đức Huy|02071979|Nam|Ấp Đại Ân, Xã Đại Tâm, Huyện Mỹ Xuyên, Tỉnh Sóc Trăng|22042024",
     "094079948772", "829058290", "Trần Văn Đức Huy", "1979-07-02", "Nam", "Ấp Đại Ân, Xã Đại Tâm, Huyện Mỹ Xuyên, Tỉnh Sóc Trăng",
     "2024-04-22"},
    {"094155125229||Hoàng Thị Hồng Loan|12051955|Nữ|Ấp Đại Ân, Xã Đại Tâm, Huyện Mỹ Xuyên, Tỉnh Sóc Trăng|29112021",
     "094155125229", "", "Hoàng Thị Hồng Loan", "1955-05-12", "Nữ", "Ấp Đại Ân, Xã Đại Tâm, Huyện Mỹ Xuyên, Tỉnh Sóc Trăng",
     "2021-11-29"},
    {"002165271070|730531885|Kiều Ngọc Hạnh|12011965|Nữ|Thôn Thèn Pả, Xã Lũng Cú, Huyện Đồng Văn, Tỉnh Hà Giang|30042021",
     "002165271070", "730531885", "Kiều Ngọc Hạnh", "1965-01-12", "Nữ", "Thôn Thèn Pả, Xã Lũng Cú, Huyện Đồng Văn, Tỉnh Hà Giang",
     "2021-04-30"},
    // legal-facts §6.2 example shape
    {"001090012345|123456789|Nguyễn Văn A|01011990|Nam|Thôn X, xã Y, huyện Z, Hà Nội|15042021", "001090012345",
     "123456789", "Nguyễn Văn A", "1990-01-01", "Nam", "Thôn X, xã Y, huyện Z, Hà Nội", "2021-04-15"},
    // 2024 Thẻ căn cước: extra trailing empty fields
    {"001090012345||Nguyễn Văn A|01011990|Nam|Thôn X, xã Y, Hà Nội|04102024||||", "001090012345", "",
     "Nguyễn Văn A", "1990-01-01", "Nam", "Thôn X, xã Y, Hà Nội", "2024-10-04"},
    // scanner noise: CRLF at the end, spaces around fields, NFD name
    {"001090012345| |Nguye\xCC\x82\xCC\x83n  Văn A |01011990| Nam |Hà Nội|15042021\r\n", "001090012345", "",
     "Nguyễn Văn A", "1990-01-01", "Nam", "Hà Nội", "2021-04-15"},
    // sex written in lower case or decomposed
    {"001190012345||Trần Thị B|02021990|nữ|Hà Nội|15042021", "001190012345", "", "Trần Thị B", "1990-02-02", "Nữ",
     "Hà Nội", "2021-04-15"},
    {"001190012345||Trần Thị B|02021990|Nu\xCC\x9B\xCC\x83|Hà Nội|15042021", "001190012345", "", "Trần Thị B",
     "1990-02-02", "Nữ", "Hà Nội", "2021-04-15"},
    // a 12-digit old CMND in field 2
    {"001090012345|012345678901|Nguyễn Văn A|01011990|Nam|Hà Nội|15042021", "001090012345", "012345678901",
     "Nguyễn Văn A", "1990-01-01", "Nam", "Hà Nội", "2021-04-15"},
};

struct BadRow {
  std::string payload;
  std::string code;
  std::string fieldMention;  // what the Vietnamese message must name
};
std::ostream& operator<<(std::ostream& os, const BadRow& r) { return os << r.code << ": " << r.payload; }

const std::string kTail = "|Nguyễn Văn A|01011990|Nam|Hà Nội|15042021";

const std::vector<BadRow> kBad = {
    {"\xFF\xFE|x", "qr.invalid_utf8", "UTF-8"},
    {"001090012345||Nguy\xE1\xBB|01011990|Nam|Hà Nội|15042021", "qr.invalid_utf8", "UTF-8"},
    {"", "qr.empty", "trống"},
    {"  \r\n", "qr.empty", "trống"},
    {"001090012345|123456789|Nguyễn Văn A", "qr.too_few_fields", "3 trường"},
    {"001090012345||Nguyễn Văn A|01011990|Nam|Hà Nội", "qr.too_few_fields", "6 trường"},
    {"hello", "qr.too_few_fields", "1 trường"},
    {"https://example.com/?q=1", "qr.too_few_fields", "1 trường"},
    {"|123456789" + kTail, "qr.id_number", "trường 1 (số CCCD)"},
    {"0010900123456|" + kTail, "id.length", "trường 1 (số CCCD)"},
    {"ABC|" + kTail, "id.chars", "trường 1 (số CCCD)"},
    {"C1234567|" + kTail, "qr.id_number", "trường 1 (số CCCD)"},
    {"123456789|" + kTail, "qr.id_number", "trường 1 (số CCCD)"},
    {"003090012345|" + kTail, "id.province", "trường 1 (số CCCD)"},
    {"001490012345|" + kTail, "id.birth_year", "trường 1 (số CCCD)"},
    {"001090012345|12345" + kTail, "id.old_number", "trường 2 (số CMND cũ)"},
    {"001090012345|abcdefghi" + kTail, "id.old_number", "trường 2 (số CMND cũ)"},
    {"001090012345|||01011990|Nam|Hà Nội|15042021", "text.empty", "trường 3 (họ và tên)"},
    {"001090012345||<script>|01011990|Nam|Hà Nội|15042021", "text.markup", "trường 3 (họ và tên)"},
    {"001090012345||{ten}|01011990|Nam|Hà Nội|15042021", "text.markup", "trường 3 (họ và tên)"},
    {"001090012345||Nguyễn\x01Văn|01011990|Nam|Hà Nội|15042021", "text.control_char", "trường 3 (họ và tên)"},
    {"001090012345||Nguyễn Văn A||Nam|Hà Nội|15042021", "qr.birth_date", "trường 4 (ngày sinh)"},
    {"001090012345||Nguyễn Văn A|31021990|Nam|Hà Nội|15042021", "qr.birth_date", "trường 4 (ngày sinh)"},
    {"001090012345||Nguyễn Văn A|1990-01-01|Nam|Hà Nội|15042021", "qr.birth_date", "trường 4 (ngày sinh)"},
    {"001090012345||Nguyễn Văn A|0101199|Nam|Hà Nội|15042021", "qr.birth_date", "trường 4 (ngày sinh)"},
    {"001090012345||Nguyễn Văn A|01012999|Nam|Hà Nội|15042021", "qr.birth_date", "trường 4 (ngày sinh)"},
    {"001090012345||Nguyễn Văn A|01011990|X|Hà Nội|15042021", "qr.sex", "trường 5 (giới tính)"},
    {"001090012345||Nguyễn Văn A|01011990||Hà Nội|15042021", "qr.sex", "trường 5 (giới tính)"},
    {"001090012345||Nguyễn Văn A|01011990|Nam|Thôn <X>|15042021", "text.markup", "trường 6 (nơi thường trú)"},
    {"001090012345||Nguyễn Văn A|01011990|Nam|Thôn\tX|15042021", "text.control_char", "trường 6 (nơi thường trú)"},
    {"001090012345||Nguyễn Văn A|01011990|Nam|Hà Nội|", "qr.issue_date", "trường 7 (ngày cấp)"},
    {"001090012345||Nguyễn Văn A|01011990|Nam|Hà Nội|31022021", "qr.issue_date", "trường 7 (ngày cấp)"},
    {"001090012345||Nguyễn Văn A|01011990|Nam|Hà Nội|01011989", "qr.issue_date", "trường 7 (ngày cấp)"},
    {"001090012345||Nguyễn Văn A|01011990|Nam|Hà Nội|01012999", "qr.issue_date", "trường 7 (ngày cấp)"},
    {"001090012345||Nguyễn Văn A|01011991|Nam|Hà Nội|15042021", "id.dob_mismatch", "trường 1 (số CCCD)"},
    {"001090012345||Nguyễn Văn A|01012090|Nam|Hà Nội|15042021", "qr.birth_date", "trường 4 (ngày sinh)"},
    {"001200012345||Nguyễn Văn A|01011900|Nam|Hà Nội|15042021", "id.dob_mismatch", "trường 1 (số CCCD)"},
    {"001090012345||Nguyễn Văn A|01011990|Nữ|Hà Nội|15042021", "id.sex_mismatch", "trường 1 (số CCCD)"},
    {"001190012345||Trần Thị B|01011990|Nam|Hà Nội|15042021", "id.sex_mismatch", "trường 1 (số CCCD)"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(id_card_qr)

BOOST_DATA_TEST_CASE(parses_cards, bdata::make(kCards), row) {
  auto qr = parseIdCardQr(row.payload);
  BOOST_TEST_REQUIRE(qr.ok(), (qr.ok() ? std::string() : qr.error().en));
  BOOST_TEST(qr->idNumber == row.id);
  BOOST_TEST(qr->oldIdNumber == row.oldId);
  BOOST_TEST(qr->fullName == row.name);
  BOOST_TEST(isoDate(qr->birthDate) == row.birth);
  BOOST_TEST(std::string(model::sexLabel(qr->sex)) == row.sex);
  BOOST_TEST(qr->address == row.address);
  BOOST_TEST(isoDate(qr->issueDate) == row.issue);
  BOOST_TEST(qr->warnings.empty());
}

BOOST_DATA_TEST_CASE(precise_errors, bdata::make(kBad), row) {
  auto qr = parseIdCardQr(row.payload);
  BOOST_TEST_REQUIRE(!qr.ok());
  BOOST_TEST(qr.error().code == row.code);
  BOOST_TEST(qr.error().vi.find(row.fieldMention) != std::string::npos, qr.error().vi);
  BOOST_TEST(!qr.error().en.empty());
}

BOOST_AUTO_TEST_CASE(non_empty_extra_fields_are_ignored_with_a_warning) {
  auto qr = parseIdCardQr("001090012345||Nguyễn Văn A|01011990|Nam|Hà Nội|15042021|abc||x");
  BOOST_TEST_REQUIRE(qr.ok());
  BOOST_TEST(qr->warnings.size() == 1u);
  BOOST_TEST(qr->warnings[0].find("2 trường") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(empty_address_is_a_warning) {
  auto qr = parseIdCardQr("001090012345||Nguyễn Văn A|01011990|Nam||15042021");
  BOOST_TEST_REQUIRE(qr.ok());
  BOOST_TEST(qr->address.empty());
  BOOST_TEST(qr->warnings.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
