#include <boost/test/unit_test.hpp>

#include "text/unicode.h"

using namespace landdesk::text;

BOOST_AUTO_TEST_SUITE(unicode)

// "Nguyễn" spelled decomposed: e + combining circumflex + combining tilde.
const std::string kNguyenNfd = "Nguye\xCC\x82\xCC\x83n";

BOOST_AUTO_TEST_CASE(nfc_composes_decomposed_vietnamese) {
  BOOST_TEST(toNfc(kNguyenNfd) == "Nguyễn");
  BOOST_TEST(toNfc("Nguyễn") == "Nguyễn");
}

BOOST_AUTO_TEST_CASE(fold_removes_marks_and_maps_d_stroke) {
  BOOST_TEST(foldForSearch("Nguyễn Văn Đông") == "nguyen van dong");
  BOOST_TEST(foldForSearch(kNguyenNfd) == "nguyen");
  BOOST_TEST(foldForSearch("ĐẶNG THỊ ĐÀO") == "dang thi dao");
  BOOST_TEST(foldForSearch("Thửa đất số 12") == "thua dat so 12");
}

BOOST_AUTO_TEST_CASE(utf8_validation) {
  BOOST_TEST(isValidUtf8("Hà Nội"));
  BOOST_TEST(!isValidUtf8("H\xC3"));
  BOOST_TEST(!isValidUtf8("\xFF\xFE"));
}

BOOST_AUTO_TEST_SUITE_END()
