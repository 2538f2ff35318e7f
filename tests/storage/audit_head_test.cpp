// The audit log's head (count and newest hash, written with each entry): removing the newest entries, which the
// chain alone cannot show, is reported with how many went; two desks appending at once keep one unbroken chain.
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>

#include "storage/audit_repository.h"
#include "storage/settings_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

void appendEntries(storage::Database& db, int count, const std::string& who) {
  for (int i = 0; i < count; ++i)
    BOOST_REQUIRE(db.audit().record("case.view", "case", who + "-" + std::to_string(i), "HS-2026-0000" + who));
}

// Deletes rows as someone holding the data would: past the triggers that make the log permanent.
void removeNewest(const DatabaseFixture& f, int fromId) {
  std::string why;
  BOOST_REQUIRE_MESSAGE(rawSql(f.file,
                               bypassingGuards(f.file, "DROP TRIGGER audit_log_no_delete;",
                                               "DELETE FROM audit_log WHERE id >= " + std::to_string(fromId)),
                               &why),
                        why);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit_head)

BOOST_AUTO_TEST_CASE(removing_the_newest_entries_is_reported_with_their_number) {
  DatabaseFixture f;
  {
    auto db = f.open();
    appendEntries(*db, 6, "1");
    auto intact = db->audit().verify();
    BOOST_REQUIRE(intact);
    BOOST_TEST(!intact->brokenAt.has_value(), intact->reason);
    BOOST_TEST(intact->entries == 6);
    BOOST_TEST(db->settings().get("audit.head")->value_or("") == "6 " + db->audit().all()->back().hash);
  }
  // The chain of entries 1–4 is still whole: only the head can tell that 5 and 6 were there.
  removeNewest(f, 5);
  auto db = f.open();
  auto cut = db->audit().verify();
  BOOST_REQUIRE(cut);
  BOOST_TEST(cut->entries == 4);
  BOOST_TEST(cut->removedAtEnd == 2);
  BOOST_REQUIRE(cut->brokenAt.has_value());
  BOOST_TEST(*cut->brokenAt == 5);
  BOOST_TEST(cut->reason.find("the last 2 entries were removed") != std::string::npos, cut->reason);
}

BOOST_AUTO_TEST_CASE(a_replaced_newest_entry_and_a_forged_count_are_caught) {
  DatabaseFixture f;
  std::string headBefore;
  {
    auto db = f.open();
    appendEntries(*db, 3, "2");
    headBefore = **db->settings().get("audit.head");
  }
  // The newest entry swapped for one with a correctly recomputed hash chained to entry 2.
  {
    auto db = f.open();
    auto entries = *db->audit().all();
    storage::AuditEntry forged = entries[2];
    forged.detail = "someone else";
    forged.hash = storage::auditHash(forged);
    BOOST_REQUIRE(rawSql(f.file, bypassingGuards(f.file, "DROP TRIGGER audit_log_no_update;",
                                                 "UPDATE audit_log SET detail = 'someone else', hash = '" +
                                                     forged.hash + "' WHERE id = 3")));
    auto v = db->audit().verify();
    BOOST_REQUIRE(v);
    BOOST_TEST(v->removedAtEnd == 0);
    BOOST_REQUIRE(v->brokenAt.has_value());
    BOOST_TEST(*v->brokenAt == 3);
    BOOST_TEST(v->reason.find("head") != std::string::npos, v->reason);
  }
  // Lowering the head's count along with the removal needs its hash forged too; a count alone does not pass.
  removeNewest(f, 3);
  BOOST_REQUIRE(rawSql(f.file, "UPDATE setting SET value = '2 " + headBefore.substr(2) + "' WHERE key = 'audit.head'"));
  auto db = f.open();
  auto v = db->audit().verify();
  BOOST_REQUIRE(v);
  BOOST_TEST(v->brokenAt.has_value());
}

BOOST_AUTO_TEST_CASE(a_log_written_before_the_head_gets_one_on_the_next_entry) {
  DatabaseFixture f;
  {
    auto db = f.open();
    appendEntries(*db, 3, "3");
  }
  BOOST_REQUIRE(rawSql(f.file, "DELETE FROM setting WHERE key = 'audit.head'"));
  auto db = f.open();
  BOOST_TEST(!db->audit().verify()->brokenAt.has_value());  // nothing to compare with yet: the chain alone
  appendEntries(*db, 1, "3");
  BOOST_TEST(db->settings().get("audit.head")->value_or("").starts_with("4 "));
  BOOST_TEST(db->audit().verify()->entries == 4);
  BOOST_TEST(!db->audit().verify()->brokenAt.has_value());
}

BOOST_AUTO_TEST_CASE(two_processes_appending_at_once_keep_one_chain) {
  constexpr int kEach = 25;
  DatabaseFixture f;
  f.open();  // the schema first, so both desks only append
  auto desk = [&](const std::string& who) {
    storage::OpenOptions o;
    o.path = f.file;
    o.busyTimeout = std::chrono::milliseconds(20000);
    auto db = storage::Database::open(o);
    if (!db) return 2;
    for (int i = 0; i < kEach; ++i)
      if (!(*db)->audit().record("case.view", "case", who + std::to_string(i))) return 3;
    return 0;
  };
  const pid_t other = fork();
  if (other == 0) _exit(desk("b"));
  const int mine = desk("a");
  int status = 0;
  waitpid(other, &status, 0);
  BOOST_REQUIRE_EQUAL(mine, 0);
  BOOST_REQUIRE(WIFEXITED(status));
  BOOST_REQUIRE_EQUAL(WEXITSTATUS(status), 0);
  auto db = f.open();
  auto v = db->audit().verify();
  BOOST_REQUIRE(v);
  BOOST_TEST(!v->brokenAt.has_value(), v->reason);
  BOOST_TEST(v->entries == 2 * kEach);
  BOOST_TEST(db->settings().get("audit.head")->value_or("").starts_with(std::to_string(2 * kEach) + " "));
}

BOOST_AUTO_TEST_SUITE_END()
