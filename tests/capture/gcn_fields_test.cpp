// GCN field extraction from OCR lines, without OCR: labels found despite mark noise, values never guessed.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "capture/gcn_fields.h"

using namespace landdesk::capture;

namespace {

// Lines of space-separated words, each line 40 px below the previous one, every word read with confidence 0.9.
std::vector<OcrLine> linesOf(const std::vector<std::string>& texts) {
  std::vector<OcrLine> lines;
  int y = 100;
  for (const std::string& t : texts) {
    OcrLine line;
    std::istringstream words(t);
    int x = 100;
    for (std::string w; words >> w; x += 20 * static_cast<int>(w.size()) + 15) {
      Box box{x, y, 20 * static_cast<int>(w.size()), 30};
      line.words.push_back({w, box, 0.9});
      line.box = unite(line.box, box);
    }
    lines.push_back(line);
    y += 40;
  }
  return lines;
}

std::string value(const std::vector<CapturedField>& fields, const std::string& key) {
  for (const CapturedField& f : fields)
    if (f.key == key) return f.value;
  return "<none>";
}

}  // namespace

BOOST_AUTO_TEST_CASE(labelled_items_are_read_and_missing_ones_left_out) {
  auto fields = extractGcnFields(linesOf({
      "1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:",
      "Ông: LÊ NGỌC TOÀN, năm sinh: 1993, CCCD số: 045093486665",
      "Địa chỉ thường trú: thôn Ba Nhất, xã Gio Hải, huyện Gio Linh",
      "2. Thông tin thửa đất:",
      "a) Thủa đất số: 1328; b) Tờ bản đồ số: 8;",
      "c) Địa chỉ: thôn Thủy Ba Hạ, xã Vĩnh Thủy,",
      "huyện Vĩnh Linh, tỉnh Quảng Trị",
      "d) Diện tích: 1.010,5 m2 (Bằng chữ: Một nghìn không trăm mười phẩy năm mét vuông)",
      "e) Mục đích sử dụng: Đất ở tại nông thôn (ONT): 100 m2; Đất trồng cây lâu năm (CLN): 910,5 m2",
      "ø) Thời hạn sử dụng: Đất ở: Lâu dài; Đất trồng cây lâu năm: đến ngày 01/07/2064",
      "Gio Linh, ngày 30 tháng 6 năm 2025",
      "TM. ỦY BAN NHÂN DÂN",
      "HUYỆN GIO LINH",
      "CHỦ TỊCH",
  }));
  BOOST_TEST(value(fields, "parcel_no") == "1328");  // as read: the reader re-reads numbers with a whitelist
  BOOST_TEST(value(fields, "address") == "thôn Thủy Ba Hạ, xã Vĩnh Thủy, huyện Vĩnh Linh, tỉnh Quảng Trị");
  BOOST_TEST(value(fields, "area_m2") == "1010.5");
  BOOST_TEST(value(fields, "purposes.0.code") == "ONT");
  BOOST_TEST(value(fields, "purposes.1.area_m2") == "910.5");
  BOOST_TEST(value(fields, "term") == "Đất ở: Lâu dài; Đất trồng cây lâu năm: đến ngày 01/07/2064");
  BOOST_TEST(value(fields, "owners.0.full_name") == "LÊ NGỌC TOÀN");
  BOOST_TEST(value(fields, "issue_date") == "2025-06-30");
  BOOST_TEST(value(fields, "issuer") == "ỦY BAN NHÂN DÂN HUYỆN GIO LINH");
  // Not printed, not guessed.
  BOOST_TEST(value(fields, "origin") == "<none>");
  BOOST_TEST(value(fields, "use_form") == "<none>");
  BOOST_TEST(value(fields, "register_no") == "<none>");
}

BOOST_AUTO_TEST_CASE(serial_is_taken_from_red_ink_lines_only_in_its_shape) {
  auto serial = findGcnSerial(linesOf({"UBND HUYEN", "AB 00626215"}));
  BOOST_REQUIRE(serial);
  BOOST_TEST(serial->value == "AB 00626215");
  BOOST_TEST(!findGcnSerial(linesOf({"số 12345", "ABC"})));
}
