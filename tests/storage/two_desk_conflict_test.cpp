// Two desks are two processes (fork) on one database, SQLite file or PostgreSQL server alike: optimistic locking
// must refuse a stale write with the differences, and two desks editing in a loop must never lose an update.
#include <boost/test/unit_test.hpp>

#include "desk_process.h"
#include "storage/case_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

struct EditCounts {
  int done = 0, conflicts = 0, busy = 0, failures = 0;
};

// Adds one to the counter kept in the case's officer field, `times` times, reloading and retrying on a conflict
// (or, on SQLite, on a busy database: its snapshot cannot be upgraded while the other desk commits).
EditCounts incrementLoop(storage::Database& db, int64_t caseId, int times) {
  EditCounts n;
  while (n.done < times && n.failures == 0) {
    auto c = db.cases().byId(caseId);
    if (!c) {
      ++n.failures;
      break;
    }
    c->officer = std::to_string(std::stoi(c->officer) + 1);
    auto ok = db.cases().update(*c, "desk" + std::to_string(getpid()));
    if (ok) ++n.done;
    else if (ok.error().code == "db.conflict") ++n.conflicts;
    else if (ok.error().code == "db.locked") ++n.busy;
    else ++n.failures;
  }
  return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(two_desks)

BOOST_AUTO_TEST_CASE(a_stale_copy_is_refused_with_what_changed) {
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  c.officer = "Nguyễn Thị Hoa";
  BOOST_REQUIRE(db->cases().add(c, "a"));
  auto mine = *db->cases().byId(c.id);  // desk two loads the case…
  const pid_t other = forkDesk([&] {  // …desk one (another process) changes and saves it
    auto desk = openDesk(f.file);
    if (!desk) return 2;
    auto theirs = *desk->cases().byId(c.id);
    theirs.officer = "Trần Văn Bình";
    return desk->cases().update(theirs, "one") ? 0 : 3;
  });
  BOOST_REQUIRE_EQUAL(exitCode(other), 0);
  mine.officer = "Lê Minh";
  auto refused = db->cases().update(mine, "two");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "db.conflict");
  BOOST_TEST(refused.error().en.find("officer: theirs \"Trần Văn Bình\" / yours \"Lê Minh\"") != std::string::npos,
             refused.error().en);
  BOOST_TEST(refused.error().vi.find("máy khác \"Trần Văn Bình\" / bạn \"Lê Minh\"") != std::string::npos);
  BOOST_TEST(db->cases().byId(c.id)->officer == "Trần Văn Bình");  // nothing overwritten
  BOOST_TEST(db->cases().byId(c.id)->rowVersion == 2);
}

BOOST_AUTO_TEST_CASE(two_processes_editing_one_case_lose_no_update) {
  constexpr int kEach = 15;
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  c.officer = "0";
  BOOST_REQUIRE(db->cases().add(c, "a"));
  int pipeEnds[2];
  BOOST_REQUIRE(pipe(pipeEnds) == 0);
  const pid_t other = forkDesk([&] {
    auto desk = openDesk(f.file);
    if (!desk) return 2;
    EditCounts n = incrementLoop(*desk, c.id, kEach);
    if (write(pipeEnds[1], &n, sizeof n) != sizeof n) return 4;
    return n.failures == 0 ? 0 : 3;
  });
  EditCounts mine = incrementLoop(*db, c.id, kEach);
  BOOST_REQUIRE_EQUAL(exitCode(other), 0);
  EditCounts theirs;
  BOOST_REQUIRE(read(pipeEnds[0], &theirs, sizeof theirs) == static_cast<ssize_t>(sizeof theirs));
  close(pipeEnds[0]);
  close(pipeEnds[1]);
  BOOST_TEST(mine.failures == 0);
  auto stored = db->cases().byId(c.id);
  BOOST_REQUIRE(stored.ok());
  BOOST_TEST(stored->officer == std::to_string(2 * kEach));  // every increment of both desks is there
  BOOST_TEST(stored->rowVersion == 1 + 2 * kEach);
  BOOST_TEST_MESSAGE((testingPostgresql() ? "PostgreSQL" : "SQLite")
                     << ": 2 processes x " << kEach << " edits of one case, conflicts refused and retried: "
                     << mine.conflicts + theirs.conflicts << ", busy retried: " << mine.busy + theirs.busy
                     << ", lost updates: " << 2 * kEach - std::stoi(stored->officer));
}

BOOST_AUTO_TEST_SUITE_END()
