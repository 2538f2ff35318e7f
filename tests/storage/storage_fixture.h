// Shared helpers for the storage tests: a database in a temp folder, a fully populated case, raw SQLite access.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "model/case.h"
#include "storage/database.h"
#include "support/postgres_server.h"
#include "support/temp_dir.h"

namespace landdesk::test {

// The same tests run on both back-ends: on PostgreSQL (LANDDESK_TEST_BACKEND=postgresql, ctest "storage_postgresql")
// `file` holds the URL of a fresh database on the test server; tests of SQLite files carry the label sqlite_only.
struct DatabaseFixture {
  TempDir dir;
  std::filesystem::path file =
      testingPostgresql() ? std::filesystem::path(PostgresServer::shared().createDatabase()) : dir / "desk.sqlite";
  std::unique_ptr<storage::Database> open(int migrateTo = -1) const;
};

// A case using every field of the model: a married couple selling to one buyer, two parcels (one mixed-use),
// a document with extracted fields. `text` transforms every string (e.g. to NFD) so tests can feed other forms.
model::Case fullCase(std::string (*text)(const std::string&) = nullptr);

// The same string in decomposed form (NFD), as some phones and Macs send it.
std::string toNfd(const std::string& s);

// Runs SQL outside LandDesk (SQLite's C API on a file, psql on a postgresql:// URL); false with the message on error.
bool rawSql(const std::filesystem::path& file, const std::string& sql, std::string* error = nullptr);

// The whole file's bytes, to prove a refused file was left untouched.
std::string fileBytes(const std::filesystem::path& file);

}  // namespace landdesk::test
