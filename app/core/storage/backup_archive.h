// Internal to storage/: the backup archive's zip layout, its manifest, and the PostgreSQL client programs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "storage/backup.h"

namespace landdesk::storage::archive {

constexpr const char* kFormat = "landdesk-backup-1";
constexpr const char* kManifest = "manifest.json";
constexpr const char* kSqliteFile = "database.sqlite";
constexpr const char* kDumpFile = "database.pgdump";

std::string manifestJson(const BackupSummary& s, const std::vector<std::string>& scans);
Result<BackupSummary> parseManifest(const std::filesystem::path& file, std::vector<std::string>& scans);

// Zips `dir` (every regular file, relative names) into `out`.
Status zipFolder(const std::filesystem::path& dir, const std::filesystem::path& out);
// Unzips `archive` into the empty folder `dir`; refuses entry names that climb out of it.
Status unzipInto(const std::filesystem::path& archive, const std::filesystem::path& dir);

// Runs pg_dump / pg_restore (no shell); the error carries the program's own message.
Status runPostgresTool(const std::string& program, const std::vector<std::string>& args);

// A fresh scratch folder, removed when this goes out of scope.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace landdesk::storage::archive
