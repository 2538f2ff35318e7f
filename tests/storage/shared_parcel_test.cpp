// One parcel, one parcel row, two cases (a transfer of part of it and then another transfer): two desks (processes)
// editing that parcel through different cases must not lose an update. Each case's own row_version cannot see it,
// so the parcel row's version guards the write, as the party row's does (shared_party_test.cpp).
#include <boost/test/unit_test.hpp>

#include "desk_process.h"
#include "storage/case_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

// Two stored cases holding the first parcel of the first: the second case is added with that parcel row's id.
std::pair<int64_t, int64_t> twoCasesSharingAParcel(storage::Database& db) {
  auto first = fullCase();
  BOOST_REQUIRE(db.cases().add(first, "a"));
  auto second = fullCase();
  second.parcels = {first.parcels.front()};
  second.parcels.front().owners.clear();
  second.documents.clear();
  BOOST_REQUIRE(db.cases().add(second, "a"));
  BOOST_REQUIRE_EQUAL(second.parcels.front().parcel.id, first.parcels.front().parcel.id);
  BOOST_REQUIRE_NE(second.parties.front().party.id, first.parties.front().party.id);  // only the parcel is shared
  return {first.id, second.id};
}


}  // namespace

BOOST_AUTO_TEST_SUITE(shared_parcel)

BOOST_AUTO_TEST_CASE(a_stale_copy_of_a_shared_parcel_is_refused_through_the_other_case) {
  DatabaseFixture f;
  auto db = f.open();
  const auto [first, second] = twoCasesSharingAParcel(*db);
  auto mine = *db->cases().byId(second);  // desk two holds case two, with the shared parcel
  const pid_t other = forkDesk([&] {     // desk one corrects the parcel's address through case one
    auto desk = openDesk(f.file);
    if (!desk) return 2;
    auto theirs = *desk->cases().byId(first);
    theirs.parcels.front().parcel.address = "Thôn Phú Hải 2, xã Hải Lăng";
    return desk->cases().update(theirs, "one") ? 0 : 3;
  });
  BOOST_REQUIRE_EQUAL(exitCode(other), 0);
  mine.parcels.front().parcel.term = "Lâu dài";  // case two's own version has not moved
  auto refused = db->cases().update(mine, "two");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "db.conflict");
  BOOST_TEST(refused.error().en.find("\"Thôn Phú Hải 2, xã Hải Lăng\"") != std::string::npos, refused.error().en);
  BOOST_TEST(refused.error().vi.find("Thửa đất số 123, tờ 45") != std::string::npos, refused.error().vi);
  // Nothing of the refused write stayed; reloaded, the edit goes through and keeps the other desk's address.
  auto reloaded = *db->cases().byId(second);
  BOOST_TEST(reloaded.parcels.front().parcel.address == "Thôn Phú Hải 2, xã Hải Lăng");
  BOOST_TEST(reloaded.parcels.front().parcel.term != "Lâu dài");
  reloaded.parcels.front().parcel.term = "Lâu dài";
  BOOST_REQUIRE(db->cases().update(reloaded, "two"));
  auto viaFirst = *db->cases().byId(first);
  BOOST_TEST(viaFirst.parcels.front().parcel.address == "Thôn Phú Hải 2, xã Hải Lăng");
  BOOST_TEST(viaFirst.parcels.front().parcel.term == "Lâu dài");
}

BOOST_AUTO_TEST_CASE(two_processes_editing_one_parcel_through_two_cases_lose_no_update) {
  constexpr int kEach = 12;
  DatabaseFixture f;
  auto db = f.open();
  const auto [first, second] = twoCasesSharingAParcel(*db);
  {
    auto c = *db->cases().byId(first);
    c.parcels.front().parcel.assets = "0";
    BOOST_REQUIRE(db->cases().update(c, "a"));
  }
  const int refused = twoDesksIncrementing(*db, f.file, first, second, kEach,
                                           [](model::Case& c) -> std::string& { return c.parcels.front().parcel.assets; });
  const std::string assets = db->cases().byId(second)->parcels.front().parcel.assets;
  BOOST_TEST(assets == std::to_string(2 * kEach));  // every increment of both desks is there
  BOOST_TEST(db->cases().byId(first)->parcels.front().parcel.assets == assets);
  BOOST_TEST_MESSAGE((testingPostgresql() ? "PostgreSQL" : "SQLite")
                     << ": 2 processes x " << kEach << " edits of one parcel through two cases, refused and retried: "
                     << refused << ", lost updates: " << 2 * kEach - std::stoi(assets));
}

BOOST_AUTO_TEST_SUITE_END()
