#include "storage/database.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/Session.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <mutex>

#include "storage/case_repository.h"
#include "storage/database_url.h"
#include "storage/postgresql/postgresql_connect.h"
#include "storage/settings_repository.h"
#include "storage/audit_repository.h"
#include "storage/user_repository.h"
#include "storage/session_impl.h"
#include "storage/storage_error.h"
#include "util/datetime.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;
namespace fs = std::filesystem;

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";  // the first 16 bytes, NUL included

// Checks that run before SQLite touches the file, so a refused file stays byte-for-byte as it was.
Status checkLocation(const OpenOptions& o) {
  const std::string file = o.path.string();
  std::error_code ec;
  const fs::path dir = o.path.has_parent_path() ? o.path.parent_path() : fs::path(".");
  if (!fs::exists(o.path, ec)) {
    if (!o.create)
      return makeError("db.missing", "Không tìm thấy tệp cơ sở dữ liệu", "Database file not found", file);
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
      return makeError("db.no_folder", "Không tạo được thư mục chứa cơ sở dữ liệu", "Cannot create the database folder",
                       dir.string() + (ec ? " (" + ec.message() + ")" : ""));
  } else if (!fs::is_regular_file(o.path, ec)) {
    return makeError("db.not_file", "Đường dẫn không phải là một tệp", "The path is not a regular file", file);
  } else {
    std::ifstream in(o.path, std::ios::binary);
    if (!in) return makeError("db.unreadable", "Không đọc được tệp cơ sở dữ liệu", "Cannot read the database file", file);
    char head[16] = {};
    in.read(head, sizeof head);
    if (in.gcount() > 0 && (in.gcount() < 16 || std::string_view(head, 16) != std::string_view(kSqliteMagic, 16)))
      return makeError("db.not_sqlite", "Tệp không phải là cơ sở dữ liệu SQLite của LandDesk (nội dung khác)",
                       "The file is not an SQLite database", file);
    if (::access(o.path.c_str(), W_OK) != 0)
      return makeError("db.read_only", "Tệp cơ sở dữ liệu chỉ đọc, không thể ghi", "The database file is read-only", file);
  }
  // WAL needs its -wal and -shm files beside the database.
  if (::access(dir.c_str(), W_OK) != 0)
    return makeError("db.read_only_folder", "Thư mục chứa cơ sở dữ liệu không cho phép ghi",
                     "The database folder is not writable", dir.string());
  return {};
}

int currentVersion(Database::Impl& db) {
  std::vector<std::string> tables;
  db.session << std::string(db.dialect.sql.schemaTables), into(tables), now;
  if (tables.empty()) return 0;
  if (std::find(tables.begin(), tables.end(), "schema_migrations") == tables.end()) return -1;
  int version = 0;
  db.session << std::string(db.dialect.sql.currentVersion), into(version), now;
  return version;
}

void runMigrations(Database::Impl& db, int target);

// Two desks opening one older server database at once: the second waits on the lock, then finds the work done.
Status migrate(Database::Impl& db, int target) {
  if (db.schemaVersion >= target) return {};
  const Statements& sql = db.dialect.sql;
  if (sql.migrationLock.empty()) {
    runMigrations(db, target);
    return {};
  }
  struct Held {
    Database::Impl& db;
    ~Held() {
      bool released = false;
      try {
        db.session << std::string(db.dialect.sql.migrationUnlock), into(released), now;
      } catch (...) {
        // A broken connection drops its session locks on the server anyway.
      }
    }
  };
  int64_t waited = 0;
  db.session << std::string(sql.migrationLock), into(waited), now;
  Held held{db};
  db.schemaVersion = currentVersion(db);
  runMigrations(db, target);
  return {};
}

void runMigrations(Database::Impl& db, int target) {
  for (const Migration& m : db.dialect.migrations) {
    if (m.version <= db.schemaVersion || m.version > target) continue;
    db.session.begin();
    try {
      for (std::string_view sql : m.statements) db.session << std::string(sql), now;
      if (m.after) m.after(db);
      int version = m.version;
      std::string description(m.description), at = isoDateTime(localNow());
      db.session << std::string(db.dialect.sql.recordMigration), use(version), use(description), use(at), now;
      db.session.commit();
      db.schemaVersion = m.version;
    } catch (...) {
      db.session.rollback();
      // SQLite has no lock to wait on first: a desk that lost the race finds the version applied by the other.
      if (currentVersion(db) < m.version) throw;
      db.schemaVersion = currentVersion(db);
    }
  }
}

// storage.busy_timeout_ms, the administrator's wait for another desk's write lock, wins over the built-in default in
// every program that opens the file (desk, landdesk-cli, reports), so all of them give up after the same time. A
// database migrated only part-way (tests) or a value out of range keeps the default.
void applyBusyTimeoutSetting(Database& db) {
  auto wait = db.settings().get("storage.busy_timeout_ms");
  if (!wait || !*wait) return;
  const long ms = std::strtol((*wait)->c_str(), nullptr, 10);
  if (ms >= 100 && ms <= 600000) (void)db.setBusyTimeout(std::chrono::milliseconds(ms));
}

}  // namespace

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::~Database() = default;

const fs::path& Database::path() const { return impl_->path; }
int Database::schemaVersion() const { return impl_->schemaVersion; }
int Database::latestSchemaVersion() { return sqliteDialect().latestVersion(); }

