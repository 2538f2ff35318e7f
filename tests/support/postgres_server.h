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

}  // namespace landdesk::test
