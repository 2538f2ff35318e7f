// Terms, estate and parcel owners stored with the case (schema version 7) and read back equal, in the same
// transaction; the JSON form carries them and older JSON without them is still accepted.
#include <boost/test/unit_test.hpp>

#include "case_fixtures.h"
#include "documents/register_number.h"
#include "model/case_json.h"
#include "register/authentication_register.h"
#include "storage/case_repository.h"
#include "storage/database.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

std::unique_ptr<storage::Database> openIn(const TempDir& dir, int migrateTo = -1) {
  storage::OpenOptions o;
  o.path = dir / "desk.sqlite";
  o.migrateTo = migrateTo;
  auto db = storage::Database::open(o);
  BOOST_REQUIRE_MESSAGE(db, (db ? "" : db.error().en));
  return std::move(*db);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(terms_storage)

BOOST_AUTO_TEST_CASE(round_trip_of_every_kind) {
  TempDir dir;
  auto db = openIn(dir);
  BOOST_TEST(db->schemaVersion() >= 7);
  for (model::Case c : {transferCase(), giftCase(), divisionCase(), refusalCase()}) {
    c.code.clear();
    BOOST_REQUIRE(db->cases().add(c, "test"));
    auto back = db->cases().byId(c.id);
    BOOST_REQUIRE(back);
    BOOST_TEST((back->terms == c.terms));
    BOOST_TEST((back->estate == c.estate));
    BOOST_TEST((back->parcels[0].owners == c.parcels[0].owners));
    BOOST_TEST((*back == c), model::codeOf(c.kind));
  }
}

BOOST_AUTO_TEST_CASE(update_replaces_and_clears) {
  TempDir dir;
  auto db = openIn(dir);
  model::Case c = divisionCase();
  c.code.clear();
  BOOST_REQUIRE(db->cases().add(c, "test"));
  c.estate->heirs[0].share = "1/3";
  c.estate->heirs[1].share = "1/3";
  c.estate->heirs[2].share = "1/3";
  c.estate->spouseHalfSeparated = false;
  c.parcels[0].owners.pop_back();
  BOOST_REQUIRE(db->cases().update(c, "test"));
  auto back = db->cases().byId(c.id);
  BOOST_REQUIRE(back);
  BOOST_TEST(back->estate->heirs[2].share == "1/3");
  BOOST_TEST(!back->estate->spouseHalfSeparated);
  BOOST_TEST(back->parcels[0].owners.size() == 1u);
  c.estate.reset();
  c.parcels[0].owners.clear();
  BOOST_REQUIRE(db->cases().update(c, "test"));
  back = db->cases().byId(c.id);
  BOOST_TEST(!back->estate.has_value());
  BOOST_TEST(back->parcels[0].owners.empty());
}

BOOST_AUTO_TEST_CASE(a_bad_index_rolls_the_whole_case_back) {
  TempDir dir;
  auto db = openIn(dir);
  const auto before = *db->cases().count();
  model::Case c = divisionCase();
  c.code.clear();
  c.estate->heirs.push_back({17, 1, "", false});  // a party the case does not have: a caller's bug
  // The repository's transaction turns the exception into an error after rolling everything back.
  Status added = db->cases().add(c, "test");
  BOOST_TEST(!added.ok());
  BOOST_TEST(c.id == 0);
  BOOST_TEST(*db->cases().count() == before);
}

BOOST_AUTO_TEST_CASE(an_older_database_gains_the_tables) {
  TempDir dir;
  {
    auto old = openIn(dir, 3);
    BOOST_TEST(old->schemaVersion() == 3);
  }
  auto db = openIn(dir);
  model::Case c = transferCase();
  c.code.clear();
  BOOST_REQUIRE(db->cases().add(c, "test"));
  BOOST_TEST((db->cases().byId(c.id)->terms == c.terms));
}

BOOST_AUTO_TEST_CASE(json_form_round_trip_and_old_json) {
  for (const model::Case& c : {transferCase(), divisionCase()}) {
    std::ostringstream out;
    model::caseToJson(c)->stringify(out);
    auto back = model::caseFromJsonText(out.str());
    BOOST_REQUIRE_MESSAGE(back, (back ? "" : back.error().en));
    BOOST_TEST((*back == c));
  }
  // A case written before terms and estates existed reads with neither.
  auto old = model::caseFromJsonText(R"({"kind":"gift","parties":[{"full_name":"Nguyễn Văn An","role":"donor"}],
                                         "parcels":[{"area":"120.5"}]})");
  BOOST_REQUIRE(old);
  BOOST_TEST(!old->terms.has_value());
  BOOST_TEST(!old->estate.has_value());
  BOOST_TEST(old->parcels[0].owners.empty());
}

