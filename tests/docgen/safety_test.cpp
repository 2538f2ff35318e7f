// Hostile input: XXE, entity bombs, zip bombs, traversal names, not-a-zip, zip-not-docx, and every package limit.
#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "docgen/docgen_fixture.h"
#include "docgen/docx_builder.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

std::string zipOf(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, data] : entries) {
    std::istringstream in(data);
    zip.addFile(in, Poco::DateTime(2024, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
  return out.str();
}

std::string firstErrorId(const std::string& bytes, const docgen::PackageLimits& limits = {}) {
  auto outcome = docgen::compileTemplate(bytes, limits);
  BOOST_REQUIRE(!outcome.compiled);
  BOOST_REQUIRE(!outcome.check.errors.empty());
  BOOST_TEST(!outcome.check.errors.front().vi.empty());
  return outcome.check.errors.front().id;
}

// The real template with document.xml replaced.
std::string withDocument(const std::string& documentXml) {
  auto pkg = docgen::DocxPackage::fromBytes(buildDocx({paragraph("x"), {}, {}, {}}));
  BOOST_REQUIRE(pkg.ok());
  std::vector<std::pair<std::string, std::string>> entries;
  for (const auto& e : pkg->entries()) entries.emplace_back(e.name, e.name == "word/document.xml" ? documentXml : e.data);
  return zipOf(entries);
}

}  // namespace

BOOST_AUTO_TEST_CASE(xxe_and_entity_bombs_are_refused) {
  const std::string xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
  BOOST_TEST(firstErrorId(withDocument(xxe)) == "xml.doctype_forbidden");
  std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">";
  for (char c = 'b'; c <= 'j'; ++c) bomb += std::string("<!ENTITY ") + c + " \"" + std::string(10, '&') + "\">";
  bomb += "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>";
  BOOST_TEST(firstErrorId(withDocument(bomb)) == "xml.doctype_forbidden");
  BOOST_TEST(firstErrorId(withDocument("<w:document><w:body>")) == "xml.invalid");
}

BOOST_AUTO_TEST_CASE(not_a_zip_and_zip_not_docx_are_refused_by_content) {
  BOOST_TEST(firstErrorId("Hello, this is a text file renamed to .docx") == "docx.not_zip");
  BOOST_TEST(firstErrorId(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')) == "docx.not_zip");
  BOOST_TEST(firstErrorId(std::string("PK\x03\x04", 4) + "garbage that is no zip at all") == "docx.not_zip");
  BOOST_TEST(firstErrorId(zipOf({{"hello.txt", "hi"}})) == "docx.not_docx");
  BOOST_TEST(firstErrorId(zipOf({{"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"}})) ==
             "docx.not_docx");
}

BOOST_AUTO_TEST_CASE(traversal_absolute_and_backslash_names_are_refused) {
  BOOST_TEST(!docgen::isSafeEntryName("../evil.xml"));
  BOOST_TEST(!docgen::isSafeEntryName("word/../../evil.xml"));
  BOOST_TEST(!docgen::isSafeEntryName("/etc/passwd"));
  BOOST_TEST(!docgen::isSafeEntryName("word\\document.xml"));
  BOOST_TEST(!docgen::isSafeEntryName("C:evil"));
  BOOST_TEST(docgen::isSafeEntryName("word/document.xml"));
  // Poco writes only clean names, so the hostile name is patched into a real zip (local header and directory).
  for (std::string hostile : {"../../evil.x", "word\\doc.xml", "/etc/passwd1"}) {
    std::string zip = zipOf({{"[Content_Types].xml", "<Types/>"}, {std::string(hostile.size(), 'a'), "boom"}});
    for (size_t at = zip.find(std::string(hostile.size(), 'a')); at != std::string::npos; at = zip.find(std::string(hostile.size(), 'a'), at + 1))
      zip.replace(at, hostile.size(), hostile);
    BOOST_TEST(firstErrorId(zip) == "docx.unsafe_entry_name", hostile);
  }
}

BOOST_AUTO_TEST_CASE(zip_bomb_and_every_limit_is_enforced) {
  const std::string ok = buildDocx({paragraph("{a}"), {}, {}, {}});
  BOOST_TEST(docgen::compileTemplate(ok).check.ok());
  // 20 MB of zeros deflates to ~20 kB: ratio ~1000.
  std::vector<std::pair<std::string, std::string>> entries;
  auto pkg = docgen::DocxPackage::fromBytes(ok);
  for (const auto& e : pkg->entries()) entries.emplace_back(e.name, e.data);
  entries.emplace_back("word/media/bomb.bin", std::string(20u << 20, '\0'));
  BOOST_TEST(firstErrorId(zipOf(entries)) == "docx.compression_ratio");

  docgen::PackageLimits few;
  few.maxEntries = 3;
  BOOST_TEST(firstErrorId(ok, few) == "docx.too_many_entries");
  docgen::PackageLimits small;
  small.maxTotalUncompressed = 1000;
  BOOST_TEST(firstErrorId(ok, small) == "docx.too_large");
  docgen::PackageLimits entry;
  entry.maxEntryUncompressed = 500;
  BOOST_TEST(firstErrorId(ok, entry) == "docx.too_large");
  docgen::PackageLimits input;
  input.maxInputBytes = 100;
  BOOST_TEST(firstErrorId(ok, input) == "docx.too_large");
}

BOOST_AUTO_TEST_CASE(values_are_escaped_and_take_the_formatting_of_the_run_where_the_tag_starts) {
  const std::string body = "<w:p>" + run("{na", true) + run("me}", false, true) + run(" end") + "</w:p>";
  auto t = compileOk(buildDocx({body, {}, {}, {}}));
  const std::string out = renderOk(*t, R"({"name":"<b>&amp; \"x\"</b>\nline 2"})");
  auto pkg = docgen::DocxPackage::fromBytes(out);
  const std::string xml = pkg->find("word/document.xml")->data;
  BOOST_TEST(xml.find("<w:b/></w:rPr><w:t xml:space=\"preserve\">&lt;b&gt;&amp;amp; \"x\"&lt;/b&gt;</w:t><w:br/>") != std::string::npos);
  BOOST_TEST(partTextOf(out) == "<b>&amp; \"x\"</b>\nline 2 end\n");
}
