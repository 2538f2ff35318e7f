// SQLite text of the audit statements (table and triggers: migration 12 in sqlite/user_sql.cpp).
#include "storage/audit_repository.h"

namespace landdesk::storage {

const AuditStatements& sqliteAuditStatements() {
  static const AuditStatements statements{
      .lastHash = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1",
      .insert = "INSERT INTO audit_log(at, actor, action, object_kind, object_ref, case_code, person_id, detail, "
                "previous_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      .all = "SELECT id, at, actor, action, object_kind, object_ref, case_code, person_id, detail, previous_hash, "
             "hash FROM audit_log ORDER BY id",
  };
  return statements;
}

}  // namespace landdesk::storage
