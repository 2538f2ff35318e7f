// Two desks opening one fresh (or older) database at the same moment: both open it, each migration is applied
// once. Several processes are forked and released together through a pipe, so their opens really overlap.
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <vector>

#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {

// Forks `desks` processes that wait on one pipe, then open `where` together; returns their exit codes
// (0 opened at the latest version, 2 refused, 3 opened at another version).
std::vector<int> openTogether(const std::filesystem::path& where, int desks) {
  int gate[2];
  BOOST_REQUIRE(pipe(gate) == 0);
  std::vector<pid_t> pids;
  for (int i = 0; i < desks; ++i) {
    const pid_t pid = fork();
    if (pid == 0) {
      close(gate[1]);
      char go = 0;
      if (read(gate[0], &go, 1) < 0) _exit(4);  // returns 0 (end of file) once the parent closes its end
      storage::OpenOptions o;
      o.path = where;
      o.busyTimeout = std::chrono::milliseconds(20000);
      auto db = storage::Database::open(o);
      if (!db) _exit(2);
      _exit((*db)->schemaVersion() == storage::Database::latestSchemaVersion() ? 0 : 3);
    }
    pids.push_back(pid);
  }
  close(gate[0]);
  close(gate[1]);  // every desk starts now
  std::vector<int> codes;
  for (pid_t pid : pids) {
    int status = 0;
    waitpid(pid, &status, 0);
    codes.push_back(WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status));
  }
  return codes;
}

// Rows of schema_migrations: one per version applied (a version applied twice would add one, or fail a desk).
long long migrationRows(const std::filesystem::path& where) {
  const char* sql = "SELECT COUNT(*) FROM schema_migrations";
  if (isServerDatabase(where)) return serverInt(where.string(), sql);
  sqlite3* h = nullptr;
  long long rows = -1;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_open(where.c_str(), &h) == SQLITE_OK && sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    rows = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(h);
  return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(migration_lock)

BOOST_AUTO_TEST_CASE(desks_opening_a_fresh_database_together_migrate_it_once) {
  DatabaseFixture f;
  const auto codes = openTogether(f.file, 4);
  for (int code : codes) BOOST_TEST(code == 0);
  DatabaseFixture alone;  // the same schema built by one desk: the record each version leaves once
  alone.open();
  BOOST_TEST(migrationRows(f.file) == migrationRows(alone.file));
  BOOST_TEST(f.open()->schemaVersion() == storage::Database::latestSchemaVersion());
  BOOST_TEST_MESSAGE((testingPostgresql() ? "PostgreSQL" : "SQLite")
                     << ": 4 processes opened one fresh database at once; schema_migrations rows "
                     << migrationRows(f.file) << ", one desk alone " << migrationRows(alone.file));
}

BOOST_AUTO_TEST_CASE(desks_opening_an_older_database_together_migrate_it_once) {
  DatabaseFixture f;
  f.open(8);
  const auto codes = openTogether(f.file, 3);
  for (int code : codes) BOOST_TEST(code == 0);
  auto db = f.open();
  BOOST_TEST(db->schemaVersion() == storage::Database::latestSchemaVersion());
  DatabaseFixture alone;
  alone.open();
  BOOST_TEST(migrationRows(f.file) == migrationRows(alone.file));
}

BOOST_AUTO_TEST_SUITE_END()
