// The read-side pages of the case editor: documents, timeline, fees and taxes, checks, changes since the draft.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "storage/database.h"

class wxNotebook;

namespace landdesk::gui {

// Adds the read-side pages to the editor's notebook; they read the case through `db` (which must outlive the book)
// and its files under `dataDir`. `actor` is the officer named in what the pages record (verify view confirmations).
void addCaseViewTabs(wxNotebook& book, storage::Database& db, std::filesystem::path dataDir, int64_t caseId,
                     std::string actor);
// After the editor saved: every page added by addCaseViewTabs re-reads the case.
void refreshCaseViewTabs(wxNotebook& book);

}  // namespace landdesk::gui
