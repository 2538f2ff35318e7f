#include "storage/backup.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/backup_archive.h"
#include "storage/backup_sql.h"
#include "storage/database_url.h"
#include "storage/session_impl.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"

namespace landdesk::storage {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;
using archive::ScratchDir;

namespace {

Result<std::unique_ptr<Database>> openAt(const std::string& location, bool create) {
  OpenOptions o;
  o.path = location;
  o.create = create;
  return Database::open(o);
}

Status sameTables(const BackupSummary& expected, const std::map<std::string, TableDigest>& actual,
                  const std::string& where) {
  for (const auto& [table, d] : expected.tables) {
    auto it = actual.find(table);
    if (it == actual.end() || it->second.rows != d.rows || it->second.sha256 != d.sha256)
      return makeError("backup.mismatch", "Dữ liệu khôi phục khác bản sao lưu ở bảng " + table,
                       "The restored data differs from the backup in table " + table,
                       where + ": " + std::to_string(d.rows) + " → " +
                           std::to_string(it == actual.end() ? 0 : it->second.rows) + " rows");
  }
  return {};
}

// Every scan in `files` must still have the SHA-256 it is stored under.
Status checkScans(const fs::path& files, const std::vector<std::string>& scans) {
  for (const auto& h : scans) {
    std::ifstream in(fileStoreIn(files.parent_path()).locate(h), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in || FileStore::sha256Hex(bytes.str()) != h)
      return makeError("backup.scan_damaged", "Giấy tờ đã quét trong bản sao lưu bị thiếu hoặc hỏng",
                       "A stored scan in the backup is missing or damaged", h);
  }
  return {};
}

// Unpacks the archive and restores its SQLite file in place (scratch/database.sqlite) when it holds one.
Result<BackupSummary> unpack(const fs::path& file, const ScratchDir& scratch, std::vector<std::string>& scans) {
  if (auto ok = archive::unzipInto(file, scratch.path()); !ok) return ok.error();
  auto summary = archive::parseManifest(scratch.path() / archive::kManifest, scans);
  if (!summary) return summary.error();
  summary->archive = file;
  if (auto ok = checkScans(scratch.path() / "files", scans); !ok) return ok.error();
  return summary;
}

}  // namespace

Result<BackupSummary> createBackup(Database& db, const std::string& location, const fs::path& dataDir,
                                   const fs::path& out) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::Backup); !ok) return ok.error();
  try {
    ScratchDir scratch;
    BackupSummary s;
    s.archive = out;
    s.backend = std::string(db.impl().dialect.name);
    s.schemaVersion = db.schemaVersion();
    const FileStore store = fileStoreIn(dataDir);
    auto scans = checkStoredScans(db, store);
    if (!scans) return scans.error();
    if (!scans->ok())
      return makeError("backup.scan_damaged", "Kho giấy tờ thiếu hoặc hỏng tệp; chưa sao lưu",
                       "The file store has missing or damaged papers; no backup written",
                       (scans->missing.empty() ? scans->damaged : scans->missing).front());
    const std::vector<std::string> hashes = storedScanHashes(db);
    // Recorded before the copy, like db copy: the backup holds its own entry, so it restores equal to the desk.
    if (auto audited = db.audit().record("backup.create", "file", out.string()); !audited) return audited.error();
    // The database first, then its digests: a desk writing meanwhile cannot make the manifest disagree with the
    // copy, because the digests are taken from the copy itself.
    if (s.backend == "sqlite") {
      const fs::path copy = scratch.path() / archive::kSqliteFile;
      db.impl().session << backup_sql::vacuumInto(copy), now;
      auto snapshot = openAt(copy.string(), false);
      if (!snapshot) return snapshot.error();
      auto digests = tableDigests(**snapshot);
      if (!digests) return digests.error();
      s.tables = *digests;
    } else {
      auto target = parseDatabaseTarget(location);
      if (!target) return target.error();
      if (auto ok = archive::runPostgresTool(
              "pg_dump", backup_sql::pgDumpArguments(scratch.path() / archive::kDumpFile, target->connection));
          !ok)
        return ok.error();
      auto digests = tableDigests(db);  // the dump's own contents are checked on restore
      if (!digests) return digests.error();
      s.tables = *digests;
    }
    for (const auto& h : hashes) {
      const fs::path to = fileStoreIn(scratch.path()).locate(h);
      fs::create_directories(to.parent_path());
      fs::copy_file(store.locate(h), to);
    }
    s.scans = static_cast<int64_t>(hashes.size());
    std::ofstream(scratch.path() / archive::kManifest, std::ios::binary) << archive::manifestJson(s, hashes);
    fs::create_directories(out.has_parent_path() ? out.parent_path() : fs::path("."));
    const fs::path partial = out.string() + ".partial";
    if (auto ok = archive::zipFolder(scratch.path(), partial); !ok) return ok.error();
    fs::rename(partial, out);
    return s;
  } catch (const std::exception& e) {
    return storageError(e, out);
  }
}

