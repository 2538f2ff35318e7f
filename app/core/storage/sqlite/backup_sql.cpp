// SQL of backups and copies that both back-ends read as written, and SQLite's own (VACUUM INTO, pragmas).
#include "storage/backup_sql.h"

namespace landdesk::storage::backup_sql {

namespace {

std::string quoted(const std::string& s) {  // an SQL string literal
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string selectColumns(const std::string& columnList, const std::string& table) {
  return "SELECT " + columnList + " FROM " + table;
}

std::string countRows(const std::string& table) { return "SELECT COUNT(*) FROM " + table; }

const char* const kStoredScanHashes =
    "SELECT sha256 FROM source_document WHERE sha256 <> '' UNION SELECT sha256 FROM inbox_item WHERE sha256 <> ''";

std::string vacuumInto(const std::filesystem::path& copy) { return "VACUUM INTO " + quoted(copy.string()); }

std::string sqliteColumns(const std::string& table) {
  return "SELECT name, type FROM pragma_table_info(" + quoted(table) + ")";
}

// rowid order: a table ordered by insertion (case_relationship) gets its ordering ids in the same order.
std::string selectInRowidOrder(const std::string& columnList, const std::string& table) {
  return selectColumns(columnList, table) + " ORDER BY rowid";
}

const char* const kIntegrityCheck = "PRAGMA integrity_check";

}  // namespace landdesk::storage::backup_sql
