// Areas in words (legal-facts §7.2): "phẩy" for the decimal comma, written zeros after it spoken.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <limits>
#include <ostream>
#include <string>
#include <vector>

#include "text/area_words.h"

using namespace landdesk;
using namespace landdesk::text;
namespace bdata = boost::unit_test::data;

namespace {

struct Row {
  std::string typed;  // Vietnamese notation: dot for thousands, comma for the decimal
  bool south;
  std::string words;
};
std::ostream& operator<<(std::ostream& os, const Row& r) { return os << r.typed << " -> " << r.words; }

const std::vector<Row> kRows = {
    {"120,5", false, "một trăm hai mươi phẩy năm mét vuông"},
    {"120,05", false, "một trăm hai mươi phẩy không năm mét vuông"},
    {"120,55", false, "một trăm hai mươi phẩy năm mươi lăm mét vuông"},
    {"120", false, "một trăm hai mươi mét vuông"},
    {"100", false, "một trăm mét vuông"},
    {"0,5", false, "không phẩy năm mét vuông"},
    {"20,5", false, "hai mươi phẩy năm mét vuông"},
    {"100,0", false, "một trăm phẩy không mét vuông"},
    {"105,4", false, "một trăm linh năm phẩy bốn mét vuông"},
    {"105,4", true, "một trăm lẻ năm phẩy bốn mét vuông"},
    {"1.500,25", false, "một nghìn năm trăm phẩy hai mươi lăm mét vuông"},
    {"1.500,25", true, "một ngàn năm trăm phẩy hai mươi lăm mét vuông"},
    {"120,50", false, "một trăm hai mươi phẩy năm mươi mét vuông"},
    {"120,005", false, "một trăm hai mươi phẩy không không năm mét vuông"},
    {"0,125", false, "không phẩy một trăm hai mươi lăm mét vuông"},
    {"1234,105", false, "một nghìn hai trăm ba mươi bốn phẩy một trăm linh năm mét vuông"},
    {"1234,105", true, "một ngàn hai trăm ba mươi bốn phẩy một trăm lẻ năm mét vuông"},
    {"120,1234", false, "một trăm hai mươi phẩy một hai ba bốn mét vuông"},
    {"0,0012", false, "không phẩy không không mười hai mét vuông"},
    {"21,21", false, "hai mươi mốt phẩy hai mươi mốt mét vuông"},
    {"15,15", false, "mười lăm phẩy mười lăm mét vuông"},
    {"11,01", false, "mười một phẩy không một mét vuông"},
    {"10.000", false, "mười nghìn mét vuông"},
    {"1.000.000", false, "một triệu mét vuông"},
    {"305,8", false, "ba trăm linh năm phẩy tám mét vuông"},
    {"45,0", false, "bốn mươi lăm phẩy không mét vuông"},
    {"2.050,75", false, "hai nghìn không trăm năm mươi phẩy bảy mươi lăm mét vuông"},
    {"0", false, "không mét vuông"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(area_words)

BOOST_DATA_TEST_CASE(reads_areas, bdata::make(kRows), row) {
  // Through the canonical form, so these rows do not depend on parseDecimal (which refuses "120,005" as ambiguous).
  std::string canonical;
  for (char c : row.typed)
    if (c != '.') canonical += c == ',' ? '.' : c;
  auto d = Decimal::fromCanonical(canonical);
  BOOST_TEST_REQUIRE(d.has_value());
  auto words = areaWords(*d, row.south ? WordsStyle::south() : WordsStyle::north());
  BOOST_TEST_REQUIRE(words.ok());
  BOOST_TEST(*words == row.words);
}

BOOST_AUTO_TEST_CASE(tu_style_reaches_both_sides_of_the_comma) {
  WordsStyle s;
  s.tu = true;
  BOOST_TEST(*areaWords(Decimal(2424, 2), s) == "hai mươi tư phẩy hai mươi tư mét vuông");
}

BOOST_AUTO_TEST_CASE(refuses_negative_area) {
  auto w = areaWords(Decimal(-1205, 1));
  BOOST_TEST_REQUIRE(!w.ok());
  BOOST_TEST(w.error().code == "words.negative");
  BOOST_TEST(w.error().vi.find("diện tích") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_area_beyond_words_range) {
  auto w = areaWords(Decimal(std::numeric_limits<int64_t>::max(), 0));
  BOOST_TEST_REQUIRE(!w.ok());
  BOOST_TEST(w.error().code == "words.out_of_range");
}

BOOST_AUTO_TEST_SUITE_END()
