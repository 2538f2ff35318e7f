// The desk's saved copies of the dated rule tables (rule_data), one row per table name, with who saved it and when.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"
#include "util/error.h"

namespace landdesk::storage {

// SQL of the rule_data table, one text per dialect (sqlite/rule_data_sql.cpp).
struct RuleDataStatements {
  std::string_view byName;  // (name) -> name, json, changed_by, changed_at
  std::string_view all;     // -> name, json, changed_by, changed_at
  std::string_view upsert;  // (name, json, changed_by, changed_at)
};

struct RuleDataRow {
  std::string name, json, changedBy, changedAt;
};

class RuleDataRepository {
 public:
  explicit RuleDataRepository(Database::Impl& db) : db_(db) {}

  Result<std::optional<RuleDataRow>> get(std::string_view name);
  Result<std::vector<RuleDataRow>> all();
  // Writes inside the caller's transaction when there is one (inTransaction joins it).
  Status put(std::string_view name, const std::string& json, std::string_view actor);

 private:
  Database::Impl& db_;
};

const RuleDataStatements& sqliteRuleDataStatements();

}  // namespace landdesk::storage
