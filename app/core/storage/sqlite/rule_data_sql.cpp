// SQLite text of the rule_data statements (the table itself is created by migration 10 in sqlite_dialect.cpp).
#include "storage/rule_data_repository.h"

namespace landdesk::storage {

const RuleDataStatements& sqliteRuleDataStatements() {
  static const RuleDataStatements statements{
      .byName = "SELECT name, json, changed_by, changed_at FROM rule_data WHERE name = ?",
      .all = "SELECT name, json, changed_by, changed_at FROM rule_data ORDER BY name",
      .upsert = "INSERT INTO rule_data(name, json, changed_by, changed_at) VALUES(?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET json = excluded.json, changed_by = excluded.changed_by, "
                "changed_at = excluded.changed_at",
  };
  return statements;
}

}  // namespace landdesk::storage
