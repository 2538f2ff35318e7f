#include "workflow/transition_log.h"

#include <algorithm>
#include <map>

namespace landdesk::workflow::detail {

Transition toTransition(const storage::TransitionRow& r) {
  Transition t;
  t.eventId = r.eventId;
  t.caseId = r.caseId;
  t.at = r.at;
  t.recordedAt = r.recordedAt;
  t.actor = r.actor;
  t.from = r.from;
  t.to = r.to;
  t.details.at = r.at;
  t.details.note = r.note;
  t.details.receiptNumber = r.receiptNumber;
  t.details.agency = r.agency;
  t.details.dueAt = r.dueAt;
  t.details.amount = r.amount;
  t.details.registerEntryId = r.registerEntryId;
  t.details.registerNumber = r.registerNumber;
  t.corrects = r.corrects;
  t.supersededBy = r.supersededBy;
  t.voids = r.voids;
  t.reason = r.reason;
  return t;
}

storage::TransitionRow toRow(const Transition& t) {
  storage::TransitionRow r;
  r.eventId = t.eventId;
  r.caseId = t.caseId;
  r.at = t.at;
  r.recordedAt = t.recordedAt;
  r.actor = t.actor;
  r.from = t.from;
  r.to = t.to;
  r.note = t.details.note;
  r.receiptNumber = t.details.receiptNumber;
  r.agency = t.details.agency;
  r.dueAt = t.details.dueAt;
  r.amount = t.details.amount;
  r.registerEntryId = t.details.registerEntryId;
  r.registerNumber = t.details.registerNumber;
  r.corrects = t.corrects;
  r.voids = t.voids;
  r.supersededBy = t.supersededBy;
  r.reason = t.reason;
  return r;
}

std::vector<Step> activeChain(const std::vector<storage::TransitionRow>& rows) {
  std::map<int64_t, const storage::TransitionRow*> byId;
  for (const auto& r : rows) byId[r.eventId] = &r;
  auto rootOf = [&](const storage::TransitionRow& r) {
    const storage::TransitionRow* cur = &r;
    for (size_t guard = 0; cur->corrects && guard < rows.size(); ++guard) {
      auto it = byId.find(*cur->corrects);
      if (it == byId.end()) break;
      cur = it->second;
    }
    return cur->eventId;
  };
  std::vector<std::pair<int64_t, Step>> keyed;
  for (const auto& r : rows) {
    if (r.supersededBy || r.voids) continue;
    Transition t = toTransition(r);
    keyed.push_back({rootOf(r), Step{r.eventId, r.from, r.to, r.at, t.details}});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.second.at != b.second.at ? a.second.at < b.second.at : a.first < b.first;
  });
  std::vector<Step> out;
  for (auto& [root, step] : keyed) out.push_back(std::move(step));
  return out;
}

ReplayBase baseOf(const storage::StageRow& row, const std::vector<storage::TransitionRow>& rows) {
  ReplayBase b;
  b.kind = row.kind;
  b.receivedAt = row.receivedAt;
  b.at = row.receivedAt;
  b.status = row.status;
  for (const auto& r : rows)
    if (!r.corrects) {  // the first step ever recorded tells where the history began
      b.status = r.from;
      break;
    }
  if (b.status == model::CaseStatus::WaitingForPapers) b.resumeTo = model::CaseStatus::Received;
  return b;
}

void applyStage(const Stage& s, storage::StageRow& row) {
  row.status = s.status;
  row.resumeStatus = s.resumeTo;
  if (s.authenticationDue) row.dueAt = s.authenticationDue;
  row.authenticatedAt = s.authenticatedAt;
  row.closedAt = s.closedAt;
  row.closedStatus = s.closedStatus;
  row.stageStartedAt = s.startedAt;
  row.stageProcedure = s.procedure;
  row.stageDueAt = s.dueAt;
  row.pausedSince = s.pausedSince;
}

Status writeStage(storage::WorkflowRepository& repo, const storage::StageRow& row) {
  if (repo.writeStage(row)) return {};
  return makeError("db.conflict", "Hồ sơ vừa được máy khác sửa; hãy tải lại rồi làm lại bước này",
                   "Another desk changed this case; reload and repeat the step", row.code);
}

Status inTransaction(storage::Database& db, const std::function<Status()>& work) { return db.transaction(work); }

std::string describe(model::CaseStatus from, model::CaseStatus to, LocalDateTime at) {
  return std::string(model::codeOf(from)) + " → " + std::string(model::codeOf(to)) + " @ " + isoDateTime(at);
}

}  // namespace landdesk::workflow::detail
