// The desk's officers: login, name, roles, argon2id password hash, failed attempts and lock-out, active flag.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"
#include "util/error.h"

namespace landdesk::storage {

// SQL of the app_user table, one text per dialect (sqlite/user_sql.cpp; the table is created by migration 12).
struct UserStatements {
  std::string_view all;           // -> id, login, full_name, roles, password_hash, failed_attempts, locked_until, active
  std::string_view byLogin;       // (login) -> same columns
  std::string_view countActive;   // -> number of active users
  std::string_view insert;        // (login, full_name, roles, password_hash, created_at, updated_at)
  std::string_view update;        // (full_name, roles, password_hash, active, failed, locked_until, updated_at, login)
  std::string_view recordAttempt; // (failed_attempts, locked_until, updated_at, login)
};

struct UserRow {
  int64_t id = 0;
  std::string login;
  std::string fullName;
  std::string roles;  // "justice,signer" (access::parseRoles)
  std::string passwordHash;
  int failedAttempts = 0;
  std::string lockedUntil;  // ISO local time, empty when not locked
  bool active = true;
};

// Rows only; the rules (who may add, first user is an administrator, lock-out) live in access/accounts.
// Writes that change a user need the acting user's manage-users right; login attempts are recorded for anyone.
class UserRepository {
 public:
  explicit UserRepository(Database::Impl& db) : db_(db) {}

  Result<std::vector<UserRow>> all();
  Result<std::optional<UserRow>> byLogin(std::string_view login);
  Result<int64_t> countActive();
  Status add(const UserRow& row);
  Status update(const UserRow& row);
  Status recordAttempt(std::string_view login, int failedAttempts, std::string_view lockedUntil);

 private:
  Database::Impl& db_;
};

const UserStatements& sqliteUserStatements();
// Migration 12: users and the hash-chained audit log (texts in sqlite/user_sql.cpp).
std::vector<std::string_view> sqliteAccessMigration();

}  // namespace landdesk::storage
