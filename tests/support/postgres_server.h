// A real PostgreSQL 15 server for tests: initialised in a temporary folder, started on a free loopback port, one per
// test process, stopped (and its folder removed) when the process ends. Runs initdb as "postgres" when root.
#pragma once

#include <filesystem>
#include <string>

namespace landdesk::test {

class PostgresServer {
 public:
  // The process's server, started on first use; throws with initdb's or pg_ctl's output when it cannot start.
  static PostgresServer& shared();
  ~PostgresServer();

  int port() const { return port_; }
  // A new, empty database on the server; returns its postgresql:// URL (user postgres, trust authentication).
  std::string createDatabase();
  // Runs SQL through psql on the database of `url` (stopping at the first error); false with psql's message.
  static bool runSql(const std::string& url, const std::string& sql, std::string* error = nullptr);
  // The first column of the rows a query returns, one value per line, through psql.
  static std::string query(const std::string& url, const std::string& sql);

 private:
  PostgresServer();
  std::filesystem::path dir_;
  int port_ = 0;
  int databases_ = 0;
};

// True when the storage tests run against PostgreSQL (LANDDESK_TEST_BACKEND=postgresql).
bool testingPostgresql();

// Where a test keeps its desk database: `file` on SQLite; on PostgreSQL the URL of a fresh database on the server
// (so a suite's fixtures run unchanged on both back-ends: ctest "<suite>" and "<suite>_postgresql"), the same one
// each time for the same `file`; a location that is already a URL is returned as it is.
std::filesystem::path testDatabase(const std::filesystem::path& file);
// True for a postgresql:// location (raw SQL then goes through psql instead of SQLite's C API).
bool isServerDatabase(const std::filesystem::path& location);
// SQL that tampers with guarded tables the way someone holding the data would: on a SQLite file `sqliteDrops`
// (DROP TRIGGER …;) goes first; on a server the session skips every trigger (session_replication_role, superuser).
std::string bypassingGuards(const std::filesystem::path& location, const std::string& sqliteDrops,
                            const std::string& sql);
// The first column of the first row psql returns for `sql`, as an integer; -1 when there is none.
long long serverInt(const std::string& url, const std::string& sql);

}  // namespace landdesk::test
