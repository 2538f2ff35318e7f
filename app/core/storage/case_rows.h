// Internal to storage/: writing and reading the rows of one case (parties, parcels, documents, events).
#pragma once

#include <cstdint>
#include <string>

#include "model/case.h"
#include "model/case_event.h"
#include "storage/session_impl.h"

namespace landdesk::storage::rows {

// Each writer replaces the case's rows of its kind; parties and parcels keep their ids when they have one.
void writeParties(Database::Impl& db, model::Case& c);
void writeParcels(Database::Impl& db, model::Case& c);
void writeDocuments(Database::Impl& db, model::Case& c);
void writeSearchRow(Database::Impl& db, const model::Case& c);
void writeEvent(Database::Impl& db, int64_t caseId, const model::CaseEvent& e);

// Loads the whole case; false when there is no case with that id.
bool readCase(Database::Impl& db, int64_t id, model::Case& c);

}  // namespace landdesk::storage::rows
