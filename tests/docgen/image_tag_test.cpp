// Image tags ({%ho_so.ma|qr}): the rendered package gains a PNG part, its relationship and content type; the QR
// decodes back to the value (ZXing through core/capture); the checker lists the tag and reports misuse; and the
// receipt slip template, converted by real LibreOffice, carries a QR code that scans to the case code.
#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <set>
#include <sstream>

#include "capture/image_file.h"
#include "capture/qr_finder.h"
#include "docgen/docgen_fixture.h"
#include "docgen/docx_builder.h"
#include "docgen/page_renderer.h"
#include "docgen/pdf_converter.h"
#include "docgen/qr_png.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

const docgen::PackageEntry& entryOf(const docgen::DocxPackage& pkg, const std::string& name) {
  const auto* e = pkg.find(name);
  BOOST_REQUIRE_MESSAGE(e, name << " is missing from the rendered package");
  return *e;
}

// Every QR payload ZXing finds in a picture (PNG bytes from a package, or a rendered PDF page).
std::vector<std::string> qrPayloads(std::string_view imageBytes) {
  auto pix = capture::decodeImage(imageBytes);
  BOOST_REQUIRE_MESSAGE(pix.ok(), "picture does not decode: " << (pix.ok() ? "" : pix.error().en));
  std::vector<std::string> out;
  for (const auto& code : capture::findQrCodes(pix->get(), {}, {.budget = std::chrono::milliseconds(5000)}).codes)
    out.push_back(code.payload);
  return out;
}

docgen::TemplateCheck checkBody(const std::string& body) { return docgen::compileTemplate(buildDocx({body, {}, {}, {}})).check; }

