// The draft sent to the citizen kept in the file store, and the field-level difference between the case data kept
// with it and the case now (documents/draft_version).
#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>
#include <Poco/JSON/Stringifier.h>

#include "demo/synthetic_cases.h"
#include "documents/draft_version.h"
#include "model/case_json.h"
#include "storage/file_store.h"
#include "support/temp_dir.h"

using namespace landdesk;

namespace {

std::string jsonOf(const model::Case& c) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(model::caseToJson(c), out, 2);
  return out.str();
}

model::Case demoCase() {
  auto cases = demo::syntheticCases(3, 20260205, localNow());
  for (auto& c : cases)
    if (c.parties.size() >= 2 && !c.parcels.empty()) return c;
  BOOST_FAIL("no demo case with two parties and a parcel");
  return {};
}

const documents::FieldChange* find(const std::vector<documents::FieldChange>& changes, const std::string& suffix) {
  for (const auto& c : changes)
    if (c.path.size() >= suffix.size() && c.path.compare(c.path.size() - suffix.size(), suffix.size(), suffix) == 0)
      return &c;
  return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_same_case_has_no_changes) {
  const model::Case c = demoCase();
  auto changes = documents::diffCaseData(jsonOf(c), jsonOf(c));
  BOOST_REQUIRE(changes.ok());
  BOOST_TEST(changes->empty());
}

BOOST_AUTO_TEST_CASE(each_edited_field_is_named_with_both_values) {
  const model::Case sent = demoCase();
  model::Case now = sent;
  now.parties[1].party.fullName = "Trần Thị Bích Ngọc";
  now.parcels[0].price = 1'250'000'000;
  auto changes = documents::diffCaseData(jsonOf(sent), jsonOf(now));
  BOOST_REQUIRE(changes.ok());
  for (const auto& c : *changes) BOOST_TEST_MESSAGE(c.path << ": " << c.before.value_or("-") << " -> " << c.after.value_or("-"));
  BOOST_TEST(changes->size() == (sent.parcels[0].price == now.parcels[0].price ? 1u : 2u));
  const auto* name = find(*changes, "full_name");
  BOOST_REQUIRE(name);
  BOOST_TEST(name->path.find("[1]") != std::string::npos);  // the second party, not the first
  BOOST_TEST(*name->before == "\"" + sent.parties[1].party.fullName + "\"");
  BOOST_TEST(*name->after == "\"Trần Thị Bích Ngọc\"");
  const auto* price = find(*changes, "price");
  BOOST_REQUIRE(price);
  BOOST_TEST(price->after.value_or("") == "1250000000");
}

BOOST_AUTO_TEST_CASE(added_and_removed_entries_list_every_value) {
  const model::Case sent = demoCase();
  model::Case now = sent;
  now.parties.pop_back();
  auto changes = documents::diffCaseData(jsonOf(sent), jsonOf(now));
  BOOST_REQUIRE(changes.ok());
  BOOST_REQUIRE(!changes->empty());
  const std::string removed = "[" + std::to_string(sent.parties.size() - 1) + "]";
  for (const auto& c : *changes) {
    BOOST_TEST(c.path.find(removed) != std::string::npos, c.path);
    BOOST_TEST(c.before.has_value());
    BOOST_TEST(!c.after.has_value());
  }
  BOOST_TEST(find(*changes, "full_name") != nullptr);
  // The other way round, the same paths are additions.
  auto back = documents::diffCaseData(jsonOf(now), jsonOf(sent));
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(back->size() == changes->size());
  for (const auto& c : *back) BOOST_TEST((!c.before && c.after));
}

BOOST_AUTO_TEST_CASE(bad_data_is_refused_naming_the_side) {
  const std::string good = jsonOf(demoCase());
  auto broken = documents::diffCaseData("{\"parties\": [", good);
  BOOST_REQUIRE(!broken.ok());
  BOOST_TEST(broken.error().code == "draft.bad_json");
  BOOST_TEST(broken.error().vi.find("bản nháp đã gửi") != std::string::npos);
  auto notObject = documents::diffCaseData(good, "[1, 2]");
  BOOST_REQUIRE(!notObject.ok());
  BOOST_TEST(notObject.error().en.find("now must be one JSON object") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_sent_draft_is_kept_and_its_data_compared_later) {
  test::TempDir dir;
  storage::FileStore store(dir / "files");
  const auto docx = dir / "hop-dong.docx";
  std::ofstream(docx, std::ios::binary) << "PK\x03\x04 not a real contract, but bytes to keep";
  const model::Case sent = demoCase();
  auto version = documents::keepDraftVersion(store, docx, jsonOf(sent));
  BOOST_REQUIRE(version.ok());
  BOOST_TEST(store.contains(version->docxSha256));
  BOOST_TEST(store.contains(version->caseDataSha256));
  BOOST_TEST(version->docxSha256 != version->caseDataSha256);

  model::Case now = sent;
  now.parties[0].party.fullName = "Phạm Văn Đức";
  auto kept = documents::keptCaseData(store, *version);
  BOOST_REQUIRE(kept.ok());
  auto changes = documents::diffCaseData(*kept, jsonOf(now));
  BOOST_REQUIRE(changes.ok());
  BOOST_REQUIRE(changes->size() == 1u);
  BOOST_TEST(changes->front().after.value_or("") == "\"Phạm Văn Đức\"");

  // Data that cannot be read back is refused before anything is stored; a lost file is named.
  BOOST_TEST(!documents::keepDraftVersion(store, docx, "{broken").ok());
  std::filesystem::remove(store.locate(version->caseDataSha256));
  auto lost = documents::keptCaseData(store, *version);
  BOOST_REQUIRE(!lost.ok());
  BOOST_TEST(lost.error().code == "draft.missing");
}
