#include "storage/settings_repository.h"

#include <Poco/Data/Statement.h>

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/session_impl.h"
#include "storage/storage_error.h"
#include "text/unicode.h"
#include "util/datetime.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;

namespace {

const SettingsStatements& statementsOf(const Database::Impl& db) { return db.dialect.settings; }

Status writeOne(Database::Impl& db, std::string_view key, std::string_view value, std::string_view actor) {
  if (key.empty() || !text::isValidUtf8(key) || !text::isValidUtf8(value))
    return makeError("settings.invalid", "Tên hoặc giá trị thiết lập không hợp lệ (không phải UTF-8)",
                     "A setting's name or value is not valid UTF-8", std::string(key));
  std::string k(key), v = text::toNfc(value), at = isoDateTime(localNow()), who(actor);
  if (v.empty())
    db.session << std::string(statementsOf(db).remove), use(k), now;
  else
    db.session << std::string(statementsOf(db).upsert), use(k), use(v), use(at), use(who), now;
  return {};
}

}  // namespace

Result<std::map<std::string, std::string>> SettingsRepository::all() {
  try {
    std::vector<std::string> keys, values;
    db_.session << std::string(statementsOf(db_).all), into(keys), into(values), now;
    std::map<std::string, std::string> out;
    for (size_t i = 0; i < keys.size(); ++i) out.emplace(keys[i], values[i]);
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::optional<std::string>> SettingsRepository::get(std::string_view key) {
  auto values = all();
  if (!values) return values.error();
  auto it = values->find(std::string(key));
  return it == values->end() ? std::nullopt : std::optional<std::string>(it->second);
}

Status SettingsRepository::set(std::string_view key, std::string_view value, std::string_view actor) {
  return setAll({{std::string(key), std::string(value)}}, actor);
}

Status SettingsRepository::setAll(const std::map<std::string, std::string>& values, std::string_view actor) {
  if (auto ok = access::requirePermission(db_.actor, access::Permission::ManageSettings); !ok) return ok;
  try {
    return inTransaction(db_, [&]() -> Status {
      for (const auto& [key, value] : values) {
        if (auto s = writeOne(db_, key, value, actor); !s) return s;
        if (auto s = AuditRepository(db_).record("settings.set", "setting", key); !s) return s;
      }
      return {};
    });
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

}  // namespace landdesk::storage
