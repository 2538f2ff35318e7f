// The XLSX writer's package: the parts a spreadsheet needs, numbers as numbers, text escaped, merges and styles,
// read back with Poco::Zip and libxml2 (never string matching on the zip bytes).
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <sstream>

#include "reports/xlsx_writer.h"

using namespace landdesk;
using namespace landdesk::reports;

namespace {

std::map<std::string, std::string> unzip(const std::string& bytes) {
  std::istringstream in(bytes);
  Poco::Zip::ZipArchive archive(in);
  std::map<std::string, std::string> parts;
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    std::istringstream again(bytes);
    Poco::Zip::ZipInputStream zin(again, it->second);
    std::ostringstream data;
    data << zin.rdbuf();
    parts[it->first] = data.str();
  }
  return parts;
}

// Values of an XPath over a part, with the spreadsheet namespace bound to "s".
std::vector<std::string> xpath(const std::string& xml, const std::string& expr) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", "UTF-8", XML_PARSE_NONET);
  BOOST_REQUIRE_MESSAGE(doc, "the part is not well-formed XML");
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathRegisterNs(ctx, BAD_CAST "s", BAD_CAST "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
  xmlXPathObjectPtr result = xmlXPathEvalExpression(BAD_CAST expr.c_str(), ctx);
  std::vector<std::string> out;
  if (result && result->nodesetval)
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlChar* content = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
      out.emplace_back(content ? reinterpret_cast<const char*>(content) : "");
      xmlFree(content);
    }
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(ctx);
  xmlFreeDoc(doc);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_writer)

BOOST_AUTO_TEST_CASE(cell_references) {
  BOOST_TEST(cellReference(0, 0) == "A1");
  BOOST_TEST(cellReference(9, 12) == "M10");
  BOOST_TEST(cellReference(0, 25) == "Z1");
  BOOST_TEST(cellReference(4, 26) == "AA5");
  BOOST_TEST(cellReference(0, 27) == "AB1");
  BOOST_TEST(cellReference(99, 701) == "ZZ100");
  BOOST_TEST(cellReference(0, 702) == "AAA1");
}

BOOST_AUTO_TEST_CASE(package_parts_numbers_text_and_merges) {
  XlsxSheet sheet("Báo cáo [tháng]: 3/2026 with a name longer than thirty-one bytes");
  sheet.setColumnWidths({5, 20});
  sheet.addRow({XlsxCell("Tiêu đề & <đầu> \"bảng\"", CellStyle::Title), XlsxCell::empty(CellStyle::Title)});
  sheet.merge(0, 0, 0, 1);
  sheet.addRow({XlsxCell(int64_t{1234567}), XlsxCell("Đặng\x01Văn\tĐông")}, 22);
  sheet.addRow({XlsxCell(int64_t{-5}, CellStyle::TotalNumber), XlsxCell(" lề ")});
  sheet.repeatRows(0, 1);
  std::ostringstream out;
  writeXlsx(out, {sheet, XlsxSheet("Hai")});
  auto parts = unzip(out.str());

  for (const char* name : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                           "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"})
    BOOST_TEST(parts.count(name) == 1u, name);

  const std::string& s1 = parts["xl/worksheets/sheet1.xml"];
  // Numbers are <v> values without a type (so the sheet can sum them), text is inline.
  BOOST_TEST(xpath(s1, "//s:c[@r='A2']/s:v") == std::vector<std::string>{"1234567"});
  BOOST_TEST(xpath(s1, "//s:c[@r='A2']/@t").empty());
  BOOST_TEST(xpath(s1, "//s:c[@r='A3']/s:v") == std::vector<std::string>{"-5"});
  BOOST_TEST(xpath(s1, "//s:c[@r='A1']/@t") == std::vector<std::string>{"inlineStr"});
  BOOST_TEST(xpath(s1, "//s:c[@r='A1']/s:is/s:t") == std::vector<std::string>{"Tiêu đề & <đầu> \"bảng\""});
  // A control character is dropped, a tab kept; leading/trailing spaces are preserved.
  BOOST_TEST(xpath(s1, "//s:c[@r='B2']/s:is/s:t") == std::vector<std::string>{"ĐặngVăn\tĐông"});
  BOOST_TEST(xpath(s1, "//s:c[@r='B3']/s:is/s:t") == std::vector<std::string>{" lề "});
  BOOST_TEST(xpath(s1, "//s:mergeCell/@ref") == std::vector<std::string>{"A1:B1"});
  BOOST_TEST(xpath(s1, "//s:row[@r='2']/@ht") == std::vector<std::string>{"22"});
  BOOST_TEST(xpath(s1, "//s:col/@width") == (std::vector<std::string>{"5", "20"}));
  BOOST_TEST(xpath(s1, "//s:c[@r='A3']/@s") ==
             std::vector<std::string>{std::to_string(static_cast<int>(CellStyle::TotalNumber))});

  // Every style a cell names exists in styles.xml.
  const auto xfs = xpath(parts["xl/styles.xml"], "//s:cellXfs/s:xf");
  BOOST_TEST(xfs.size() == static_cast<size_t>(CellStyle::ColumnNumber) + 1);
  BOOST_TEST(xpath(parts["xl/styles.xml"], "//s:cellXfs/@count") == std::vector<std::string>{std::to_string(xfs.size())});

  // Sheet names lose the characters Excel refuses and stay within 31 bytes; print titles refer to the sheet.
  const auto names = xpath(parts["xl/workbook.xml"], "//s:sheet/@name");
  BOOST_REQUIRE_EQUAL(names.size(), 2u);
  BOOST_TEST(names[0].find_first_of("[]:*?/\\") == std::string::npos);
  BOOST_TEST(names[0].size() <= 31u);
  BOOST_TEST(names[1] == "Hai");
  const auto titles = xpath(parts["xl/workbook.xml"], "//s:definedName");
  BOOST_REQUIRE_EQUAL(titles.size(), 1u);
  BOOST_TEST(titles[0] == "'" + names[0] + "'!$1:$2");
}

BOOST_AUTO_TEST_SUITE_END()
