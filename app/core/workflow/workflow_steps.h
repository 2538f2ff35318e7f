// Internal to workflow/: one step written inside an open transaction, shared by advance, visits, hand-off and tax.
#pragma once

#include "rules/rule_book.h"
#include "storage/workflow_repository.h"
#include "workflow/case_workflow.h"
#include "workflow/stage_clock.h"

namespace landdesk::workflow::detail {

// Checks the step (allowed from the row's state, details, time order) and writes its event, its transition row,
// the tax notice it brings or settles, and the stage columns; returns the event id. `row` is updated to the new
// stage. Must run inside a transaction: the caller's rollback undoes everything on a later refusal.
Result<int64_t> recordStep(storage::WorkflowRepository& repo, const rules::RuleBook& rules, storage::StageRow& row,
                           model::CaseStatus to, const TransitionDetails& details, const std::string& actor,
                           LocalDateTime now);

// A correction of a tax step keeps tax_notice in line with the steps: undoing "tax notice received" removes the notice
// it brought, undoing "tax paid" clears the payment it recorded; a restated step records them again as restated
// (linked to the correction event). Must run inside the correction's transaction.
void correctTaxRows(storage::WorkflowRepository& repo, int64_t caseId, const Step& original, const Step* restated,
                    int64_t correctionEventId, const std::string& actor);

}  // namespace landdesk::workflow::detail