bool contains(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(qr_png_is_a_png_that_decodes_to_the_utf8_bytes) {
  const std::string text = "HS-2026-00017 Nguyễn Văn Đức";
  auto qr = docgen::qrCodePng(text);
  BOOST_REQUIRE(qr.ok());
  BOOST_TEST(qr->png.starts_with("\x89PNG\r\n\x1a\n"));
  BOOST_TEST(qr->pixels == qr->modules * 8);
  BOOST_TEST(qrPayloads(qr->png) == std::vector<std::string>{text});
  BOOST_TEST(docgen::qrCodePng("").error().code == "qr.empty");
  BOOST_TEST(docgen::qrCodePng(std::string(4000, 'x')).error().code == "qr.too_long");
}

BOOST_AUTO_TEST_CASE(image_tag_adds_picture_part_relationship_and_content_type) {
  auto t = compileOk(buildDocx({paragraph("Mã hồ sơ: {ho_so.ma}") + splitParagraph({"Quét: {%ho_so", ".ma|q", "r} để tra cứu"}), {}, {}, {}}));
  const std::string out = renderOk(*t, R"({"ho_so":{"ma":"HS-2026-00017"}})");
  auto pkg = docgen::DocxPackage::fromBytes(out);
  BOOST_REQUIRE(pkg.ok());
  BOOST_TEST(pkg->verifyStructure().ok());

  const auto& png = entryOf(*pkg, "word/media/landdesk_image1.png");
  BOOST_TEST(png.data.starts_with("\x89PNG"));
  const std::string rels = entryOf(*pkg, "word/_rels/document.xml.rels").data;
  BOOST_TEST(contains(rels, "Id=\"rIdLdImage1\""));
  BOOST_TEST(contains(rels, "relationships/image"));
  BOOST_TEST(contains(rels, "Target=\"media/landdesk_image1.png\""));
  BOOST_TEST(contains(rels, "relationships/styles"));  // the template's own relationships are kept
  const std::string types = entryOf(*pkg, "[Content_Types].xml").data;
  BOOST_TEST(contains(types, "Extension=\"png\""));
  BOOST_TEST(contains(types, "image/png"));

  const std::string doc = entryOf(*pkg, "word/document.xml").data;
  BOOST_TEST(contains(doc, "<w:drawing><wp:inline"));
  BOOST_TEST(contains(doc, "r:embed=\"rIdLdImage1\""));
  BOOST_TEST(contains(doc, "cx=\"900000\""));  // 25 mm
  BOOST_TEST(!contains(doc, "{%"));
  // The text around the picture stays, in the run where the tag started.
  BOOST_TEST(partTextOf(out) == "Mã hồ sơ: HS-2026-00017\nQuét:  để tra cứu\n");
  BOOST_TEST(qrPayloads(png.data) == std::vector<std::string>{"HS-2026-00017"});
}

BOOST_AUTO_TEST_CASE(same_picture_shares_one_part_and_headers_get_their_own_relationships) {
  const std::string body = paragraph("{%a|qr}") + paragraph("{%a|qr}") + paragraph("{%b|upper|qr}");
  auto t = compileOk(buildDocx({body, paragraph("{%a|qr}"), {}, {}}));
  const std::string out = renderOk(*t, R"({"a":"HS-1","b":"hs-2"})");
  auto pkg = docgen::DocxPackage::fromBytes(out);
  BOOST_REQUIRE(pkg.ok());
  BOOST_TEST(pkg->verifyStructure().ok());
  int media = 0;
  for (const auto& e : pkg->entries()) media += e.name.starts_with("word/media/") ? 1 : 0;
  BOOST_TEST(media == 3);  // "HS-1" and "HS-2" in the body, "HS-1" again for the header (its own relationship)
  const std::string doc = entryOf(*pkg, "word/document.xml").data;
  BOOST_TEST(contains(doc, "r:embed=\"rIdLdImage1\""));
  BOOST_TEST(contains(doc, "r:embed=\"rIdLdImage2\""));
  BOOST_TEST(!contains(doc, "rIdLdImage3"));
  const std::string headerRels = entryOf(*pkg, "word/_rels/header1.xml.rels").data;
  BOOST_TEST(contains(headerRels, "Id=\"rIdLdImage3\""));
  BOOST_TEST(contains(entryOf(*pkg, "word/header1.xml").data, "r:embed=\"rIdLdImage3\""));
  BOOST_TEST(qrPayloads(entryOf(*pkg, "word/media/landdesk_image2.png").data) == std::vector<std::string>{"HS-2"});

  // Without image tags nothing about pictures is added: the relationships stay byte for byte.
  auto plain = compileOk(buildDocx({paragraph("{a}"), {}, {}, {}}));
  auto plainPkg = docgen::DocxPackage::fromBytes(renderOk(*plain, R"({"a":"x"})"));
  BOOST_REQUIRE(plainPkg.ok());
  BOOST_TEST(!contains(entryOf(*plainPkg, "[Content_Types].xml").data, "png"));
}

BOOST_AUTO_TEST_CASE(checker_lists_image_tags_and_reports_their_misuse) {
  auto ok = docgen::compileTemplate(buildDocx({paragraph("{%ho_so.ma_qr|qr}") + table({{paragraph("{#ds}{%ma|qr}"), paragraph("{/ds}")}}), {}, {}, {}}));
  BOOST_REQUIRE(ok.check.ok());
  BOOST_REQUIRE(ok.check.tags.size() == 4u);
  BOOST_TEST(ok.check.tags[0].kind == "image");
  BOOST_TEST(ok.check.tags[0].dataPath == "ho_so.ma_qr");
  BOOST_TEST(ok.check.tags[0].filters == std::vector<std::string>{"qr"});
  BOOST_TEST(ok.check.tags[2].kind == "image");
  BOOST_TEST(ok.check.tags[2].dataPath == "ds[].ma");

  struct Case {
    std::string body, id, tag, detail;
  };
  const std::vector<Case> cases = {
      {paragraph("Mã: {ho_so.ma|qr}"), "unknown_filter", "{ho_so.ma|qr}", "{%ho_so.ma|qr}"},  // picture filter in a text tag
      {paragraph("Mã: {%ho_so.ma}"), "malformed_tag", "{%ho_so.ma}", "{%ho_so.ma|qr}"},       // no picture filter
      {paragraph("Mã: {%ho_so.ma|upper}"), "malformed_tag", "{%ho_so.ma|upper}", "|qr"},      // last filter makes text
      {paragraph("Mã: {%ho_so.ma|qr|upper}"), "unknown_filter", "{%ho_so.ma|qr|upper}", "|qr"},
      {paragraph("Mã: {%ho_so.ma|barcode}"), "unknown_filter", "{%ho_so.ma|barcode}", "|barcode"},
      {paragraph("Mã: {%}"), "malformed_tag", "{%}", ""},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.body) {
      auto check = checkBody(c.body);
      BOOST_REQUIRE_EQUAL(check.errors.size(), 1u);
      const auto& e = check.errors[0];
      BOOST_TEST(e.id == c.id);
      BOOST_TEST(e.tag == c.tag);
      BOOST_TEST(e.where.paragraph == 1);
      BOOST_TEST(contains(e.where.context, c.tag));
      BOOST_TEST(contains(e.vi, c.detail));
    }
  }
}

