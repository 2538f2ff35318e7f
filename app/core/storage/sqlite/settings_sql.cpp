// SQLite text of the settings statements (the table itself is created by migration 3 in sqlite_dialect.cpp).
#include "storage/settings_repository.h"

namespace landdesk::storage {

const SettingsStatements& sqliteSettingsStatements() {
  static const SettingsStatements statements{
      .all = "SELECT key, value FROM setting ORDER BY key",
      .upsert = "INSERT INTO setting(key, value, updated_at, updated_by) VALUES(?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                "updated_by = excluded.updated_by",
      .remove = "DELETE FROM setting WHERE key = ?",
  };
  return statements;
}

}  // namespace landdesk::storage
