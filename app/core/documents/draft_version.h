// What changed in a case since the draft sent to the citizen: a field-level difference of two case-data JSON texts.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "storage/file_store.h"
#include "util/error.h"

namespace landdesk::documents {

// One changed leaf: its path as the templates name it ("parties[1].full_name"), and its JSON text before and
// after; nullopt where the field did not exist on that side.
struct FieldChange {
  std::string path;
  std::optional<std::string> before;
  std::optional<std::string> after;
};

// Compares the case data kept with a draft version (`before`) with the case data now (`after`). Objects are compared
// key by key, arrays position by position, leaves by their JSON text; changes come in path order. Refused with a
// message naming the side when either text is not a JSON object.
Result<std::vector<FieldChange>> diffCaseData(const std::string& before, const std::string& after);

// A draft as sent to the citizen: the rendered DOCX and the case data it was made from, each kept once in the
// desk's file store under its SHA-256 (the hashes go into the case's draft_sent event).
struct DraftVersion {
  std::string docxSha256;
  std::string caseDataSha256;
};

Result<DraftVersion> keepDraftVersion(storage::FileStore& store, const std::filesystem::path& docx,
                                      const std::string& caseDataJson);
// The case data kept with a version, to compare with the case now (diffCaseData); an error names a missing file.
Result<std::string> keptCaseData(const storage::FileStore& store, const DraftVersion& version);

}  // namespace landdesk::documents
