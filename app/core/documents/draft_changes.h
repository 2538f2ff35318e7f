// What changed in a case since the draft sent to the citizen, as the officer reads it: the kept case data against
// the case now, bookkeeping fields left out, each field named in Vietnamese (or English) where a label is known.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "documents/draft_version.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::documents {

struct DraftChanges {
  DraftVersion version;              // the draft compared with
  std::vector<FieldChange> changes;  // empty: nothing changed since it was sent
};

// The case's latest kept draft against the stored case now; nullopt when no draft was kept for the case. Ids, row
// version, status, due time and the received papers are bookkeeping, not contract content, and are left out.
// An error names a kept file that is missing or unreadable.
Result<std::optional<DraftChanges>> changesSinceDraft(storage::Database& db, const std::filesystem::path& dataDir,
                                                      int64_t caseId);

// A side of a change as the officer reads it: a JSON string without its quotes and escapes, other values as they
// are, "—" where the field did not exist.
std::string shownValue(const std::optional<std::string>& jsonText);

// "parties[1].full_name" → "Bên 2 — Họ và tên" ("Party 2 — Full name"); unknown keys are shown as they are.
std::string fieldLabel(const std::string& path, Language lang = Language::Vietnamese);

}  // namespace landdesk::documents
