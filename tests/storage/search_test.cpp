#include <boost/test/unit_test.hpp>

#include "storage/case_repository.h"
#include "storage/search_query.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {
std::vector<std::string> codes(const Result<std::vector<model::CaseSummary>>& r) {
  BOOST_REQUIRE(r.ok());
  std::vector<std::string> out;
  for (const auto& s : *r) out.push_back(s.mainParty);
  std::sort(out.begin(), out.end());
  return out;
}

model::Case withParty(const std::string& name) {
  model::Case c;
  c.receivedAt = *parseCanonicalDateTime("2026-03-01T08:00:00");
  model::Party p;
  p.fullName = name;
  c.parties.push_back({p, model::PartyRole::Heir, std::nullopt});
  return c;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(search)

BOOST_AUTO_TEST_CASE(ignores_marks_case_and_d_stroke) {
  DatabaseFixture f;
  auto db = f.open();
  std::vector<model::Case> cases = {withParty("Đặng Văn Đông"), withParty(toNfd("Nguyễn Thị Hoà")),
                                    withParty("Dương Đình Dũng"), withParty("Nguyễn Văn An")};
  BOOST_REQUIRE(db->cases().addAll(cases, "t"));
  auto& repo = *db;
  using V = std::vector<std::string>;
  BOOST_TEST(codes(repo.cases().search("dang van dong")) == V{"Đặng Văn Đông"});
  BOOST_TEST(codes(repo.cases().search("ĐÔNG")) == V{"Đặng Văn Đông"});
  BOOST_TEST(codes(repo.cases().search("đông")) == V{"Đặng Văn Đông"});
  BOOST_TEST(codes(repo.cases().search("hoa")) == V{"Nguyễn Thị Hoà"});
  BOOST_TEST(codes(repo.cases().search("Hòa")) == V{"Nguyễn Thị Hoà"});  // other tone placement, same name
  BOOST_TEST(codes(repo.cases().search("nguyen")) == (V{"Nguyễn Thị Hoà", "Nguyễn Văn An"}));
  BOOST_TEST(codes(repo.cases().search("ng van")) == (V{"Nguyễn Văn An"}));  // prefixes of each word
  BOOST_TEST(codes(repo.cases().search("d d")).size() == 2u);  // Đặng…Đông and Dương Đình Dũng
  BOOST_TEST(codes(repo.cases().search("dung")) == V{"Dương Đình Dũng"});
  BOOST_TEST(codes(repo.cases().search("zzz")).empty());
}

BOOST_AUTO_TEST_CASE(finds_by_code_id_number_and_parcel) {
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  BOOST_REQUIRE(db->cases().add(c, "t"));
  for (const char* q : {"HS-2026-00001", "044062001234", "0440620", "AA 01695788", "thon phu hai"})
    BOOST_TEST(codes(db->cases().search(q)).size() == 1u, q);
}

BOOST_AUTO_TEST_CASE(query_operators_are_plain_text) {
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  BOOST_REQUIRE(db->cases().add(c, "t"));
  for (const char* q : {"\"", "AND OR NOT", "*", "NEAR(", "đông\" OR \"x", "()"})
    BOOST_TEST(db->cases().search(q).ok(), q);
  BOOST_TEST(storage::matchExpression("Đông, \"Hoà\"") == "\"dong\"* \"hoa\"*");
  BOOST_TEST(storage::matchExpression("  ,; ").empty());
}

BOOST_AUTO_TEST_SUITE_END()
