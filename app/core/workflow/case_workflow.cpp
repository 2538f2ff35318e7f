#include "workflow/case_workflow.h"

#include <algorithm>

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/storage_error.h"
#include "storage/workflow_repository.h"
#include "workflow/stage_clock.h"
#include "workflow/transition_log.h"
#include "workflow/transitions.h"
#include "workflow/workflow_steps.h"

namespace landdesk::workflow {

using S = model::CaseStatus;
using storage::WorkflowRepository;

namespace {

// A step may be recorded a little ahead of the desk's clock (another desk's clock), never into the future.
constexpr auto kClockSkew = std::chrono::minutes(5);

Error notFound(int64_t caseId) {
  return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", "#" + std::to_string(caseId));
}

bool hasDetail(const TransitionDetails& d) {
  return d.at || !d.note.empty() || !d.receiptNumber.empty() || !d.agency.empty() || d.dueAt || d.amount;
}

TransitionDetails merged(TransitionDetails base, const TransitionDetails& change) {
  if (change.at) base.at = change.at;
  if (!change.note.empty()) base.note = change.note;
  if (!change.receiptNumber.empty()) base.receiptNumber = change.receiptNumber;
  if (!change.agency.empty()) base.agency = change.agency;
  if (change.dueAt) base.dueAt = change.dueAt;
  if (change.amount) base.amount = change.amount;
  return base;
}

}  // namespace

Result<const rules::RuleBook*> defaultRules() {
  static const Result<rules::RuleBook> book = rules::loadRuleBook();
  if (!book) return book.error();
  return &book.value();
}

Result<int64_t> caseIdByCode(storage::Database& db, const std::string& code) {
  try {
    WorkflowRepository repo(db.impl());
    auto id = repo.caseIdByCode(code);
    if (!id) return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", code);
    return *id;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

Status advance(storage::Database& db, int64_t caseId, S to, const TransitionDetails& details, const std::string& actor) {
  auto book = rules::loadDeskRuleBook(db);
  if (!book) return book.error();
  return advance(db, *book, caseId, to, details, actor);
}

Status advance(storage::Database& db, const rules::RuleBook& rules, int64_t caseId, S to,
               const TransitionDetails& details, const std::string& actor) {
  // The authentication step is the signer's (register entry); every other step the officers'.
  const auto right = to == S::Authenticated ? access::Permission::Authenticate : access::Permission::AdvanceCases;
  if (auto ok = access::requirePermission(db.actor(), right); !ok) return ok;
  return detail::inTransaction(db, [&]() -> Status {
    WorkflowRepository repo(db.impl());
    auto row = repo.stage(caseId);
    if (!row) return notFound(caseId);
    auto recorded = detail::recordStep(repo, rules, *row, to, details, actor, localNow());
    if (!recorded) return recorded.error();
    return db.audit().record("case.advance", "case", row->code, row->code, std::string(model::codeOf(to)));
  });
}

Status correct(storage::Database& db, int64_t caseId, const Correction& c, const std::string& actor) {
  auto book = rules::loadDeskRuleBook(db);
  if (!book) return book.error();
  return correct(db, *book, caseId, c, actor);
}

Status correct(storage::Database& db, const rules::RuleBook& rules, int64_t caseId, const Correction& c,
               const std::string& actor) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::AdvanceCases); !ok) return ok;
  if (c.reason.empty())
    return makeError("workflow.missing_detail", "Thiếu thông tin: lý do đính chính (--reason)",
                     "Missing: the reason for the correction (--reason)");
  if (!c.undo && !c.to && !hasDetail(c.details))
    return makeError("workflow.nothing_to_correct", "Không có gì để đính chính: cho trạng thái đúng, thời điểm đúng, "
                     "thông tin đúng hoặc --undo", "Nothing to correct: give the right state, time, details or --undo");
  const LocalDateTime now = std::chrono::floor<std::chrono::seconds>(localNow());
  return detail::inTransaction(db, [&]() -> Status {
    WorkflowRepository repo(db.impl());
    auto row = repo.stage(caseId);
    if (!row) return notFound(caseId);
    const auto rows = repo.transitions(caseId);
    auto chain = detail::activeChain(rows);
    if (chain.empty())
      return makeError("workflow.no_such_step", "Hồ sơ chưa có bước nào để đính chính", "The case has no step to correct",
                       row->code);
    auto target = c.eventId ? std::find_if(chain.begin(), chain.end(), [&](const Step& s) { return s.eventId == *c.eventId; })
                            : chain.end() - 1;
    if (target == chain.end())
      return makeError("workflow.no_such_step", "Không có bước đang hiệu lực với mã sự kiện này trong hồ sơ",
                       "No active step with this event id in the case", "#" + std::to_string(*c.eventId));
    if (target->to == S::Authenticated || (c.to && *c.to == S::Authenticated))
      return makeError("workflow.register_owned",
                       "Bước chứng thực gắn với sổ chứng thực: không đính chính ở đây; hãy ghi sửa lỗi, hủy bỏ trong sổ",
                       "The authentication step belongs to the register: record a correction or cancellation there");
    Step restated = *target;
    restated.details = merged(target->details, c.details);
    if (c.details.at) restated.at = std::chrono::floor<std::chrono::seconds>(*c.details.at);
    if (c.to) restated.to = *c.to;
    if (restated.at > now + kClockSkew)
      return makeError("workflow.future", "Thời điểm ở tương lai", "The time is in the future", isoDateTime(restated.at));
    if (!c.undo)
      if (auto missing = missingDetail(restated.to, restated.details)) return *missing;
    const Step original = *target;
    if (c.undo) chain.erase(target);
    else *target = restated;
    std::stable_sort(chain.begin(), chain.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
    auto stage = replay(rules, detail::baseOf(*row, rows), chain, true);
    if (!stage) return stage.error();

    const int64_t eventId = repo.insertEvent(
        caseId, now, actor, "correction", "transition#" + std::to_string(original.eventId),
        detail::describe(original.from, original.to, original.at),
        c.undo ? std::string("voided") : detail::describe(restated.from, restated.to, restated.at));
    Transition t;
    t.eventId = eventId;
    t.caseId = caseId;
    t.at = c.undo ? original.at : restated.at;
    t.recordedAt = now;
    t.actor = actor;
    t.from = original.from;
    t.to = c.undo ? original.to : restated.to;
    t.details = c.undo ? original.details : restated.details;
    t.corrects = original.eventId;
    t.voids = c.undo;
    t.reason = c.reason;
    repo.insertTransition(detail::toRow(t));
    repo.supersede(original.eventId, eventId);
    detail::correctTaxRows(repo, caseId, original, c.undo ? nullptr : &restated, eventId, actor);
    detail::applyStage(*stage, *row);
    if (auto s = detail::writeStage(repo, *row); !s) return s;
    return db.audit().record(c.undo ? "case.undo_step" : "case.correct_step", "case", row->code, row->code, c.reason);
  });
}

Result<std::vector<Transition>> history(storage::Database& db, int64_t caseId) {
  try {
    WorkflowRepository repo(db.impl());
    if (!repo.stage(caseId)) return notFound(caseId);
    std::vector<Transition> out;
    for (const auto& r : repo.transitions(caseId)) out.push_back(detail::toTransition(r));
    return out;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

Result<WorkflowState> state(storage::Database& db, int64_t caseId) {
  try {
    WorkflowRepository repo(db.impl());
    auto row = repo.stage(caseId);
    if (!row) return notFound(caseId);
    WorkflowState s;
    s.caseId = row->id;
    s.code = row->code;
    s.kind = row->kind;
    s.status = row->status;
    s.resumeTo = row->resumeStatus;
    s.receivedAt = row->receivedAt;
    s.authenticationDue = row->dueAt;
    s.authenticatedAt = row->authenticatedAt;
    s.closedAt = row->closedAt;
    s.closedStatus = row->closedStatus;
    s.stageStartedAt = row->stageStartedAt;
    s.stageProcedure = row->stageProcedure;
    s.stageDueAt = row->stageDueAt;
    s.pausedSince = row->pausedSince;
    s.rowVersion = row->rowVersion;
    return s;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

Result<std::vector<S>> allowedNext(storage::Database& db, int64_t caseId) {
  auto s = state(db, caseId);
  if (!s) return s.error();
  return allowedNext(s->status, s->kind, s->resumeTo);
}

}  // namespace landdesk::workflow
