// The real client: every golden output and a filled contract convert with LibreOffice, pdftotext shows the
// filled values, and poppler renders PNG previews.
#include <boost/test/unit_test.hpp>

#include "docgen/docgen_fixture.h"
#include "docgen/docx_builder.h"
#include "docgen/page_renderer.h"
#include "docgen/pdf_converter.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;

BOOST_AUTO_TEST_CASE(libreoffice_converts_rendered_documents_and_pdftotext_shows_values) {
  BOOST_REQUIRE_MESSAGE(docgen::findSoffice(), "LibreOffice is needed (installer/install-deps.sh installs libreoffice-writer-nogui)");
  TempDir dir;
  const std::string body = paragraph("Bên A: {ben_a|upper}") + table({{paragraph("{#thua}{so}"), paragraph("{dt|decimal} m²{/thua}")}}) +
                           paragraph("Giá: {gia|money_words}");
  auto t = compileOk(buildDocx({body, paragraph("UBND xã {xa}"), {}, {}}));
  const std::string out = renderOk(*t, R"({"ben_a":"Nguyễn Văn An","thua":[{"so":112,"dt":"120.5"},{"so":113,"dt":"80"}],"gia":1250000000,"xa":"Hải Lăng"})");
  writeFileBytes(dir / "hd.docx", out);
  auto converted = docgen::convertDocxToPdf(dir / "hd.docx", dir / "hd.pdf");
  BOOST_REQUIRE_MESSAGE(converted.ok(), (converted.ok() ? "" : converted.error().en));
  auto text = runProcess("/usr/bin/pdftotext", {"-layout", (dir / "hd.pdf").string(), "-"});
  BOOST_TEST(text.exitCode == 0);
  for (const char* expected : {"NGUYỄN VĂN AN", "112", "120,5 m²", "113", "80 m²", "Một tỷ hai trăm năm mươi triệu đồng", "UBND xã Hải Lăng"})
    BOOST_TEST(text.out.find(expected) != std::string::npos, expected << " in " << text.out);

  auto pages = docgen::renderPdfPages(dir / "hd.pdf", artifactDirectory() / "docgen-preview", {.dpi = 100});
  BOOST_REQUIRE(pages.ok());
  BOOST_TEST(pages->size() == 1u);
  BOOST_TEST(readFileBytes(pages->front()).starts_with("\x89PNG"));
}

BOOST_AUTO_TEST_CASE(every_golden_output_opens_in_libreoffice) {
  // The golden test leaves its outputs in the artefact directory; one soffice run converts them all.
  TempDir dir;
  std::vector<std::string> args = {"-env:UserInstallation=file://" + (dir / "profile").string(), "--headless", "--norestore",
                                   "--convert-to", "pdf", "--outdir", dir.path().string()};
  int count = 0;
  for (const auto& e : std::filesystem::directory_iterator(artifactDirectory()))
    if (e.path().filename().string().starts_with("docgen-golden-")) args.push_back(e.path().string()), ++count;
  BOOST_REQUIRE_MESSAGE(count >= 8, "run the golden test first (same executable, earlier test case)");
  auto soffice = docgen::findSoffice();
  BOOST_REQUIRE(soffice);
  auto r = runProcess(*soffice, args);
  BOOST_TEST(r.exitCode == 0, r.err);
  auto golden = sourceDirectory() / "tests/data/docgen/golden";
  for (const auto& e : std::filesystem::directory_iterator(golden)) {
    const auto pdf = dir / ("docgen-golden-" + e.path().filename().string() + ".pdf");
    BOOST_TEST_CONTEXT(pdf) {
      BOOST_REQUIRE(std::filesystem::exists(pdf));
      auto text = runProcess("/usr/bin/pdftotext", {pdf.string(), "-"});
      // The first expected line with a letter in it must be in the PDF text.
      std::string expected = readFileBytes(e.path() / "expected.txt");
      std::string first = expected.substr(0, expected.find('\n'));
      BOOST_TEST(text.out.find(first.substr(0, std::min<size_t>(first.size(), 20))) != std::string::npos, first << " in " << text.out);
    }
  }
}

BOOST_AUTO_TEST_CASE(missing_libreoffice_is_a_clear_error) {
  TempDir dir;
  writeFileBytes(dir / "a.docx", buildDocx({paragraph("x"), {}, {}, {}}));
  auto r = docgen::convertDocxToPdf(dir / "a.docx", dir / "a.pdf", {.timeout = std::chrono::seconds(5), .soffice = "/nonexistent/soffice"});
  BOOST_TEST(!r.ok());
  BOOST_TEST(!std::filesystem::exists(dir / "a.pdf"));
}
