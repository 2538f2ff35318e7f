// Internal to workflow/: one step written inside an open transaction, shared by advance, visits, hand-off and tax.
#pragma once

#include "rules/rule_book.h"
#include "storage/workflow_repository.h"
#include "workflow/case_workflow.h"

namespace landdesk::workflow::detail {

// Checks the step (allowed from the row's state, details, time order) and writes its event, its transition row,
// the tax notice it brings or settles, and the stage columns; returns the event id. `row` is updated to the new
// stage. Must run inside a transaction: the caller's rollback undoes everything on a later refusal.
Result<int64_t> recordStep(storage::WorkflowRepository& repo, const rules::RuleBook& rules, storage::StageRow& row,
                           model::CaseStatus to, const TransitionDetails& details, const std::string& actor,
                           LocalDateTime now);

}  // namespace landdesk::workflow::detail