Result<std::unique_ptr<Database>> Database::open(const OpenOptions& options) {
  // A postgresql:// URL opens a server database through the same code; a plain path or sqlite://PATH a file.
  auto target = parseDatabaseTarget(options.path.string());
  if (!target) return target.error();
  const bool server = target->isPostgresql();
  if (!server && target->file != options.path) {
    OpenOptions plain = options;
    plain.path = target->file;
    return open(plain);
  }
  if (!server)
    if (auto ok = checkLocation(options); !ok) return ok.error();
  static std::once_flag registered;
  std::call_once(registered, [] { Poco::Data::SQLite::Connector::registerConnector(); });

  const std::string file = server ? target->display : options.path.string();  // never the password
  try {
    std::unique_ptr<Impl> impl;
    if (server) {
      auto connected = postgresql::connect(*target);
      if (!connected) return connected.error();
      impl = std::move(*connected);
    } else {
      impl.reset(new Impl{Poco::Data::Session(Poco::Data::SQLite::Connector::KEY, file), sqliteDialect(), options.path, 0});
    }
    const int version = currentVersion(*impl);  // reads only: a foreign or newer file is left untouched
    if (version < 0)
      return makeError("db.foreign", "Tệp là một cơ sở dữ liệu SQLite khác, không phải của LandDesk",
                       "The file is an SQLite database of another program", file);
    const int latest = impl->dialect.latestVersion();
    if (version > latest)
      return makeError("db.newer_schema",
                       "Cơ sở dữ liệu do phiên bản LandDesk mới hơn tạo (lược đồ " + std::to_string(version) +
                           ", phiên bản này hỗ trợ đến " + std::to_string(latest) + "); hãy cập nhật phần mềm",
                       "The database was made by a newer LandDesk (schema " + std::to_string(version) +
                           ", this version knows up to " + std::to_string(latest) + "); update the software",
                       file);
    impl->schemaVersion = version;
    const long busyMs = static_cast<long>(options.busyTimeout.count());
    if (!server) impl->session << "PRAGMA busy_timeout = " + std::to_string(busyMs), now;
    if (!server) impl->session << "PRAGMA journal_mode = WAL", now;
    if (!server) impl->session << "PRAGMA foreign_keys = ON", now;
    if (!server) impl->session << "PRAGMA synchronous = NORMAL", now;
    if (!server && options.maxPageCount > 0) impl->session << "PRAGMA max_page_count = " + std::to_string(options.maxPageCount), now;
    if (auto ok = migrate(*impl, options.migrateTo < 0 ? latest : options.migrateTo); !ok) return ok.error();
    // Single-desk mode lasts while no officer account exists; from the first one on, nothing changes without login.
    if (impl->schemaVersion >= 12) {
      auto users = UserRepository(*impl).countActive();
      if (!users) return users.error();
      if (*users > 0) impl->actor = access::Actor::nobody();
    }
    std::unique_ptr<Database> db(new Database(std::move(impl)));
    if (!server) applyBusyTimeoutSetting(*db);
    return db;
  } catch (const Poco::Data::SQLite::SQLiteException& e) {
    // "file is not a database" arrives here for a file whose header looked right but whose pages are garbage.
    const std::string text = e.displayText();
    if (text.find("not a database") != std::string::npos || text.find("malformed") != std::string::npos)
      return makeError("db.corrupt", "Tệp cơ sở dữ liệu bị hỏng, không đọc được", "The database file is corrupt", file);
    return storageError(e, file);
  } catch (const std::exception& e) {
    return storageError(e, file);
  }
}

Status Database::transaction(const std::function<Status()>& work) { return inTransaction(*impl_, work); }

Status inTransaction(Database::Impl& db, const std::function<Status()>& work) {
  Poco::Data::Session& s = db.session;
  // Inside an outer transaction the work simply joins it; the outer one commits or rolls back.
  if (s.isTransaction()) return work();
  try {
    s.begin();
    if (!db.dialect.sql.takeWriteLock.empty()) s << std::string(db.dialect.sql.takeWriteLock), now;
    Status result = work();
    if (result) s.commit();
    else s.rollback();
    return result;
  } catch (const std::exception& e) {
    try {
      if (s.isTransaction()) s.rollback();
    } catch (...) {
      // The connection is unusable; the error below is what the officer needs.
    }
    return storageError(e, db.path);
  }
}

bool Database::rollbackOpenTransaction() {
  try {
    if (!impl_->session.isTransaction()) return false;
    impl_->session.rollback();
    return true;
  } catch (const std::exception&) {
    return false;  // the connection is unusable; SQLite drops the open transaction when it closes
  }
}

Status Database::setBusyTimeout(std::chrono::milliseconds wait) {
  if (impl_->dialect.name != sqliteDialect().name) return {};
  try {
    impl_->session << "PRAGMA busy_timeout = " + std::to_string(static_cast<long>(wait.count())), now;
    return {};
  } catch (const std::exception& e) {
    return storageError(e, impl_->path);
  }
}

CaseRepository Database::cases() { return CaseRepository(*impl_); }
SettingsRepository Database::settings() { return SettingsRepository(*impl_); }
UserRepository Database::users() { return UserRepository(*impl_); }
AuditRepository Database::audit() { return AuditRepository(*impl_); }
const access::Actor& Database::actor() const { return impl_->actor; }
void Database::setActor(const access::Actor& actor) { impl_->actor = actor; }

}  // namespace landdesk::storage
