// Logins, lock-out and the core's refusals on a real desk database; the audit chain catches edits and removals.
#include <sqlite3.h>

#include <boost/test/unit_test.hpp>

#include "access/accounts.h"
#include "demo/synthetic_cases.h"
#include "storage/audit_repository.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "storage/user_repository.h"
#include "support/postgres_server.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::access;

namespace {

constexpr char kAdminPassword[] = "quan-tri-2026";

std::unique_ptr<storage::Database> openDb(const std::filesystem::path& path) {
  auto db = storage::Database::open({.path = test::testDatabase(path)});  // a server database in access_postgresql
  BOOST_REQUIRE_MESSAGE(db, (db ? std::string() : db.error().en));
  return std::move(*db);
}

model::Case oneCase(uint64_t seed) {
  auto cases = demo::syntheticCases(1, seed, LocalDateTime{std::chrono::days{20500}});
  return cases.front();
}

// A desk with an administrator and a read-only officer; returns the path.
std::filesystem::path deskWithUsers(const test::TempDir& dir) {
  auto path = dir / "desk.sqlite";
  auto db = openDb(path);
  BOOST_REQUIRE(addUser(*db, "admin", "Nguyễn Văn Quản", "admin", kAdminPassword));
  BOOST_REQUIRE(addUser(*db, "lan", "Trần Thị Lan", "readonly", "chi-xem-thoi"));
  return path;
}

void exec(sqlite3* h, const char* sql) {
  char* err = nullptr;
  BOOST_REQUIRE_MESSAGE(sqlite3_exec(h, sql, nullptr, nullptr, &err) == SQLITE_OK, (err ? err : ""));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(accounts)

BOOST_AUTO_TEST_CASE(single_desk_mode_until_the_first_user) {
  test::TempDir dir;
  auto db = openDb(dir / "desk.sqlite");
  BOOST_TEST(db->actor().desk);
  auto c = oneCase(1);
  BOOST_REQUIRE(db->cases().add(c, "desk"));
  auto first = addUser(*db, "lan", "Trần Thị Lan", "readonly", "chi-xem-thoi");
  BOOST_REQUIRE(!first);
  BOOST_TEST(first.error().code == "access.first_admin");
  BOOST_REQUIRE(addUser(*db, "admin", "Nguyễn Văn Quản", "admin", kAdminPassword));
  db.reset();

  auto reopened = openDb(dir / "desk.sqlite");
  BOOST_TEST(reopened->actor().anonymous);
  auto c2 = oneCase(2);
  auto refused = reopened->cases().add(c2, "x");
  BOOST_REQUIRE(!refused);
  BOOST_TEST(refused.error().code == "access.login_required");
  auto refusedSetting = reopened->settings().set("office.name", "UBND xã A", "x");
  BOOST_TEST(!refusedSetting);
  BOOST_REQUIRE(login(*reopened, "admin", kAdminPassword));
  BOOST_TEST((reopened->cases().add(c2, "admin")).ok());
}

BOOST_AUTO_TEST_CASE(read_only_officer_is_refused_in_the_core) {
  test::TempDir dir;
  auto db = openDb(deskWithUsers(dir));
  BOOST_REQUIRE(login(*db, "lan", "chi-xem-thoi"));
  auto c = oneCase(3);
  auto denied = db->cases().add(c, "lan");
  BOOST_REQUIRE(!denied);
  BOOST_TEST(denied.error().code == "access.denied");
  BOOST_TEST(!addUser(*db, "hoa", "Lê Hoa", "admin", "mat-khau-hoa"));
  BOOST_TEST(!db->audit().list({}));  // no read-audit right
  BOOST_TEST(db->users().all().ok());      // rows, no hashes shown by any command
  auto count = db->cases().count();
  BOOST_REQUIRE(count);
  BOOST_TEST(*count == 0);
  // She may change her own password, not her roles.
  BOOST_TEST((changePassword(*db, "lan", "mat-khau-moi-1")).ok());
  auto row = db->users().byLogin("lan");
  BOOST_REQUIRE(row && row->has_value());
  auto promoted = **row;
  promoted.roles = "admin";
  BOOST_TEST(!db->users().update(promoted));
}

BOOST_AUTO_TEST_CASE(lock_out_after_repeated_failures_then_unlock) {
  test::TempDir dir;
  auto path = deskWithUsers(dir);
  auto db = openDb(path);
  BOOST_REQUIRE(login(*db, "admin", kAdminPassword));
  BOOST_REQUIRE(db->settings().set(std::string(kMaxFailedLoginsKey), "3", "admin"));
  BOOST_REQUIRE(db->settings().set(std::string(kLockoutMinutesKey), "10", "admin"));
  const LocalDateTime t0 = localNow();
  for (int i = 0; i < 2; ++i) {
    auto r = login(*db, "lan", "sai-mat-khau", t0);
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error().code == "access.bad_login");
  }
  auto third = login(*db, "lan", "sai-mat-khau", t0);
  BOOST_REQUIRE(!third);
  BOOST_TEST(third.error().code == "access.locked");
  // The right password does not open a locked account until the time passes.
  auto locked = login(*db, "lan", "chi-xem-thoi", t0 + std::chrono::minutes(5));
  BOOST_REQUIRE(!locked);
  BOOST_TEST(locked.error().code == "access.locked");
  BOOST_TEST((login(*db, "lan", "chi-xem-thoi", t0 + std::chrono::minutes(11))).ok());
  // Locked again, then lifted by the administrator.
  for (int i = 0; i < 3; ++i) (void)login(*db, "lan", "sai", t0 + std::chrono::minutes(12));
  BOOST_TEST(!login(*db, "lan", "chi-xem-thoi", t0 + std::chrono::minutes(13)));
  BOOST_REQUIRE(login(*db, "admin", kAdminPassword));
  BOOST_REQUIRE(unlockUser(*db, "lan"));
  BOOST_TEST((login(*db, "lan", "chi-xem-thoi", t0 + std::chrono::minutes(13))).ok());
  // Unknown and disabled logins get the same answer as a wrong password.
  BOOST_TEST(login(*db, "nobody", "x").error().code == "access.bad_login");
  BOOST_REQUIRE(login(*db, "admin", kAdminPassword));
  BOOST_REQUIRE(disableUser(*db, "lan"));
  BOOST_TEST(login(*db, "lan", "chi-xem-thoi").error().code == "access.bad_login");
}

// sqlite_only: tampers through SQLite's C API with the file's own trigger names; the same tampering on PostgreSQL,
// and the removal of the newest entries, is tests/storage/audit_head_test.cpp on both back-ends.
BOOST_AUTO_TEST_CASE(audit_chain_catches_edits_and_removals, *boost::unit_test::label("sqlite_only")) {
  test::TempDir dir;
  auto path = deskWithUsers(dir);
  {
    auto db = openDb(path);
    BOOST_REQUIRE(login(*db, "admin", kAdminPassword));
    for (uint64_t s = 10; s < 13; ++s) {
      auto c = oneCase(s);
      BOOST_REQUIRE(db->cases().add(c, "admin"));
      BOOST_REQUIRE(viewCase(*db, c.code));
    }
    auto entries = db->audit().list({});
    BOOST_REQUIRE(entries);
    BOOST_TEST(entries->size() == 2u + 6u);  // two user.add, three case.create, three case.view
    BOOST_TEST(entries->back().action == "case.view");
    BOOST_TEST(entries->back().actor == "admin");
    auto ok = db->audit().verify();
    BOOST_REQUIRE(ok);
    BOOST_TEST(!ok->brokenAt.has_value());
    BOOST_TEST(ok->entries == 8);
  }
  sqlite3* h = nullptr;
  BOOST_REQUIRE(sqlite3_open(path.c_str(), &h) == SQLITE_OK);
  // The triggers refuse edits made with plain SQL.
  BOOST_TEST(sqlite3_exec(h, "UPDATE audit_log SET actor = 'x' WHERE id = 4", nullptr, nullptr, nullptr) != SQLITE_OK);
  BOOST_TEST(sqlite3_exec(h, "DELETE FROM audit_log WHERE id = 4", nullptr, nullptr, nullptr) != SQLITE_OK);
  exec(h, "DROP TRIGGER audit_log_no_update");
  exec(h, "DROP TRIGGER audit_log_no_delete");
  exec(h, "UPDATE audit_log SET actor = 'someone-else' WHERE id = 5");
  {
    auto db = openDb(path);
    auto v = db->audit().verify();
    BOOST_REQUIRE(v);
    BOOST_REQUIRE(v->brokenAt.has_value());
    BOOST_TEST(*v->brokenAt == 5);
  }
  exec(h, "UPDATE audit_log SET actor = 'admin' WHERE id = 5");  // restored
  exec(h, "DELETE FROM audit_log WHERE id = 6");
  sqlite3_close(h);
  auto db = openDb(path);
  auto v = db->audit().verify();
  BOOST_REQUIRE(v);
  BOOST_REQUIRE(v->brokenAt.has_value());
  BOOST_TEST(*v->brokenAt == 7);
}

BOOST_AUTO_TEST_SUITE_END()
