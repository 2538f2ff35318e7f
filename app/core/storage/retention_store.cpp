#include "storage/retention_store.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include "storage/session_impl.h"
#include "storage/storage_error.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;

namespace {

// Every row of `sql`, each column as text (ids, dates and hashes alike), whatever the back-end's column types.
Result<std::vector<std::vector<std::string>>> rows(Database& db, const char* sql) {
  try {
    Poco::Data::Statement select(db.impl().session);
    select << sql, now;
    Poco::Data::RecordSet set(select);
    std::vector<std::vector<std::string>> out;
    for (bool more = set.moveFirst(); more; more = set.moveNext()) {
      std::vector<std::string> row;
      for (size_t c = 0; c < set.columnCount(); ++c)
        row.push_back(set.value(c).isEmpty() ? std::string() : set.value(c).convert<std::string>());
      out.push_back(std::move(row));
    }
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db.path());
  }
}

Status execute(Database& db, const std::string& sql) {
  try {
    db.impl().session << sql, now;
    return {};
  } catch (const std::exception& e) {
    return storageError(e, db.path());
  }
}

}  // namespace

Result<std::vector<DossierDocument>> RetentionStore::dossierDocuments() {
  auto all = rows(db_, retention_sql::kDossierDocuments);
  if (!all) return all.error();
  std::vector<DossierDocument> out;
  for (const auto& r : *all)
    out.push_back({std::stoll(r[0]), std::stoll(r[1]), r[2], r[3], r[4], r[5].substr(0, 10)});
  return out;
}

Result<std::vector<DossierInboxItem>> RetentionStore::dossierInboxItems() {
  auto all = rows(db_, retention_sql::kDossierInboxItems);
  if (!all) return all.error();
  std::vector<DossierInboxItem> out;
  for (const auto& r : *all) out.push_back({std::stoll(r[0]), std::stoll(r[1]), r[2]});
  return out;
}

Result<std::map<std::string, int64_t>> RetentionStore::hashReferences() {
  auto all = rows(db_, retention_sql::kHashReferences);
  if (!all) return all.error();
  std::map<std::string, int64_t> out;
  for (const auto& r : *all) out[r[0]] = std::stoll(r[1]);
  return out;
}

Status RetentionStore::deleteDocument(int64_t id) {
  return execute(db_, retention_sql::kDeleteDocument + std::to_string(id));
}

Status RetentionStore::deleteInboxItem(int64_t id) {
  return execute(db_, retention_sql::kDeleteInboxItem + std::to_string(id));
}

}  // namespace landdesk::storage
