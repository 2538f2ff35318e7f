#include "docgen/docgen_fixture.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "docgen/document_text.h"

namespace landdesk::test {

std::string readFileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot read " << path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void writeFileBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  BOOST_REQUIRE(out);
}

std::shared_ptr<const docgen::CompiledTemplate> compileOk(const std::string& docx) {
  auto outcome = docgen::compileTemplate(docx);
  for (const auto& e : outcome.check.errors) BOOST_TEST_MESSAGE(e.id << ": " << e.en << " " << e.tag << " @ " << e.where.describe(Language::English));
  BOOST_REQUIRE_MESSAGE(outcome.compiled, "template does not compile");
  return outcome.compiled;
}

std::string renderOk(const docgen::CompiledTemplate& t, const std::string& json, docgen::RenderReport* report) {
  auto data = docgen::parseJsonData(json);
  BOOST_REQUIRE_MESSAGE(data.ok(), "bad JSON in test");
  std::ostringstream out;
  auto r = t.renderTo(out, *data);
  for (const auto& e : r.errors) BOOST_TEST_MESSAGE(e.id << ": " << e.en << " " << e.tag);
  BOOST_REQUIRE(r.ok());
  if (report) *report = r;
  return out.str();
}

std::string partTextOf(const std::string& docx, const std::string& part) {
  auto pkg = docgen::DocxPackage::fromBytes(docx);
  BOOST_REQUIRE_MESSAGE(pkg.ok(), "rendered package unreadable: " << (pkg.ok() ? "" : pkg.error().en));
  auto text = docgen::partText(*pkg, part);
  BOOST_REQUIRE_MESSAGE(text.ok(), "part unreadable: " << (text.ok() ? "" : text.error().en));
  return *text;
}

std::string errorIds(const docgen::TemplateCheck& check) {
  std::vector<std::string> ids;
  for (const auto& e : check.errors) ids.push_back(e.id);
  std::sort(ids.begin(), ids.end());
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

}  // namespace landdesk::test
