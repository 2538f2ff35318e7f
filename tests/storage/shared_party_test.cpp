// One person, one party row, two cases: two desks (processes) editing that person through different cases must not
// lose an update. Each case's own row_version cannot see it, so the party row's version guards the write.
#include <boost/test/unit_test.hpp>

#include "desk_process.h"
#include "storage/case_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

// Two stored cases sharing the seller of the first: the second case is added with that party row's id.
std::pair<int64_t, int64_t> twoCasesSharingAParty(storage::Database& db) {
  auto first = fullCase();
  BOOST_REQUIRE(db.cases().add(first, "a"));
  auto second = fullCase();
  second.parties = {first.parties.front()};
  second.parties.front().spouse.reset();
  second.relationships.clear();
  second.documents.clear();
  BOOST_REQUIRE(db.cases().add(second, "a"));
  BOOST_REQUIRE_EQUAL(second.parties.front().party.id, first.parties.front().party.id);
  return {first.id, second.id};
}


}  // namespace

BOOST_AUTO_TEST_SUITE(shared_party)

BOOST_AUTO_TEST_CASE(a_stale_copy_of_a_shared_party_is_refused_through_the_other_case) {
  DatabaseFixture f;
  auto db = f.open();
  const auto [first, second] = twoCasesSharingAParty(*db);
  auto mine = *db->cases().byId(second);  // desk two holds case two, with the shared seller
  const pid_t other = forkDesk([&] {  // desk one changes the seller's phone through case one
    auto desk = openDesk(f.file);
    if (!desk) return 2;
    auto theirs = *desk->cases().byId(first);
    theirs.parties.front().party.phone = "0987654321";
    return desk->cases().update(theirs, "one") ? 0 : 3;
  });
  BOOST_REQUIRE_EQUAL(exitCode(other), 0);
  mine.parties.front().party.currentAddress = "Số 9 Lê Lợi";  // case two's own version has not moved
  auto refused = db->cases().update(mine, "two");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "db.conflict");
  BOOST_TEST(refused.error().en.find("\"0987654321\"") != std::string::npos, refused.error().en);
  BOOST_TEST(refused.error().en.find("Nguyễn Văn Đông") != std::string::npos);
  // Nothing of the refused write stayed; reloaded, the edit goes through and keeps the other desk's phone.
  auto reloaded = *db->cases().byId(second);
  BOOST_TEST(reloaded.parties.front().party.phone == "0987654321");
  BOOST_TEST(reloaded.parties.front().party.currentAddress != "Số 9 Lê Lợi");
  reloaded.parties.front().party.currentAddress = "Số 9 Lê Lợi";
  BOOST_REQUIRE(db->cases().update(reloaded, "two"));
  auto viaFirst = *db->cases().byId(first);
  BOOST_TEST(viaFirst.parties.front().party.phone == "0987654321");
  BOOST_TEST(viaFirst.parties.front().party.currentAddress == "Số 9 Lê Lợi");
}

BOOST_AUTO_TEST_CASE(two_processes_editing_one_person_through_two_cases_lose_no_update) {
  constexpr int kEach = 12;
  DatabaseFixture f;
  auto db = f.open();
  const auto [first, second] = twoCasesSharingAParty(*db);
  {
    auto c = *db->cases().byId(first);
    c.parties.front().party.phone = "0";
    BOOST_REQUIRE(db->cases().update(c, "a"));
  }
  const int refused = twoDesksIncrementing(*db, f.file, first, second, kEach,
                                           [](model::Case& c) -> std::string& { return c.parties.front().party.phone; });
  const std::string phone = db->cases().byId(second)->parties.front().party.phone;
  BOOST_TEST(phone == std::to_string(2 * kEach));  // every increment of both desks is there
  BOOST_TEST(db->cases().byId(first)->parties.front().party.phone == phone);
  BOOST_TEST_MESSAGE((testingPostgresql() ? "PostgreSQL" : "SQLite")
                     << ": 2 processes x " << kEach << " edits of one person through two cases, refused and retried: "
                     << refused << ", lost updates: " << 2 * kEach - std::stoi(phone));
}

BOOST_AUTO_TEST_SUITE_END()
