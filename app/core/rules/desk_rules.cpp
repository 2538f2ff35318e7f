// Reading the desk's rule data; saving it lives in workflow/desk_rules_save.cpp (it recomputes open cases' clocks).
#include "rules/desk_rules.h"

#include <algorithm>

#include "model/office_profile.h"
#include "rules/data_reader.h"
#include "rules/retention_rules.h"
#include "storage/settings_repository.h"
#include "storage/rule_data_repository.h"

namespace landdesk::rules {

const std::vector<std::string>& deskRuleDataNames() {
  static const std::vector<std::string> names{"holidays", "deadlines", "fees", "taxes", "land_prices", "retention"};
  return names;
}

namespace {

Status checkName(std::string_view name) {
  const auto& names = deskRuleDataNames();
  if (std::find(names.begin(), names.end(), name) != names.end()) return {};
  return makeError("rules.unknown_table",
                   "Không có bảng quy định này (holidays, deadlines, fees, taxes, land_prices, retention)",
                   "No such rule table (holidays, deadlines, fees, taxes, land_prices, retention)", std::string(name));
}

// The desk copy when saved, else the shipped file's text.
Result<std::string> textOf(storage::Database& db, std::string_view name) {
  if (auto s = checkName(name); !s) return s.error();
  storage::RuleDataRepository repo(db.impl());
  auto saved = repo.get(name);
  if (!saved) return saved.error();
  if (*saved) return (*saved)->json;
  return readDataText(rulesDataDirectory() / (std::string(name) + ".json"));
}

}  // namespace

Result<std::string> deskRuleDataJson(storage::Database& db, std::string_view name) { return textOf(db, name); }

Status checkDeskRuleData(std::string_view name, const std::string& json, RuleBook& into) {
  if (auto s = checkName(name); !s) return s;
  const std::string file = std::string(name) + ".json";
  auto take = [](auto parsed, auto& slot) -> Status {
    if (!parsed) return parsed.error();
    slot = std::move(*parsed);
    return {};
  };
  if (name == "holidays") return take(parseHolidayCalendar(file, json), into.holidays);
  if (name == "deadlines") return take(parseDeadlineRules(file, json), into.deadlines);
  if (name == "fees") return take(parseFeeSchedule(file, json), into.fees);
  if (name == "taxes") return take(parseTaxRules(file, json), into.taxes);
  if (name == "retention") {  // not part of the RuleBook: purge reads it on its own (retention/purge.h)
    auto parsed = parseRetentionRules(file, json);
    if (!parsed) return parsed.error();
    return {};
  }
  return take(parseLandPriceTable(file, json), into.landPrices);
}

Result<RuleBook> loadDeskRuleBook(storage::Database& db) {
  RuleBook book;
  for (const std::string& name : deskRuleDataNames()) {
    auto text = textOf(db, name);
    if (!text) return text.error();
    if (auto s = checkDeskRuleData(name, *text, book); !s) return s.error();
  }
  auto settings = db.settings().all();
  if (!settings) return settings.error();
  book.remoteArea = model::officeProfileFrom(*settings).remoteArea == "yes";
  return book;
}

}  // namespace landdesk::rules
