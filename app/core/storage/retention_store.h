// What the retention purge reads and removes: dossier scans dated by their authentication, and file references.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "storage/database.h"
#include "util/error.h"

namespace landdesk::storage {

// SQL of the purge, read as written by SQLite and PostgreSQL (sqlite/retention_sql.cpp); ids are appended as
// integers by the caller, so no placeholder style is needed.
namespace retention_sql {
extern const char* const kDossierDocuments;  // -> document id, case id, case code, sha256, file name, first original date
extern const char* const kDossierInboxItems; // -> inbox id, case id, sha256 of items joined to an authenticated case
extern const char* const kHashReferences;    // -> sha256, rows naming it (documents + inbox items)
extern const char* const kDeleteDocument;    // + id
extern const char* const kDeleteInboxItem;   // + id
}  // namespace retention_sql

// One stored scan of a case that has an original register entry.
struct DossierDocument {
  int64_t documentId = 0;
  int64_t caseId = 0;
  std::string caseCode;
  std::string sha256;
  std::string fileName;
  std::string authenticatedOn;  // YYYY-MM-DD of the case's first original entry
};

struct DossierInboxItem {
  int64_t itemId = 0;
  int64_t caseId = 0;
  std::string sha256;
};

class RetentionStore {
 public:
  explicit RetentionStore(Database& db) : db_(db) {}

  Result<std::vector<DossierDocument>> dossierDocuments();
  Result<std::vector<DossierInboxItem>> dossierInboxItems();
  // How many rows (source documents and inbox items) name each stored file.
  Result<std::map<std::string, int64_t>> hashReferences();
  // Join the caller's transaction; the register is never touched (its rows refuse deletes anyway).
  Status deleteDocument(int64_t id);
  Status deleteInboxItem(int64_t id);

 private:
  Database& db_;
};

}  // namespace landdesk::storage
