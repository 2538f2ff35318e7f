// Backups of a desk: one archive with the database (SQLite online copy by VACUUM INTO, or pg_dump), every stored
// scan and a manifest of per-table counts and hashes and per-scan SHA-256; verification and restore check them all.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "storage/backup_copy.h"
#include "storage/database.h"
#include "util/datetime.h"
#include "util/error.h"

namespace landdesk::storage {

struct BackupSummary {
  std::filesystem::path archive;
  std::string backend;                          // "sqlite" or "postgresql": the format of the database inside
  int schemaVersion = 0;
  std::map<std::string, TableDigest> tables;    // as recorded in the manifest (and checked, on verify/restore)
  int64_t scans = 0;                            // stored papers in the archive, each checked against its SHA-256
};

// Writes the archive `out` (a zip) from the open database (`location`: the path or URL it was opened with, which
// pg_dump needs) and the file store of `dataDir`; refuses when a scan the database refers to is missing or damaged.
// Written to a temporary name, renamed when complete.
Result<BackupSummary> createBackup(Database& db, const std::string& location, const std::filesystem::path& dataDir,
                                   const std::filesystem::path& out);

// Opens the archive, re-hashes every scan and restores the database into a scratch place to compare every table's
// count and hash with the manifest (and runs SQLite's integrity check).
Result<BackupSummary> verifyBackup(const std::filesystem::path& archive);

// Restores into a data directory (its database file and file store; both must not exist yet) or into an empty
// PostgreSQL database (postgresql://…; scans then go to `dataDir`'s store). Checks counts and hashes after.
Result<BackupSummary> restoreBackup(const std::filesystem::path& archive, const std::string& to,
                                    const std::filesystem::path& dataDir);

// The office's scheduled backup (settings backup.interval_hours and backup.folder): writes a backup into the folder
// when the interval has passed since backup.last_at and records the time; nothing when not set or not yet due.
Result<std::optional<BackupSummary>> backupIfDue(Database& db, const std::string& location,
                                                 const std::filesystem::path& dataDir, LocalDateTime now);

}  // namespace landdesk::storage
