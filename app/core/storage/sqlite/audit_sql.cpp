// SQLite text of the audit statements (table and triggers: migration 12 in sqlite/user_sql.cpp).
#include "storage/audit_repository.h"

namespace landdesk::storage {

const AuditStatements& sqliteAuditStatements() {
  static const AuditStatements statements{
      .lastHash = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1",
      .lockHead = "INSERT INTO setting(key, value, updated_at, updated_by) VALUES('audit.head', '', ?, 'audit') "
                  "ON CONFLICT(key) DO UPDATE SET updated_at = excluded.updated_at",
      .head = "SELECT value FROM setting WHERE key = 'audit.head'",
      .setHead = "UPDATE setting SET value = ? WHERE key = 'audit.head'",
      .count = "SELECT COUNT(*) FROM audit_log",
      .insert = "INSERT INTO audit_log(at, actor, action, object_kind, object_ref, case_code, person_id, detail, "
                "previous_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      .all = "SELECT id, at, actor, action, object_kind, object_ref, case_code, person_id, detail, previous_hash, "
             "hash FROM audit_log ORDER BY id",
  };
  return statements;
}

}  // namespace landdesk::storage
