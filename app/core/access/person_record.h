// Everything the desk holds about one person (legal-facts §9: the data subject's access): cases, papers, audit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/case.h"
#include "storage/audit_repository.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::access {

struct PersonCase {
  model::Case dossier;
  std::vector<size_t> partyIndexes;  // which of the case's parties carry the ID number
};

struct PersonRecord {
  std::string idNumber;
  std::vector<PersonCase> cases;
  std::vector<storage::AuditEntry> audit;  // entries about the person or about their cases
};

// Needs the export and view-personal-data rights; leaves a "person.export" audit entry naming the ID number.
Result<PersonRecord> personRecord(storage::Database& db, std::string_view idNumber);

}  // namespace landdesk::access
