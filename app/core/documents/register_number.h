// The register line of a stored case (sổ chứng thực) as the documents print it: số chứng thực, quyển số, date.
#pragma once

#include <optional>

#include "documents/document_data.h"
#include "model/office_profile.h"
#include "storage/database.h"

namespace landdesk::documents {

// The case's original register entry, when it has one (the latest amendment or correction keeps the original's
// number on the contract); nullopt when the case is not in the register yet. Errors reading the register are
// returned, so a blank number is never printed silently.
Result<std::optional<AuthenticationNumber>> registerNumberOf(storage::Database& db, const model::OfficeProfile& office,
                                                             int64_t caseId);

}  // namespace landdesk::documents