BOOST_AUTO_TEST_CASE(image_render_warnings_missing_value_and_text_too_long) {
  auto t = compileOk(buildDocx({paragraph("[{%thieu|qr}][{%dai|qr}][{%ds|qr}]"), {}, {}, {}}));
  docgen::RenderReport report;
  Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
  data->set("dai", std::string(3000, 'x'));
  data->set("ds", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
  std::ostringstream sink;
  report = t->renderTo(sink, Poco::Dynamic::Var(data));
  BOOST_REQUIRE(report.ok());
  std::set<std::string> ids;
  for (const auto& w : report.warnings) ids.insert(w.id);
  BOOST_TEST(ids == (std::set<std::string>{"missing_value", "filter_failed", "value_not_text"}));
  BOOST_TEST(partTextOf(sink.str()) == "[][][]\n");
  auto pkg = docgen::DocxPackage::fromBytes(sink.str());
  BOOST_REQUIRE(pkg.ok());
  BOOST_TEST(!pkg->find("word/media/landdesk_image1.png"));

  std::ostringstream strict;
  BOOST_TEST(!t->renderTo(strict, Poco::Dynamic::Var(data), {.strict = true}).ok());
  BOOST_TEST(strict.str().empty());
}

BOOST_AUTO_TEST_CASE(receipt_slip_converts_in_libreoffice_and_its_qr_scans_to_the_case_code) {
  BOOST_REQUIRE_MESSAGE(docgen::findSoffice(), "LibreOffice is needed (installer/install-deps.sh installs libreoffice-writer-nogui)");
  const auto root = sourceDirectory();
  auto outcome = docgen::compileTemplateFile(root / "contract_templates/giay_tiep_nhan.docx");
  BOOST_REQUIRE_MESSAGE(outcome.compiled, "giay_tiep_nhan.docx does not compile");
  auto data = docgen::parseJsonData(readFileBytes(root / "tests/data/templates/giay_tiep_nhan.json"));
  BOOST_REQUIRE(data.ok());
  TempDir dir;
  auto report = outcome.compiled->renderToFile(dir / "slip.docx", *data, {.strict = true});
  BOOST_REQUIRE_MESSAGE(report.ok(), "strict render of the slip failed");
  auto converted = docgen::convertDocxToPdf(dir / "slip.docx", dir / "slip.pdf");
  BOOST_REQUIRE_MESSAGE(converted.ok(), (converted.ok() ? "" : converted.error().en));
  auto pages = docgen::renderPdfPages(dir / "slip.pdf", artifactDirectory() / "docgen-image-tag", {.dpi = 150});
  BOOST_REQUIRE(pages.ok());
  BOOST_REQUIRE_EQUAL(pages->size(), 1u);
  const std::string code = data->extract<Poco::JSON::Object::Ptr>()->getObject("ho_so")->getValue<std::string>("ma");
  BOOST_TEST(code == "HS-2026-00017");
  BOOST_TEST(qrPayloads(readFileBytes(pages->front())) == std::vector<std::string>{code});
}
