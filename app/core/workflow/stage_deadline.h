// How the current stage's deadline was reached (clock start, pauses, rule, flag), so an officer can check it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/rule_book.h"
#include "rules/working_clock.h"
#include "storage/database.h"
#include "workflow/case_workflow.h"

namespace landdesk::workflow {

struct StageDeadline {
  WorkflowState state;
  std::string procedure;                    // empty: the stage has no time limit
  const rules::ProcedureDeadline* rule = nullptr;  // into the rule book passed in
  LocalDateTime clockStart{};
  std::vector<rules::Pause> pauses;
  std::optional<rules::Deadline> deadline;
  std::optional<LocalDateTime> dueAt;       // the stage's due instant (a notice's own due date wins)
  std::optional<rules::DeadlineStatus> status;  // at `now`; empty without a time limit
};

// Replays the case's history against `rules` (the stored columns are not trusted for this view).
Result<StageDeadline> stageDeadline(storage::Database& db, const rules::RuleBook& rules, int64_t caseId,
                                    LocalDateTime now = localNow());

}  // namespace landdesk::workflow
