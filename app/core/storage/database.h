// The desk database: opening (with checks and migrations), transactions, and access to the repositories.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>

#include "util/error.h"

namespace landdesk::access {
struct Actor;
}

namespace landdesk::storage {

class CaseRepository;
class SettingsRepository;
class UserRepository;
class AuditRepository;

struct OpenOptions {
  std::filesystem::path path;
  bool create = true;                        // create the file (and its folder) when missing
  std::chrono::milliseconds busyTimeout{5000};  // the setting storage.busy_timeout_ms, when stored, wins
  int migrateTo = -1;                        // highest schema version to apply; -1 = latest (tests build old versions)
  long maxPageCount = 0;                     // caps the file size in pages when > 0 (reproduces a full disk in tests)
};

class Database {
 public:
  // Opens or creates the database and applies pending migrations. Refuses, leaving the file untouched, a file that
  // is not SQLite, a SQLite file that is not LandDesk's, a newer schema, or an unwritable location.
  static Result<std::unique_ptr<Database>> open(const OpenOptions& options);
  ~Database();

  const std::filesystem::path& path() const;
  int schemaVersion() const;
  static int latestSchemaVersion();

  // Runs `work` in one transaction: committed when it returns success, rolled back on an error or exception.
  Status transaction(const std::function<Status()>& work);
  // Rolls back a transaction that work escaping by a non-std exception left open (the GUI's exception barrier calls
  // it so no half-done step survives); returns whether one was open. Call on the thread that uses this connection.
  bool rollbackOpenTransaction();
  // How long a write waits for another desk's lock before it is refused with db.locked (SQLite; open() applies the
  // setting storage.busy_timeout_ms through this). Nothing to do on PostgreSQL, which queues writers itself.
  Status setBusyTimeout(std::chrono::milliseconds wait);

  CaseRepository cases();
  SettingsRepository settings();
  UserRepository users();
  AuditRepository audit();

  // The officer the core checks every change against (access/permissions.h). After open: the local desk with every
  // right when no active user exists, else nobody until access::login sets the logged-in officer.
  const access::Actor& actor() const;
  void setActor(const access::Actor& actor);

  struct Impl;
  Impl& impl() { return *impl_; }

 private:
  explicit Database(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace landdesk::storage
