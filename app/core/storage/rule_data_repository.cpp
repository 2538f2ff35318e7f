#include "storage/rule_data_repository.h"

#include <Poco/Data/Statement.h>

#include "storage/session_impl.h"
#include "storage/storage_error.h"
#include "text/unicode.h"
#include "util/datetime.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;

namespace {

const RuleDataStatements& statementsOf(const Database::Impl& db) { return db.dialect.ruleData; }

std::vector<RuleDataRow> rowsOf(Poco::Data::Statement& st, std::vector<std::string>& names,
                                std::vector<std::string>& jsons, std::vector<std::string>& by,
                                std::vector<std::string>& at) {
  st.execute();
  std::vector<RuleDataRow> out;
  for (size_t i = 0; i < names.size(); ++i) out.push_back({names[i], jsons[i], by[i], at[i]});
  return out;
}

}  // namespace

Result<std::optional<RuleDataRow>> RuleDataRepository::get(std::string_view name) {
  try {
    std::string n(name);
    std::vector<std::string> names, jsons, by, at;
    Poco::Data::Statement st(db_.session);
    st << std::string(statementsOf(db_).byName), use(n), into(names), into(jsons), into(by), into(at);
    auto rows = rowsOf(st, names, jsons, by, at);
    if (rows.empty()) return std::optional<RuleDataRow>();
    return std::optional<RuleDataRow>(std::move(rows.front()));
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::vector<RuleDataRow>> RuleDataRepository::all() {
  try {
    std::vector<std::string> names, jsons, by, at;
    Poco::Data::Statement st(db_.session);
    st << std::string(statementsOf(db_).all), into(names), into(jsons), into(by), into(at);
    return rowsOf(st, names, jsons, by, at);
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Status RuleDataRepository::put(std::string_view name, const std::string& json, std::string_view actor) {
  if (name.empty() || !text::isValidUtf8(json) || !text::isValidUtf8(actor))
    return makeError("rule_data.invalid", "Bảng quy định hoặc người lưu không hợp lệ (không phải UTF-8)",
                     "The rule table or the actor is not valid UTF-8", std::string(name));
  try {
    return inTransaction(db_, [&]() -> Status {
      std::string n(name), j = text::toNfc(json), who(actor), at = isoDateTime(localNow());
      db_.session << std::string(statementsOf(db_).upsert), use(n), use(j), use(who), use(at), now;
      return {};
    });
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

}  // namespace landdesk::storage
