// Numbers in words follow the office's format.number_style: a southern commune reads "lẻ"/"ngàn", a northern
// one "linh"/"nghìn" — through docgen's render options, filled by documents from the office profile.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "docgen/docx_builder.h"
#include "docgen/docx_package.h"
#include "docgen/template_engine.h"
#include "documents/case_document.h"
#include "case_fixtures.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::documents;
using namespace landdesk::test;

namespace {

model::OfficeProfile officeWithStyle(const std::string& style) {
  model::OfficeProfile o = office();
  o.numberStyle = style;
  return o;
}

// The rendered word/document.xml of a one-paragraph template, through the options the office gives.
std::string renderBody(const std::string& paragraphText, const std::string& json, const model::OfficeProfile& o) {
  auto outcome = docgen::compileTemplate(buildDocx({paragraph(paragraphText), {}, {}, {}}));
  BOOST_REQUIRE(outcome.compiled);
  auto data = docgen::parseJsonData(json);
  BOOST_REQUIRE(data.ok());
  std::vector<std::string> parts;
  auto report = outcome.compiled->renderParts(*data, renderOptionsFor(o), parts);
  BOOST_REQUIRE(report.ok());
  BOOST_REQUIRE(report.warnings.empty());
  std::string all;
  for (const auto& p : parts) all += p;
  return all;
}

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(words_style)

BOOST_AUTO_TEST_CASE(amount_words_follow_the_office_style) {
  const std::string tpl = "Số tiền: {amount|words}; {amount|money_words}";
  const std::string json = R"({"amount": 105005000})";

  const std::string south = renderBody(tpl, json, officeWithStyle("south"));
  BOOST_TEST(has(south, "một trăm lẻ năm triệu không trăm lẻ năm ngàn"), south);
  BOOST_TEST(has(south, "Một trăm lẻ năm triệu không trăm lẻ năm ngàn đồng"), south);
  BOOST_TEST(!has(south, "linh"));
  BOOST_TEST(!has(south, "nghìn"));

  const std::string north = renderBody(tpl, json, officeWithStyle("north"));
  BOOST_TEST(has(north, "một trăm linh năm triệu không trăm linh năm nghìn"), north);
  BOOST_TEST(has(north, "Một trăm linh năm triệu không trăm linh năm nghìn đồng"), north);
  BOOST_TEST(!has(north, "lẻ"));
  BOOST_TEST(!has(north, "ngàn"));
}

BOOST_AUTO_TEST_CASE(unknown_or_empty_style_reads_northern) {
  BOOST_TEST(has(renderBody("{n|words}", R"({"n": 1005})", officeWithStyle("")), "một nghìn không trăm linh năm"));
  BOOST_TEST(has(renderBody("{n|words}", R"({"n": 1005})", officeWithStyle("xyz")), "một nghìn không trăm linh năm"));
}

BOOST_AUTO_TEST_CASE(date_and_area_words_follow_the_style_too) {
  const std::string tpl = "{d|date_words} / {a|area_words}";
  const std::string json = R"({"d": "2026-02-05", "a": "105.5"})";
  const std::string south = renderBody(tpl, json, officeWithStyle("south"));
  BOOST_TEST(has(south, "hai ngàn không trăm hai mươi sáu"), south);
  BOOST_TEST(has(south, "một trăm lẻ năm phẩy năm"), south);
  const std::string north = renderBody(tpl, json, officeWithStyle("north"));
  BOOST_TEST(has(north, "hai nghìn không trăm hai mươi sáu"), north);
  BOOST_TEST(has(north, "một trăm linh năm phẩy năm"), north);
}

// The desk's own render path (renderCaseDocument, what the GUI and `document render` call) uses the office style.
BOOST_AUTO_TEST_CASE(case_document_render_uses_the_office_style) {
  auto sources = loadDataSources();
  BOOST_REQUIRE_MESSAGE(sources.ok(), (sources ? "" : sources.error().en));
  TempDir dir;
  {
    std::ofstream(dir.path() / "t.docx", std::ios::binary) << buildDocx({paragraph("Giá: {tong_gia|money_words}; ngày {ngay_lap|date_words}"), {}, {}, {}});
  }
  sources->catalog.directory = dir.path();
  TemplateEntry entry;
  entry.id = "t";
  entry.file = "t.docx";
  entry.group = "contract";
  entry.title = "Thử cách đọc số";
  entry.allKinds = true;
  const std::chrono::year_month_day day{std::chrono::year(2026), std::chrono::month(2), std::chrono::day(5)};

  for (const std::string style : {"south", "north"}) {
    const auto docx = dir.path() / (style + ".docx");
    CaseDocumentResult r = renderCaseDocument(*sources, transferCase(), officeWithStyle(style), entry, day, sources->context(), docx);
    BOOST_REQUIRE_MESSAGE(r.docxWritten, style << ": " << (r.error ? r.error->en : std::string()));
    auto package = docgen::DocxPackage::fromFile(docx);  // the written file re-read: its body XML
    BOOST_REQUIRE(package.ok());
    const docgen::PackageEntry* body = package->find("word/document.xml");
    BOOST_REQUIRE(body);
    const std::string& all = body->data;
    if (style == "south") {
      BOOST_TEST(has(all, "hai ngàn không trăm hai mươi sáu"), all);
      BOOST_TEST(!has(all, "nghìn"));
    } else {
      BOOST_TEST(has(all, "hai nghìn không trăm hai mươi sáu"), all);
      BOOST_TEST(!has(all, "ngàn"));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
