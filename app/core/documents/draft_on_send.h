// The draft version hook: moving a case to draft_sent renders its contract and keeps that DOCX and the case data
// as sent, with their hashes recorded beside the step (issue 8 item 4).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "documents/case_document.h"
#include "documents/draft_version.h"
#include "model/case.h"
#include "storage/database.h"
#include "workflow/case_workflow.h"

namespace landdesk::documents {

// The case data kept with a draft: the stored case as its JSON form (model/case_json), which the contract's data
// tree is built from. The data tree itself is not kept because it also carries today's date and words.
std::string draftCaseData(const model::Case& c);

// What was sent: the version kept and the contract template it was rendered from. When the contract could not be
// rendered (no template for the kind, a blocking gap, template errors) the step still happens — the officer may
// have sent a draft made by hand — with the case data kept alone and `renderProblem` saying why there is no DOCX.
struct SentDraft {
  DraftVersion version;              // docxSha256 empty when no DOCX was kept
  std::string templateId;
  std::optional<Error> renderProblem;
};

// Renders the case's contract (the first "contract" template of its kind in force on the step's date), keeps the
// DOCX and the case data in `dataDir`'s file store, then advances the case to draft_sent with both hashes recorded
// as "draft_version" events of the step, in the step's transaction. Refused, nothing recorded: a step the
// workflow refuses, or a file store that cannot be written.
Result<SentDraft> sendDraft(storage::Database& db, const DocumentSources& sources, const std::filesystem::path& dataDir,
                            int64_t caseId, const workflow::TransitionDetails& details, const std::string& actor);

// The version recorded with the case's latest draft_sent step; nullopt when no draft was kept.
Result<std::optional<DraftVersion>> latestDraftVersion(storage::Database& db, int64_t caseId);

}  // namespace landdesk::documents
