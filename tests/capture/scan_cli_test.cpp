// `landdesk-cli scan FILE... --json` as the issue fixes it (outside checks parse it): one JSON object per input file,
// one per line, with documents (kind, source, fields, confidence, warnings) and error; a bad file does not stop the run.
#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <set>
#include <sstream>

#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

std::filesystem::path dataDir() { return test::sourceDirectory() / "tests/data/capture"; }

test::ProcessResult scan(const std::vector<std::string>& files, const std::filesystem::path& home) {
  std::vector<std::string> args = {"scan"};
  args.insert(args.end(), files.begin(), files.end());
  args.push_back("--json");
  return test::runProcess(LANDDESK_CLI, args, {{"LANDDESK_LANG", "vi"}, {"XDG_DATA_HOME", home.string()}});
}

std::vector<Object::Ptr> jsonLines(const std::string& out) {
  std::vector<Object::Ptr> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(Poco::JSON::Parser().parse(line).extract<Object::Ptr>());
  return lines;
}

// One file scanned alone: the exit code it should give, and its single line.
Object::Ptr scanOne(const std::string& file, int exitCode, const std::filesystem::path& home) {
  auto r = scan({file}, home);
  BOOST_TEST(r.exitCode == exitCode);
  auto lines = jsonLines(r.out);
  BOOST_REQUIRE_EQUAL(lines.size(), 1u);
  BOOST_TEST(lines[0]->getValue<std::string>("file") == file);
  return lines[0];
}

std::set<std::string> keysOf(const Object::Ptr& o) {
  std::set<std::string> keys;
  for (const auto& [k, v] : *o) keys.insert(k);
  return keys;
}

// A line that read: no error, one document with the envelope every document has; its fields.
Object::Ptr onlyDocumentFields(const Object::Ptr& line, const std::string& kind, const std::string& source) {
  BOOST_TEST(line->get("error").isEmpty());
  Array::Ptr docs = line->getArray("documents");
  BOOST_REQUIRE_EQUAL(docs->size(), 1u);
  Object::Ptr doc = docs->getObject(0);
  BOOST_TEST(doc->getValue<std::string>("kind") == kind);
  BOOST_TEST(doc->getValue<std::string>("source") == source);
  double confidence = doc->getValue<double>("confidence");
  BOOST_TEST(confidence > 0.0);
  BOOST_TEST(confidence <= 1.0);
  BOOST_TEST(doc->getArray("warnings").get() != nullptr);
  BOOST_REQUIRE(doc->getObject("fields").get() != nullptr);
  return doc->getObject("fields");
}

void checkCccd(const Object::Ptr& line, const std::string& idNumber) {
  Object::Ptr f = onlyDocumentFields(line, "cccd", "qr");
  BOOST_TEST((keysOf(f) == std::set<std::string>{"id_number", "old_id_number", "full_name", "birth_date", "sex",
                                                  "address", "issue_date"}));
  BOOST_TEST(f->getValue<std::string>("id_number") == idNumber);
  auto isoDate = [](const std::string& d) { return d.size() == 10 && d[4] == '-' && d[7] == '-'; };
  BOOST_TEST(isoDate(f->getValue<std::string>("birth_date")));
  BOOST_TEST(isoDate(f->getValue<std::string>("issue_date")));
  std::string sex = f->getValue<std::string>("sex");
  BOOST_TEST((sex == "Nam" || sex == "Nữ"));
}

void checkGcn(const Object::Ptr& line) {
  Object::Ptr f = onlyDocumentFields(line, "gcn", "ocr");
  std::set<std::string> want = {"serial", "register_no", "parcel_no", "map_sheet", "address", "area_m2", "use_form",
                                "purposes", "term", "origin", "owners", "issue_date", "issuer"};
  for (const std::string& k : want) BOOST_TEST_CONTEXT(k) { BOOST_TEST(f->has(k)); }
  // sample_01: a clean 2024 form; its values (sample_01_2024_clean.json) in the formats.
  BOOST_TEST(f->getValue<std::string>("area_m2").find(',') == std::string::npos);  // "312.5", never "312,5"
  Array::Ptr purposes = f->getArray("purposes");
  BOOST_REQUIRE(purposes->size() >= 1u);
  BOOST_TEST((keysOf(purposes->getObject(0)) == std::set<std::string>{"code", "name", "area_m2"}));
  Array::Ptr owners = f->getArray("owners");
  BOOST_REQUIRE(owners->size() >= 1u);
  Object::Ptr owner = owners->getObject(0);
  BOOST_TEST((keysOf(owner) == std::set<std::string>{"full_name", "birth_year", "id_number"}));
  BOOST_TEST(owner->get("birth_year").isInteger());
  std::string issued = f->getValue<std::string>("issue_date");
  BOOST_TEST((issued.size() == 10 && issued[4] == '-'));
}

void checkUnreadable(const Object::Ptr& line) {
  BOOST_TEST(line->getArray("documents")->size() == 0u);
  BOOST_TEST(!line->get("error").isEmpty());
  BOOST_TEST(!line->getValue<std::string>("error").empty());
}

}  // namespace

BOOST_AUTO_TEST_CASE(cccd_image_gives_one_cccd_document_from_its_qr) {
  test::TempDir dir;
  checkCccd(scanOne((dataDir() / "cccd/cccd_01_clean_scan.jpg").string(), 0, dir.path()), "049301166447");
}

BOOST_AUTO_TEST_CASE(gcn_page_gives_one_gcn_document_with_every_field_key) {
  test::TempDir dir;
  checkGcn(scanOne((dataDir() / "gcn/sample_01_2024_clean.jpg").string(), 0, dir.path()));
}

BOOST_AUTO_TEST_CASE(unreadable_file_gets_an_error_and_no_documents) {
  test::TempDir dir;
  std::filesystem::path bad = dir.path() / "photo.jpg";
  std::ofstream(bad) << "not a photo at all\n";
  checkUnreadable(scanOne(bad.string(), 1, dir.path()));
}

BOOST_AUTO_TEST_CASE(a_mixed_list_gives_one_line_per_file_in_order_and_goes_on_after_a_bad_one) {
  test::TempDir dir;
  std::filesystem::path bad = dir.path() / "truncated.png";
  std::ofstream(bad, std::ios::binary) << std::string("\x89PNG\r\n\x1A\n", 8);
  std::vector<std::string> files = {(dataDir() / "cccd/cccd_02_clean_scan.jpg").string(), bad.string(),
                                    (dataDir() / "gcn/sample_01_2024_clean.jpg").string(),
                                    (dir.path() / "missing.jpg").string(),
                                    (dataDir() / "cccd/cccd_14_blur_r1.8.jpg").string()};
  auto r = scan(files, dir.path());
  BOOST_TEST(r.exitCode == 1);  // some file could not be read
  auto lines = jsonLines(r.out);
  BOOST_REQUIRE_EQUAL(lines.size(), files.size());
  for (size_t i = 0; i < files.size(); ++i) BOOST_TEST(lines[i]->getValue<std::string>("file") == files[i]);
  BOOST_TEST(lines[0]->getArray("documents")->getObject(0)->getValue<std::string>("kind") == "cccd");
  checkUnreadable(lines[1]);
  checkGcn(lines[2]);
  checkUnreadable(lines[3]);
  checkCccd(lines[4], "092183697421");  // the blurred card: read through the deblur pass, in a list like any other
}
