#include "access/accounts.h"

#include <algorithm>
#include <cctype>

#include "access/password.h"
#include "storage/audit_repository.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "storage/user_repository.h"

namespace landdesk::access {

namespace {

int settingOr(storage::Database& db, std::string_view key, int fallback) {
  auto value = db.settings().get(key);
  if (!value || !value->has_value()) return fallback;
  try {
    int n = std::stoi(**value);
    return n > 0 ? n : fallback;
  } catch (const std::exception&) {
    return fallback;  // a mistyped setting must not disable the lock-out
  }
}

Error noSuchUser(std::string_view login) {
  return makeError("access.no_user", "Không có người dùng này", "No such user", std::string(login));
}

Status checkLogin(std::string_view login) {
  const bool ok = login.size() >= 2 && login.size() <= 32 && std::all_of(login.begin(), login.end(), [](char c) {
                    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                           c == '.' || c == '_' || c == '-';
                  });
  if (!ok)
    return makeError("access.bad_login_name", "Tên đăng nhập phải dài 2–32 ký tự: chữ thường không dấu, số, . _ -",
                     "A login is 2–32 characters: lower-case ASCII letters, digits, . _ -", std::string(login));
  return {};
}

Result<storage::UserRow> existing(storage::Database& db, std::string_view login) {
  auto row = db.users().byLogin(login);
  if (!row) return row.error();
  if (!row->has_value()) return noSuchUser(login);
  return **row;
}

Actor actorOf(const storage::UserRow& row) {
  Actor a;
  a.login = row.login;
  a.fullName = row.fullName;
  if (auto roles = parseRoles(row.roles)) a.roles = *roles;
  return a;
}

}  // namespace

LockoutPolicy lockoutPolicy(storage::Database& db) {
  return {settingOr(db, kMaxFailedLoginsKey, kDefaultMaxFailedLogins),
          settingOr(db, kLockoutMinutesKey, kDefaultLockoutMinutes)};
}

Result<bool> usersExist(storage::Database& db) {
  auto n = db.users().countActive();
  if (!n) return n.error();
  return *n > 0;
}

Result<Actor> login(storage::Database& db, std::string_view loginName, std::string_view password, LocalDateTime now) {
  const Error refused = makeError("access.bad_login", "Sai tên đăng nhập hoặc mật khẩu",
                                  "Wrong login or password", std::string(loginName));
  auto found = db.users().byLogin(loginName);
  if (!found) return found.error();
  if (!found->has_value() || !(*found)->active) return refused;
  storage::UserRow row = **found;
  if (!row.lockedUntil.empty()) {
    auto until = parseCanonicalDateTime(row.lockedUntil);
    if (until && *until > now)
      return makeError("access.locked", "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần, đến " + row.lockedUntil,
                       "The account is locked after repeated wrong passwords until " + row.lockedUntil,
                       row.login);
  }
  if (!verifyPassword(row.passwordHash, password)) {
    const auto policy = lockoutPolicy(db);
    int failed = row.failedAttempts + 1;
    std::string lockedUntil;
    if (failed >= policy.maxFailures) {
      lockedUntil = isoDateTime(now + std::chrono::minutes(policy.lockMinutes));
      failed = 0;
    }
    if (auto ok = db.users().recordAttempt(row.login, failed, lockedUntil); !ok) return ok.error();
    if (!lockedUntil.empty())
      return makeError("access.locked", "Nhập sai mật khẩu " + std::to_string(policy.maxFailures) +
                                            " lần: tài khoản tạm khóa đến " + lockedUntil,
                       std::to_string(policy.maxFailures) + " wrong passwords: the account is locked until " +
                           lockedUntil,
                       row.login);
    return refused;
  }
  if (row.failedAttempts != 0 || !row.lockedUntil.empty())
    if (auto ok = db.users().recordAttempt(row.login, 0, ""); !ok) return ok.error();
  Actor actor = actorOf(row);
  db.setActor(actor);
  return actor;
}

Status addUser(storage::Database& db, std::string_view login, std::string_view fullName, std::string_view roles,
               std::string_view password) {
  if (auto ok = requirePermission(db.actor(), Permission::ManageUsers); !ok) return ok;
  if (auto ok = checkLogin(login); !ok) return ok;
  if (fullName.empty())
    return makeError("access.no_name", "Cần họ và tên người dùng (--name)", "The user's full name is needed (--name)");
  auto parsed = parseRoles(roles);
  if (!parsed) return parsed.error();
  auto any = usersExist(db);
  if (!any) return any.error();
  if (!*any && std::find(parsed->begin(), parsed->end(), Role::Administrator) == parsed->end())
    return makeError("access.first_admin", "Người dùng đầu tiên phải có vai trò quản trị (admin)",
                     "The first user must have the administrator role (admin)", std::string(login));
  auto found = db.users().byLogin(login);
  if (!found) return found.error();
  if (found->has_value())
    return makeError("access.duplicate", "Tên đăng nhập đã có", "This login already exists", std::string(login));
  auto hash = hashPassword(password);
  if (!hash) return hash.error();
  storage::UserRow row;
  row.login = std::string(login);
  row.fullName = std::string(fullName);
  row.roles = rolesText(*parsed);
  row.passwordHash = *hash;
  return db.users().add(row);
}

Status changePassword(storage::Database& db, std::string_view login, std::string_view newPassword) {
  if (db.actor().login != login)
    if (auto ok = requirePermission(db.actor(), Permission::ManageUsers); !ok) return ok;
  auto row = existing(db, login);
  if (!row) return row.error();
  auto hash = hashPassword(newPassword);
  if (!hash) return hash.error();
  row->passwordHash = *hash;
  return db.users().update(*row);
}

Status disableUser(storage::Database& db, std::string_view login) {
  if (auto ok = requirePermission(db.actor(), Permission::ManageUsers); !ok) return ok;
  auto row = existing(db, login);
  if (!row) return row.error();
  row->active = false;
  return db.users().update(*row);
}

Result<model::Case> viewCase(storage::Database& db, std::string_view code) {
  if (auto ok = requirePermission(db.actor(), Permission::ViewCases); !ok) return ok.error();
  auto c = db.cases().byCode(code);
  if (!c) return c.error();
  // Read-only officers see the case with ID numbers masked; the core masks, so no screen can forget to.
  const bool full = db.actor().can(Permission::ViewPersonalData);
  if (!full) {
    for (auto& cp : c->parties)
      for (auto& id : cp.party.idDocuments) id.number = maskIdNumber(id.number);
    // A scan's file name may carry the number too ("cccd_001090001234.jpg").
    for (auto& d : c->documents) d.fileName = idNumbersIn(db.actor(), d.fileName);
  }
  if (auto ok = db.audit().record("case.view", "case", c->code, c->code, full ? "" : "masked"); !ok) return ok.error();
  return c;
}

Status unlockUser(storage::Database& db, std::string_view login) {
  if (auto ok = requirePermission(db.actor(), Permission::ManageUsers); !ok) return ok;
  auto row = existing(db, login);
  if (!row) return row.error();
  row->failedAttempts = 0;
  row->lockedUntil.clear();
  return db.users().update(*row);
}

}  // namespace landdesk::access
