// Internal to workflow/: the stored transition rows as the chain of active steps, and the write of one step.
#pragma once

#include <vector>

#include "storage/workflow_repository.h"
#include "workflow/case_workflow.h"
#include "workflow/stage_clock.h"

namespace landdesk::workflow::detail {

Transition toTransition(const storage::TransitionRow& row);
storage::TransitionRow toRow(const Transition& t);

// The active steps (not superseded, not voids) in effective order: by time, ties by the original recording order.
std::vector<Step> activeChain(const std::vector<storage::TransitionRow>& rows);
// The base the chain starts from: the first recorded step's origin, else the stored status.
ReplayBase baseOf(const storage::StageRow& row, const std::vector<storage::TransitionRow>& rows);

// Copies a replayed stage into the case_file row (row version kept for the guarded write).
void applyStage(const Stage& stage, storage::StageRow& row);
// Writes the stage; "db.conflict" when another desk changed the case since it was read.
Status writeStage(storage::WorkflowRepository& repo, const storage::StageRow& row);

// Joins the outer transaction when there is one; database exceptions become an Error.
Status inTransaction(storage::Database& db, const std::function<Status()>& work);

// "received → drafting @ 2026-03-02T09:00:00".
std::string describe(model::CaseStatus from, model::CaseStatus to, LocalDateTime at);

}  // namespace landdesk::workflow::detail
