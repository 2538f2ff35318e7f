// Where the desk database lives: a SQLite file (plain path or sqlite://PATH) or a PostgreSQL server (postgresql://…).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "util/error.h"

namespace landdesk::storage {

struct DatabaseTarget {
  enum class Kind { Sqlite, Postgresql };
  Kind kind = Kind::Sqlite;
  std::filesystem::path file;    // SQLite: the database file
  std::string connection;        // PostgreSQL: libpq "key=value" pairs, as Poco's connector wants them
  std::string display;           // for messages: the URL with any password replaced by "***"
  std::string database;          // PostgreSQL: the database name
  bool isPostgresql() const { return kind == Kind::Postgresql; }
};

// True when `text` names a PostgreSQL server rather than a file.
bool isPostgresqlUrl(std::string_view text);

// Parses postgresql://[user[:password]@]host[:port]/dbname[?sslmode=…&connect_timeout=…] (also postgres://), or
// sqlite://PATH, or a plain path. Refuses a URL without a host or database, a bad port or an unknown parameter.
Result<DatabaseTarget> parseDatabaseTarget(std::string_view text);

}  // namespace landdesk::storage
