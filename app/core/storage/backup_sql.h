// The SQL text and server-tool command lines of backups and `db copy`, kept in the dialect folders like every
// other statement: sqlite/backup_sql.cpp (portable texts and SQLite's own), postgresql/backup_sql.cpp.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace landdesk::storage::backup_sql {

// Portable (sqlite/backup_sql.cpp).
std::string selectColumns(const std::string& columnList, const std::string& table);
std::string countRows(const std::string& table);
extern const char* const kStoredScanHashes;  // -> sha256 of every stored paper, once each

// SQLite.
std::string vacuumInto(const std::filesystem::path& copy);  // a consistent copy of a live database
std::string sqliteColumns(const std::string& table);         // -> name, type
std::string selectInRowidOrder(const std::string& columnList, const std::string& table);
extern const char* const kIntegrityCheck;                    // -> "ok" or the damage found

// PostgreSQL.
extern const char* const kServerColumns;  // (table) -> column_name, data_type
extern const char* const kReplicaRole;    // inside a transaction: no trigger or foreign-key check on copied rows
extern const char* const kDropSchema;
extern const char* const kCreateSchema;
// INSERT INTO table (columns) VALUES with `rows` tuples of `types.size()` placeholders $n, each cast to its type.
std::string insertCastRows(const std::string& table, const std::string& columnList,
                           const std::vector<std::string>& types, size_t rows);
std::string resetIdSequence(const std::string& table);  // the table's id sequence past its highest id
std::vector<std::string> pgDumpArguments(const std::filesystem::path& dump, const std::string& connection);
std::vector<std::string> pgRestoreArguments(const std::filesystem::path& dump, const std::string& connection);
std::vector<std::string> pgRestoreListArguments(const std::filesystem::path& dump);

}  // namespace landdesk::storage::backup_sql