Result<BackupSummary> verifyBackup(const fs::path& file) {
  try {
    ScratchDir scratch;
    std::vector<std::string> scans;
    auto s = unpack(file, scratch, scans);
    if (!s) return s;
    if (s->backend == "postgresql") {
      // Without a server to restore into, check that pg_restore reads the whole dump.
      if (auto ok = archive::runPostgresTool("pg_restore",
                                             backup_sql::pgRestoreListArguments(scratch.path() / archive::kDumpFile));
          !ok)
        return ok.error();
      return s;
    }
    auto db = openAt((scratch.path() / archive::kSqliteFile).string(), false);
    if (!db) return db.error();
    std::string integrity;
    (*db)->impl().session << std::string(backup_sql::kIntegrityCheck), into(integrity), now;
    if (integrity != "ok")
      return makeError("backup.corrupt", "Cơ sở dữ liệu trong bản sao lưu bị hỏng", "The database in the backup is corrupt",
                       integrity);
    auto digests = tableDigests(**db);
    if (!digests) return digests.error();
    if (auto ok = sameTables(*s, *digests, file.string()); !ok) return ok.error();
    return s;
  } catch (const std::exception& e) {
    return storageError(e, file);
  }
}

Result<BackupSummary> restoreBackup(const fs::path& file, const std::string& to, const fs::path& dataDir) {
  try {
    ScratchDir scratch;
    std::vector<std::string> scans;
    auto s = unpack(file, scratch, scans);
    if (!s) return s;
    auto target = parseDatabaseTarget(to);
    if (!target) return target.error();
    const fs::path dir = target->isPostgresql() ? dataDir : fs::path(to);
    const FileStore store = fileStoreIn(dir);
    if (!target->isPostgresql()) {
      const fs::path dbFile = dir / "landdesk.sqlite";
      if (fs::exists(dbFile) || fs::exists(dir / "files"))
        return makeError("backup.target_exists", "Thư mục đích đã có dữ liệu LandDesk; chọn thư mục trống",
                         "The target folder already holds LandDesk data; choose an empty one", dir.string());
      if (s->backend != "sqlite")
        return makeError("backup.restore_kind", "Bản sao lưu PostgreSQL chỉ khôi phục được vào PostgreSQL",
                         "A PostgreSQL backup restores only into PostgreSQL", to);
      fs::create_directories(dir);
      fs::copy_file(scratch.path() / archive::kSqliteFile, dbFile);
    }
    for (const auto& h : scans) {
      if (store.contains(h)) continue;
      fs::create_directories(store.locate(h).parent_path());
      fs::copy_file(fileStoreIn(scratch.path()).locate(h), store.locate(h));
    }
    if (!target->isPostgresql()) {
      auto db = openAt((dir / "landdesk.sqlite").string(), false);
      if (!db) return db.error();
      auto digests = tableDigests(**db);
      if (!digests) return digests.error();
      if (auto ok = sameTables(*s, *digests, to); !ok) return ok.error();
      return s;
    }
    if (s->backend == "sqlite") {  // a SQLite desk's backup into a server: the checked copy of `db copy`
      auto source = openAt((scratch.path() / archive::kSqliteFile).string(), false);
      if (!source) return source.error();
      auto server = openAt(to, true);
      if (!server) return server.error();
      auto copied = copyDatabase(**source, **server, store);
      if (!copied) return copied.error();
      return s;
    }
    // pg_restore into an empty database, in one transaction: on an error nothing stays.
    auto probe = openAt(to, true);  // connects; an empty database gets the schema, which pg_restore must not meet
    if (!probe) return probe.error();
    auto present = tableDigests(**probe);
    if (!present) return present.error();
    for (const auto& [table, d] : *present)
      if (d.rows > 0)
        return makeError("backup.target_exists", "Cơ sở dữ liệu đích đã có dữ liệu; chọn cơ sở dữ liệu trống",
                         "The target database already holds data; choose an empty one", table);
    (*probe)->impl().session << std::string(backup_sql::kDropSchema), now;
    (*probe)->impl().session << std::string(backup_sql::kCreateSchema), now;
    probe->reset();
    if (auto ok = archive::runPostgresTool(
            "pg_restore", backup_sql::pgRestoreArguments(scratch.path() / archive::kDumpFile, target->connection));
        !ok)
      return ok.error();
    auto restored = openAt(to, false);
    if (!restored) return restored.error();
    auto digests = tableDigests(**restored);
    if (!digests) return digests.error();
    if (auto ok = sameTables(*s, *digests, target->display); !ok) return ok.error();
    return s;
  } catch (const std::exception& e) {
    return storageError(e, file);
  }
}

Result<std::optional<BackupSummary>> backupIfDue(Database& db, const std::string& location, const fs::path& dataDir,
                                                 LocalDateTime now) {
  SettingsRepository settings(db.impl());
  auto hours = settings.get("backup.interval_hours");
  auto folder = settings.get("backup.folder");
  if (!hours) return hours.error();
  if (!folder) return folder.error();
  if (!*hours || !*folder || (*folder)->empty()) return std::optional<BackupSummary>();
  int interval = 0;
  try {
    interval = std::stoi(**hours);
  } catch (const std::exception&) {
  }
  if (interval <= 0)
    return makeError("backup.bad_interval", "Chu kỳ sao lưu phải là số giờ nguyên dương",
                     "The backup interval must be a positive number of hours", **hours);
  auto last = settings.get("backup.last_at");
  if (!last) return last.error();
  if (*last)
    if (auto at = parseCanonicalDateTime(**last); at && now < *at + std::chrono::hours(interval))
      return std::optional<BackupSummary>();
  std::string stamp = isoDateTime(now);
  std::replace(stamp.begin(), stamp.end(), ':', '-');
  auto made = createBackup(db, location, dataDir, fs::path(**folder) / ("landdesk-" + stamp + ".zip"));
  if (!made) return made.error();
  if (auto ok = settings.set("backup.last_at", isoDateTime(now), "backup"); !ok) return ok.error();
  return std::optional<BackupSummary>(*made);
}

}  // namespace landdesk::storage
