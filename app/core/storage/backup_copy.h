// Moving and checking a desk's data between back-ends: per-table row counts and content hashes, the stored scans
// checked against their SHA-256, and `db copy` (a SQLite desk into PostgreSQL) in one all-or-nothing transaction.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "storage/database.h"
#include "storage/file_store.h"
#include "util/error.h"

namespace landdesk::storage {

struct TableDigest {
  int64_t rows = 0;
  std::string sha256;  // of the sorted row hashes: independent of row order and of the back-end's value types
};

// Every LandDesk table except the migration record and the search index (rebuilt from the cases), by name.
Result<std::map<std::string, TableDigest>> tableDigests(Database& db);

struct ScanCheck {
  int64_t checked = 0;                // distinct stored papers the database refers to
  std::vector<std::string> missing;   // SHA-256 of papers absent from the store
  std::vector<std::string> damaged;   // SHA-256 of papers whose content no longer has that hash
  bool ok() const { return missing.empty() && damaged.empty(); }
};

// The SHA-256 of every stored paper the database refers to (source documents, inbox items), each once.
std::vector<std::string> storedScanHashes(Database& db);

// Reads every paper the database refers to (source documents, inbox items) from `store` and re-hashes it.
Result<ScanCheck> checkStoredScans(Database& db, const FileStore& store);

struct CopyReport {
  std::map<std::string, TableDigest> tables;  // as verified equal on both sides
  ScanCheck scans;
};

// Copies every row of `source` into `target` (an empty PostgreSQL database at the same schema version), rebuilds
// its search index, resets its identity counters and verifies counts and hashes per table before committing; the
// scans are checked in `store` first. On any error nothing is left in the target.
Result<CopyReport> copyDatabase(Database& source, Database& target, const FileStore& store);

}  // namespace landdesk::storage
