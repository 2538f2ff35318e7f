// GCN serial shape and land-type codes (legal-facts §6.3).
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "identity/gcn_serial.h"
#include "identity/land_types.h"

using namespace landdesk::identity;
namespace bdata = boost::unit_test::data;

namespace {

struct SerialRow {
  std::string typed, normalised;
};
std::ostream& operator<<(std::ostream& os, const SerialRow& r) { return os << '"' << r.typed << '"'; }

// [A-ZĐ]{1,2} ?\d{6,8}: older forms 2 letters + 6 digits, the 2024 form 2 + 8, very old books 1 + 6.
const std::vector<SerialRow> kSerials = {
    {"ba685616", "BA 685616"},    {"BA 685616", "BA 685616"},   {"BA685616", "BA 685616"},
    {" am 143443 ", "AM 143443"}, {"AA 01695788", "AA 01695788"}, {"aa01695788", "AA 01695788"},
    {"A 123456", "A 123456"},     {"a123456", "A 123456"},      {"đa 123456", "ĐA 123456"},
    {"Đ 1234567", "Đ 1234567"},   {"BA 1234567", "BA 1234567"}, {"ĐĐ12345678", "ĐĐ 12345678"},
    {"Ba 685616", "BA 685616"},
};

const std::vector<std::string> kBadSerials = {
    "BA 12345", "BA 123456789", "ABC 123456", "123456", "BA  685616", "BA-685616", "", "B A685616",
    "BA 68561a", "\xFF", "BA", "BA 685616 X", "ƯA 123456",
};

struct TypeRow {
  std::string code, name;
};
std::ostream& operator<<(std::ostream& os, const TypeRow& r) { return os << r.code; }

const std::vector<TypeRow> kTypes = {
    {"ONT", "Đất ở tại nông thôn"},
    {"ODT", "Đất ở tại đô thị"},
    {"CLN", "Đất trồng cây lâu năm"},
    {"LUC", "Đất chuyên trồng lúa nước"},
    {"BHK", "Đất bằng trồng cây hằng năm khác"},
    {"NTS", "Đất nuôi trồng thủy sản"},
    {"RSX", "Đất rừng sản xuất"},
    {"ont", "Đất ở tại nông thôn"},
    {" cln ", "Đất trồng cây lâu năm"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(gcn_and_land_types)

BOOST_DATA_TEST_CASE(serial_normalised, bdata::make(kSerials), row) {
  auto s = normalizeGcnSerial(row.typed);
  BOOST_TEST_REQUIRE(s.ok());
  BOOST_TEST(*s == row.normalised);
}

BOOST_DATA_TEST_CASE(serial_refused, bdata::make(kBadSerials), typed) {
  auto s = normalizeGcnSerial(typed);
  BOOST_TEST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().code == "gcn.serial");
  BOOST_TEST(s.error().vi.find("seri") != std::string::npos);
}

BOOST_DATA_TEST_CASE(land_type_lookup, bdata::make(kTypes), row) {
  auto t = findLandType(row.code);
  BOOST_TEST_REQUIRE(t.has_value());
  BOOST_TEST(std::string(t->name) == row.name);
}

BOOST_AUTO_TEST_CASE(unknown_land_types) {
  for (const std::string code : {"XYZ", "", "ON", "ONTX", "Ở"}) BOOST_TEST(!findLandType(code).has_value());
}

BOOST_AUTO_TEST_CASE(land_type_table_is_well_formed) {
  std::set<std::string_view> seen;
  for (const LandType& t : landTypes()) {
    BOOST_TEST(t.code.size() == 3u);
    for (char c : t.code) BOOST_TEST((c >= 'A' && c <= 'Z'));
    BOOST_TEST(seen.insert(t.code).second, "duplicate " << t.code);
    BOOST_TEST((t.name.starts_with("Đất") || t.name.starts_with("Núi")));
  }
  BOOST_TEST(landTypes().size() >= 40u);
}

BOOST_AUTO_TEST_SUITE_END()
