// SQLite text of the user statements and of migration 12 (users, audit log). Portable SQL except the triggers.
#include "storage/user_repository.h"

namespace landdesk::storage {

const UserStatements& sqliteUserStatements() {
  static const UserStatements statements{
      .all = "SELECT id, login, full_name, roles, password_hash, failed_attempts, COALESCE(locked_until, ''), active "
             "FROM app_user ORDER BY login",
      .byLogin = "SELECT id, login, full_name, roles, password_hash, failed_attempts, COALESCE(locked_until, ''), "
                 "active FROM app_user WHERE login = ?",
      .countActive = "SELECT COUNT(*) FROM app_user WHERE active = 1",
      .insert = "INSERT INTO app_user(login, full_name, roles, password_hash, created_at, updated_at) "
                "VALUES(?, ?, ?, ?, ?, ?)",
      .update = "UPDATE app_user SET full_name = ?, roles = ?, password_hash = ?, active = ?, failed_attempts = ?, "
                "locked_until = NULLIF(?, ''), updated_at = ? WHERE login = ?",
      .recordAttempt = "UPDATE app_user SET failed_attempts = ?, locked_until = NULLIF(?, ''), updated_at = ? "
                       "WHERE login = ?",
  };
  return statements;
}

std::vector<std::string_view> sqliteAccessMigration() {
  return {
      // "user" is reserved in PostgreSQL, hence app_user.
      R"(CREATE TABLE app_user (
           id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, roles TEXT NOT NULL,
           password_hash TEXT NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until TEXT,
           active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL))",
      R"(CREATE TABLE audit_log (
           id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
           object_kind TEXT NOT NULL DEFAULT '', object_ref TEXT NOT NULL DEFAULT '',
           case_code TEXT NOT NULL DEFAULT '', person_id TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '',
           previous_hash TEXT NOT NULL, hash TEXT NOT NULL))",
      "CREATE INDEX audit_log_case ON audit_log(case_code)",
      "CREATE INDEX audit_log_actor ON audit_log(actor)",
      "CREATE INDEX audit_log_person ON audit_log(person_id)",
      // Append-only like the register (migration 6); the hash chain catches edits made around the triggers.
      R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit entries are permanent'); END)",
      R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'audit entries are permanent'); END)",
  };
}

}  // namespace landdesk::storage