BOOST_AUTO_TEST_CASE(json_errors_name_the_field) {
  auto bad = [](const std::string& json) {
    auto r = model::caseFromJsonText(json);
    BOOST_REQUIRE(!r);
    return r.error();
  };
  const std::string parties = R"("parties":[{"full_name":"A","role":"deceased"},{"full_name":"B","role":"heir"}])";
  Error share = bad("{" + parties + R"(,"estate":{"heirs":[{"party":1,"share":"4/3"}]}})");
  BOOST_TEST(share.code == "json.bad_share");
  BOOST_TEST(share.en.find("estate.heirs[0].share = 4/3") != std::string::npos, share.en);
  Error party = bad("{" + parties + R"(,"estate":{"heirs":[{"party":5}]}})");
  BOOST_TEST(party.code == "json.bad_party");
  BOOST_TEST(party.en.find("estate.heirs[0].party") != std::string::npos, party.en);
  Error rank = bad("{" + parties + R"(,"estate":{"heirs":[{"party":1,"rank":4}]}})");
  BOOST_TEST(rank.code == "json.out_of_range");
  Error payer = bad(R"({"terms":{"income_tax_payer":"c"}})");
  BOOST_TEST(payer.code == "json.bad_code");
  BOOST_TEST(payer.en.find("terms.income_tax_payer = c") != std::string::npos, payer.en);
  Error copies = bad(R"({"terms":{"originals":2,"copies_per_side":3}})");
  BOOST_TEST(copies.en.find("terms.copies_per_side") != std::string::npos, copies.en);
  Error owner = bad("{" + parties + R"(,"parcels":[{"area":"10","owners":[{"party":9}]}]})");
  BOOST_TEST(owner.en.find("parcels[0].owners[0].party") != std::string::npos, owner.en);
  Error date = bad(R"({"estate":{"death_date":"10/03/2024"}})");
  BOOST_TEST(date.code == "json.bad_date");
}

BOOST_AUTO_TEST_CASE(the_register_line_of_a_case_fills_the_authentication_number) {
  TempDir dir;
  auto db = openIn(dir);
  model::Case c = transferCase();
  c.code.clear();
  BOOST_REQUIRE(db->cases().add(c, "test"));
  auto none = documents::registerNumberOf(*db, office(), c.id);
  BOOST_REQUIRE(none);
  BOOST_TEST(!none->has_value());
  registry::AuthenticationRegister reg(*db, office());
  registry::NewEntry e;
  e.date = {std::chrono::year(2026), std::chrono::month(2), std::chrono::day(9)};
  e.caseId = c.id;
  e.caseCode = c.code;
  e.parties = "Nguyễn Văn An (CCCD 044068001234); Lê Văn Cường (CCCD 045085009012)";
  e.documentTitle = "Hợp đồng chuyển nhượng quyền sử dụng đất";
  e.signer = "Lê Văn Thành, Phó Chủ tịch";
  e.fee = 50000;
  auto recorded = reg.record(e, "test");
  BOOST_REQUIRE_MESSAGE(recorded, (recorded ? "" : recorded.error().en));
  auto number = documents::registerNumberOf(*db, office(), c.id);
  BOOST_REQUIRE(number);
  BOOST_REQUIRE(number->has_value());
  BOOST_TEST((*number)->number == recorded->number);
  BOOST_TEST((*number)->year == 2026);
  BOOST_TEST((*number)->text == recorded->numberText);
  documents::DocumentContext ctx;
  ctx.authentication = *number;
  auto tree = documents::buildDocumentData(c, office(), e.date, ctx);
  const auto auth = tree->getObject("chung_thuc");
  BOOST_TEST(auth->getValue<bool>("co_so"));
  BOOST_TEST(auth->getValue<std::string>("so_chung_thuc_text") == recorded->numberText);
  BOOST_TEST(auth->getValue<std::string>("so_chung_thuc_text").find("quyển số 01/2026") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
