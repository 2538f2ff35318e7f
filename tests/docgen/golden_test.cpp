// Golden cases: tests/data/docgen/golden/<case>/ holds the template body (as Word writes it, split runs included),
// data.json and the expected text of each part; every rendered package must also be structurally valid.
#include <boost/test/unit_test.hpp>

#include "docgen/docgen_fixture.h"
#include "docgen/docx_builder.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

std::string optionalFile(const std::filesystem::path& p) { return std::filesystem::exists(p) ? readFileBytes(p) : std::string(); }

}  // namespace

BOOST_AUTO_TEST_CASE(golden_cases_render_the_expected_text) {
  const auto root = sourceDirectory() / "tests/data/docgen/golden";
  int cases = 0;
  for (const auto& dir : std::filesystem::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    const auto d = dir.path();
    BOOST_TEST_CONTEXT("golden case " << d.filename().string()) {
      DocxParts parts{readFileBytes(d / "body.xml"), optionalFile(d / "header.xml"), optionalFile(d / "footer.xml"), optionalFile(d / "footnotes.xml")};
      auto compiled = compileOk(buildDocx(parts));
      const std::string out = renderOk(*compiled, readFileBytes(d / "data.json"));
      auto pkg = docgen::DocxPackage::fromBytes(out);
      BOOST_REQUIRE(pkg.ok());
      auto structure = pkg->verifyStructure();
      BOOST_TEST(structure.ok(), (structure.ok() ? "" : structure.error().en));
      BOOST_TEST(partTextOf(out) == readFileBytes(d / "expected.txt"));
      for (const auto& [file, part] : {std::pair{"expected-header.txt", "word/header1.xml"}, std::pair{"expected-footer.txt", "word/footer1.xml"},
                                       std::pair{"expected-footnotes.txt", "word/footnotes.xml"}})
        if (std::filesystem::exists(d / file)) BOOST_TEST(partTextOf(out, part) == readFileBytes(d / file));
      // Kept for the LibreOffice test and for eyes.
      writeFileBytes(artifactDirectory() / ("docgen-golden-" + d.filename().string() + ".docx"), out);
      ++cases;
    }
  }
  BOOST_TEST(cases >= 8);
}
