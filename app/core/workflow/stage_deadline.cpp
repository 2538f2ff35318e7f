#include "workflow/stage_deadline.h"

#include "storage/storage_error.h"
#include "storage/workflow_repository.h"
#include "workflow/stage_clock.h"
#include "workflow/transition_log.h"

namespace landdesk::workflow {

Result<StageDeadline> stageDeadline(storage::Database& db, const rules::RuleBook& rules, int64_t caseId,
                                    LocalDateTime now) {
  auto st = state(db, caseId);
  if (!st) return st.error();
  try {
    storage::WorkflowRepository repo(db.impl());
    auto row = repo.stage(caseId);
    if (!row) return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", "#" + std::to_string(caseId));
    const auto rows = repo.transitions(caseId);
    auto stage = replay(rules, detail::baseOf(*row, rows), detail::activeChain(rows), false);
    if (!stage) return stage.error();
    StageDeadline out;
    out.state = *st;
    out.procedure = stage->procedure;
    out.clockStart = stage->clockStart;
    out.pauses = stage->pauses;
    out.deadline = stage->deadline;
    out.dueAt = stage->dueAt;
    if (!out.procedure.empty()) {
      out.rule = rules.deadlines.procedure(out.procedure, rules::dayOf(toMinutes(out.clockStart)));
      if (out.rule && out.deadline) {
        rules::Deadline effective = *out.deadline;
        if (out.dueAt) effective.due = toMinutes(*out.dueAt);
        out.status = rules::statusAt(rules.holidays, rules.deadlines, *out.rule, effective, toMinutes(now));
      }
    }
    return out;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

}  // namespace landdesk::workflow
