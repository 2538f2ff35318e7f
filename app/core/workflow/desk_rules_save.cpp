// saveDeskRuleData (declared in rules/desk_rules.h) lives here: a new holiday or deadline table moves the stage
// deadlines of open cases, and only workflow/ knows how to replay a case's steps into its stage.
#include "rules/desk_rules.h"
#include "storage/rule_data_repository.h"
#include "storage/workflow_repository.h"
#include "workflow/stage_clock.h"
#include "workflow/transition_log.h"

namespace landdesk::rules {

namespace {

// Replays every open case's active steps under the new rules and writes the stage columns that changed.
Status recomputeOpenCases(storage::Database& db, const RuleBook& book) {
  storage::WorkflowRepository repo(db.impl());
  for (int64_t id : repo.openCaseIds()) {
    auto row = repo.stage(id);
    if (!row) continue;
    const auto rows = repo.transitions(id);
    auto stage = workflow::replay(book, workflow::detail::baseOf(*row, rows), workflow::detail::activeChain(rows), false);
    if (!stage)
      return makeError(stage.error().code, "Không tính lại được thời hạn của hồ sơ " + row->code + ": " + stage.error().vi,
                       "Could not recompute the deadlines of case " + row->code + ": " + stage.error().en);
    storage::StageRow updated = *row;
    workflow::detail::applyStage(*stage, updated);
    if (updated.stageDueAt == row->stageDueAt && updated.dueAt == row->dueAt) continue;
    if (auto s = workflow::detail::writeStage(repo, updated); !s) return s;
  }
  return {};
}

}  // namespace

Status saveDeskRuleData(storage::Database& db, std::string_view name, const std::string& json, std::string_view actor) {
  if (actor.empty())
    return makeError("rules.missing_actor", "Thiếu người lưu bảng quy định (--actor)", "Missing who saves the rule table (--actor)");
  auto book = loadDeskRuleBook(db);
  if (!book) return book.error();
  if (auto s = checkDeskRuleData(name, json, *book); !s) return s;
  return workflow::detail::inTransaction(db, [&]() -> Status {
    storage::RuleDataRepository repo(db.impl());
    if (auto s = repo.put(name, json, actor); !s) return s;
    if (name == "holidays" || name == "deadlines") return recomputeOpenCases(db, *book);
    return {};
  });
}

}  // namespace landdesk::rules
