// The desk's settings: named text values an administrator edits (office profile, signer, register format).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "storage/database.h"
#include "util/error.h"

namespace landdesk::storage {

// SQL of the settings table, one text per dialect (sqlite/settings_sql.cpp).
struct SettingsStatements {
  std::string_view all;     // -> key, value
  std::string_view upsert;  // (key, value, updated_at, updated_by)
  std::string_view remove;  // (key)
};

class SettingsRepository {
 public:
  explicit SettingsRepository(Database::Impl& db) : db_(db) {}

  Result<std::map<std::string, std::string>> all();
  Result<std::optional<std::string>> get(std::string_view key);
  // Stores the value NFC-normalised; an empty value removes the key (the built-in default applies again).
  Status set(std::string_view key, std::string_view value, std::string_view actor);
  // Several values in one transaction.
  Status setAll(const std::map<std::string, std::string>& values, std::string_view actor);

 private:
  Database::Impl& db_;
};

const SettingsStatements& sqliteSettingsStatements();

}  // namespace landdesk::storage
