#include "storage/user_repository.h"

#include <Poco/Data/Statement.h>

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/session_impl.h"
#include "storage/storage_error.h"
#include "text/unicode.h"
#include "util/datetime.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;

namespace {

const UserStatements& statementsOf(const Database::Impl& db) { return db.dialect.users; }

struct Columns {
  std::vector<int64_t> id;
  std::vector<std::string> login, name, roles, hash, locked;
  std::vector<int> failed, active;

  std::vector<UserRow> rows() const {
    std::vector<UserRow> out;
    for (size_t i = 0; i < id.size(); ++i)
      out.push_back({id[i], login[i], name[i], roles[i], hash[i], failed[i], locked[i], active[i] != 0});
    return out;
  }
};

Status audit(Database::Impl& db, std::string action, const UserRow& row) {
  AuditEntry e;
  e.action = std::move(action);
  e.objectKind = "user";
  e.objectRef = row.login;
  e.detail = "roles=" + row.roles + (row.active ? "" : " inactive");  // never the password or its hash
  return AuditRepository(db).append(e);
}

}  // namespace

Result<std::vector<UserRow>> UserRepository::all() {
  try {
    Columns c;
    db_.session << std::string(statementsOf(db_).all), into(c.id), into(c.login), into(c.name), into(c.roles),
        into(c.hash), into(c.failed), into(c.locked), into(c.active), now;
    return c.rows();
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::optional<UserRow>> UserRepository::byLogin(std::string_view login) {
  try {
    Columns c;
    std::string l(login);
    db_.session << std::string(statementsOf(db_).byLogin), use(l), into(c.id), into(c.login), into(c.name),
        into(c.roles), into(c.hash), into(c.failed), into(c.locked), into(c.active), now;
    auto rows = c.rows();
    if (rows.empty()) return std::optional<UserRow>{};
    return std::optional<UserRow>(rows.front());
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<int64_t> UserRepository::countActive() {
  if (db_.schemaVersion < kAuditSchemaVersion) return int64_t{0};
  try {
    int64_t n = 0;
    db_.session << std::string(statementsOf(db_).countActive), into(n), now;
    return n;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Status UserRepository::add(const UserRow& row) {
  if (auto ok = access::requirePermission(db_.actor, access::Permission::ManageUsers); !ok) return ok;
  return inTransaction(db_, [&]() -> Status {
    std::string login(row.login), name = text::toNfc(row.fullName), roles(row.roles), hash(row.passwordHash),
        at = isoDateTime(localNow());
    db_.session << std::string(statementsOf(db_).insert), use(login), use(name), use(roles), use(hash), use(at),
        use(at), now;
    return audit(db_, "user.add", row);
  });
}

Status UserRepository::update(const UserRow& row) {
  // An officer may change their own password and name, never their own roles or active flag.
  bool self = false;
  if (!db_.actor.desk && !db_.actor.anonymous && db_.actor.login == row.login) {
    auto stored = byLogin(row.login);
    if (!stored) return stored.error();
    self = stored->has_value() && (*stored)->roles == row.roles && (*stored)->active == row.active;
  }
  if (!self)
    if (auto ok = access::requirePermission(db_.actor, access::Permission::ManageUsers); !ok) return ok;
  return inTransaction(db_, [&]() -> Status {
    std::string login(row.login), name = text::toNfc(row.fullName), roles(row.roles), hash(row.passwordHash),
        locked(row.lockedUntil), at = isoDateTime(localNow());
    int active = row.active ? 1 : 0, failed = row.failedAttempts;
    db_.session << std::string(statementsOf(db_).update), use(name), use(roles), use(hash), use(active),
        use(failed), use(locked), use(at), use(login), now;
    return audit(db_, "user.update", row);
  });
}

Status UserRepository::recordAttempt(std::string_view login, int failedAttempts, std::string_view lockedUntil) {
  return inTransaction(db_, [&]() -> Status {
    std::string l(login), locked(lockedUntil), at = isoDateTime(localNow());
    int failed = failedAttempts;
    db_.session << std::string(statementsOf(db_).recordAttempt), use(failed), use(locked), use(at), use(l), now;
    return {};
  });
}

}  // namespace landdesk::storage
