// Every template error id, each with its tag text and place; and render warnings (missing data, bad filter input).
#include <boost/test/unit_test.hpp>

#include "docgen/docgen_fixture.h"
#include "docgen/docx_builder.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

docgen::TemplateCheck checkBody(const std::string& body) { return docgen::compileTemplate(buildDocx({body, {}, {}, {}})).check; }

}  // namespace

BOOST_AUTO_TEST_CASE(each_error_id_is_reported_with_tag_and_place) {
  struct Case {
    std::string body, id, tag;
  };
  const std::vector<Case> cases = {
      {paragraph("Bên A: {ho_ten sinh năm"), "unclosed_tag", "{ho_ten sinh năm"},
       {paragraph("Bên A: ho_ten} sinh"), "unopened_tag", "}"},
      {paragraph("Bên A: {ho ten}"), "malformed_tag", "{ho ten}"},
      {paragraph("Bên A: {}"), "malformed_tag", "{}"},
      {paragraph("{#ds|upper}{/ds}"), "malformed_tag", "{#ds|upper}"},
      {paragraph("Giá {gia|tien_chu}"), "unknown_filter", "{gia|tien_chu}"},
      {paragraph("{#ds} x"), "unclosed_loop", "{#ds}"},
      {paragraph("x {/ds}"), "unopened_loop", "{/ds}"},
      {paragraph("{#a} x {/b}"), "closing_tag_does_not_match_opening_tag", "{/b}"},
      {table({{paragraph("{#ds}")}}) + paragraph("{/ds}"), "loop_position_invalid", "{#ds}"},
      {"<w:p><w:hyperlink w:anchor=\"a\">" + run("{#ds}") + "</w:hyperlink>" + run("x{/ds}") + "</w:p>", "loop_position_invalid", "{#ds}"},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.id << " in " << c.body) {
      auto check = checkBody(c.body);
      BOOST_REQUIRE(!check.errors.empty());
      bool found = false;
      for (const auto& e : check.errors) {
        if (e.id != c.id) continue;
        found = true;
        BOOST_TEST(e.tag == c.tag);
        BOOST_TEST(e.where.part == "word/document.xml");
        BOOST_TEST(e.where.paragraph >= 1);
        BOOST_TEST(!e.where.context.empty());
        BOOST_TEST(!e.vi.empty());
        BOOST_TEST(!e.en.empty());
      }
      BOOST_TEST(found, "expected id " << c.id << ", got " << errorIds(check));
    }
  }
}

BOOST_AUTO_TEST_CASE(location_names_table_row_cell_and_paragraph_text) {
  const std::string body = paragraph("Mở đầu") + table({{paragraph("a"), paragraph("b")}, {paragraph("c"), paragraph("Số thửa {so|bogus} ở đây")}});
  auto check = checkBody(body);
  BOOST_REQUIRE_EQUAL(check.errors.size(), 1u);
  const auto& e = check.errors[0];
  BOOST_TEST(e.id == "unknown_filter");
  BOOST_TEST(e.where.table == 1);
  BOOST_TEST(e.where.row == 2);
  BOOST_TEST(e.where.cell == 2);
  BOOST_TEST(e.where.paragraph == 5);
  BOOST_TEST(e.where.context == "Số thửa {so|bogus} ở đây");
  BOOST_TEST(e.where.describe(Language::Vietnamese).find("bảng 1, hàng 2, ô 2") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_xml_and_all_errors_listed_together) {
  auto check = checkBody("<w:p><w:r><w:t>{a}</w:r></w:p>");
  BOOST_TEST(errorIds(check) == "xml.invalid");
  auto many = checkBody(paragraph("{a") + paragraph("b}") + paragraph("{x|nope}"));
  BOOST_TEST(errorIds(many) == "unclosed_tag,unknown_filter,unopened_tag");
}

BOOST_AUTO_TEST_CASE(every_catalogued_id_is_covered) {
  // The ids above plus the three render warnings tested below: a new id must come with a test.
  std::set<std::string> tested = {"unclosed_tag", "unopened_tag", "malformed_tag", "unknown_filter", "unclosed_loop", "unopened_loop",
                                  "closing_tag_does_not_match_opening_tag", "loop_position_invalid", "missing_value", "value_not_text",
                                  "filter_failed"};
  for (auto id : docgen::templateIssueIds()) BOOST_TEST(tested.contains(std::string(id)), id);
}

BOOST_AUTO_TEST_CASE(render_warnings_missing_value_not_text_and_filter_failure) {
  auto t = compileOk(buildDocx({paragraph("[{thieu}][{ds}][{gia|money_words}][{#ds}{thieu2}{/ds}]"), {}, {}, {}}));
  docgen::RenderReport report;
  const std::string out = renderOk(*t, R"({"ds":[1,2,3],"gia":"abc"})", &report);
  BOOST_TEST(partTextOf(out) == "[][][][]\n");
  std::set<std::string> ids;
  for (const auto& w : report.warnings) ids.insert(w.id);
  BOOST_TEST(report.warnings.size() == 4u);  // one per tag, not one per loop iteration
  BOOST_TEST(ids == (std::set<std::string>{"missing_value", "value_not_text", "filter_failed"}));
  for (const auto& w : report.warnings) BOOST_TEST(!w.where.context.empty());

  auto data = docgen::parseJsonData(R"({"ds":[1],"gia":"abc"})");
  std::ostringstream sink;
  auto strict = t->renderTo(sink, *data, {.strict = true});
  BOOST_TEST(!strict.ok());
  BOOST_TEST(sink.str().empty());
}
