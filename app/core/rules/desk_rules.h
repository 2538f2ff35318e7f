// The desk's own copy of the dated rule data: saved in the database by an administrator, else the shipped files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_book.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::rules {

// The tables an administrator may replace: "holidays", "deadlines", "fees", "taxes", "land_prices".
const std::vector<std::string>& deskRuleDataNames();

// Every table from the desk copy where one is saved, else from the shipped file (rulesDataDirectory()).
Result<RuleBook> loadDeskRuleBook(storage::Database& db);

// Replaces the desk copy of one table with `json` (the whole file text, as the shipped file). Refused, nothing
// written, when the name is unknown or the text does not parse as a whole (the message names the row and field).
// Records who and when. Saving "holidays" or "deadlines" recomputes the stage deadlines of every open case in
// the same transaction (implemented in workflow/, which owns the clock replay).
Status saveDeskRuleData(storage::Database& db, std::string_view name, const std::string& json, std::string_view actor);

// Parses `json` as the whole table `name` into `into` (that table only); the first problem names row and field.
Status checkDeskRuleData(std::string_view name, const std::string& json, RuleBook& into);

// The text in force for one table: the desk copy when saved, else the shipped file's text.
Result<std::string> deskRuleDataJson(storage::Database& db, std::string_view name);

}  // namespace landdesk::rules
