// PostgreSQL's part of backups and copies: catalogue queries, the copy's session settings, sequences, and the
// pg_dump / pg_restore command lines (custom format, no owners, all-or-nothing restore).
#include "storage/backup_sql.h"

namespace landdesk::storage::backup_sql {

const char* const kServerColumns =
    "SELECT column_name::text, data_type::text FROM information_schema.columns WHERE table_schema = "
    "current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position";

// Rows arrive as they are (ids, derived columns, permanent register lines): no trigger or foreign-key check runs on
// them, which needs a superuser or, from PostgreSQL 15, GRANT SET ON PARAMETER session_replication_role.
const char* const kReplicaRole = "SET LOCAL session_replication_role = replica";
const char* const kDropSchema = "DROP SCHEMA public CASCADE";
const char* const kCreateSchema = "CREATE SCHEMA public";

std::string resetIdSequence(const std::string& table) {
  return "SELECT setval(s, (SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + "), false) FROM "
         "(SELECT pg_get_serial_sequence('" + table + "', 'id') AS s) q WHERE s IS NOT NULL";
}

// The copy's target is always a server: $n placeholders.
std::string insertCastRows(const std::string& table, const std::string& columnList,
                           const std::vector<std::string>& types, size_t rows) {
  std::string text = "INSERT INTO " + table + " (" + columnList + ") VALUES ";
  size_t n = 0;
  for (size_t r = 0; r < rows; ++r) {
    text += r == 0 ? "(" : ", (";
    // Multi-row VALUES types its parameters as text unless told: cast each to its column's type.
    for (size_t c = 0; c < types.size(); ++c)
      text += (c ? ", CAST($" : "CAST($") + std::to_string(++n) + " AS " + types[c] + ")";
    text += ")";
  }
  return text;
}

std::vector<std::string> pgDumpArguments(const std::filesystem::path& dump, const std::string& connection) {
  return {"--format=custom", "--no-owner", "--file", dump.string(), "--dbname", connection};
}

// In one transaction, stopping at the first error: a failed restore leaves the database as it was.
std::vector<std::string> pgRestoreArguments(const std::filesystem::path& dump, const std::string& connection) {
  return {"--no-owner", "--exit-on-error", "--single-transaction", "--dbname", connection, dump.string()};
}

// Without a server to restore into, pg_restore reading the whole table of contents checks the dump.
std::vector<std::string> pgRestoreListArguments(const std::filesystem::path& dump) { return {"--list", dump.string()}; }

}  // namespace landdesk::storage::backup_sql
