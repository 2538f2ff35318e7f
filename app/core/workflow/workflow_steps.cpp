#include "workflow/workflow_steps.h"

#include "workflow/stage_clock.h"
#include "workflow/transition_log.h"
#include "workflow/transitions.h"

namespace landdesk::workflow::detail {

using S = model::CaseStatus;

namespace {

constexpr auto kClockSkew = std::chrono::minutes(5);

// The tax notice a tax_notice_received step brings, and the payment a tax_paid step records on open notices.
void taxSideEffects(storage::WorkflowRepository& repo, const storage::StageRow& row, S to, const TransitionDetails& d,
                    int64_t eventId, const Stage& stage, LocalDateTime at, const std::string& actor) {
  if (to == S::TaxNoticeReceived) {
    storage::TaxNoticeRow n;
    n.caseId = row.id;
    n.eventId = eventId;
    n.number = d.receiptNumber;
    n.amount = d.amount.value_or(0);
    n.receivedAt = at;
    n.dueAt = stage.dueAt.value_or(at);
    n.recordedBy = actor;
    repo.insertTaxNotice(n);
  } else if (to == S::TaxPaid) {
    for (const auto& n : repo.taxNotices(row.id))
      if (!n.paidAt) repo.payTaxNotice(n.id, at, d.amount, d.receiptNumber);
  }
}

}  // namespace

void correctTaxRows(storage::WorkflowRepository& repo, int64_t caseId, const Step& original, const Step* restated,
                    int64_t correctionEventId, const std::string& actor) {
  if (original.to != S::TaxNoticeReceived && original.to != S::TaxPaid) return;
  std::optional<LocalDateTime> noticeDue;
  for (const auto& n : repo.taxNotices(caseId)) {
    if (original.to == S::TaxNoticeReceived && n.eventId == original.eventId) {
      noticeDue = n.dueAt;
      repo.deleteTaxNotice(n.id);
    }
    // The payment step paid every open notice at its time with its reference.
    if (original.to == S::TaxPaid && n.paidAt == original.at && n.paymentRef == original.details.receiptNumber)
      repo.unpayTaxNotice(n.id);
  }
  if (!restated) return;
  if (restated->to == S::TaxNoticeReceived) {
    storage::TaxNoticeRow n;
    n.caseId = caseId;
    n.eventId = correctionEventId;
    n.number = restated->details.receiptNumber;
    n.amount = restated->details.amount.value_or(0);
    n.receivedAt = restated->at;
    n.dueAt = restated->details.dueAt.value_or(noticeDue.value_or(restated->at));
    n.recordedBy = actor;
    repo.insertTaxNotice(n);
  } else if (restated->to == S::TaxPaid) {
    for (const auto& n : repo.taxNotices(caseId))
      if (!n.paidAt) repo.payTaxNotice(n.id, restated->at, restated->details.amount, restated->details.receiptNumber);
  }
}

Result<int64_t> recordStep(storage::WorkflowRepository& repo, const rules::RuleBook& rules, storage::StageRow& row,
                           S to, const TransitionDetails& details, const std::string& actor, LocalDateTime now) {
  const S from = row.status;
  if (auto refused = refuseTransition(from, to, row.kind, row.resumeStatus)) {
    refused->vi += " [" + row.code + "]";
    refused->en += " [" + row.code + "]";
    return *refused;
  }
  if (to == S::Authenticated && !details.registerEntryId)
    return makeError("workflow.needs_register_entry",
                     "Chỉ chuyển sang \"đã chứng thực\" khi ghi sổ chứng thực (lệnh chứng thực của sổ), không chuyển tay",
                     "A case becomes authenticated only when the register records it (the register's authenticate "
                     "step), not by a plain advance",
                     row.code);
  if (auto missing = missingDetail(to, details)) {
    missing->vi += " [" + row.code + "]";
    missing->en += " [" + row.code + "]";
    return *missing;
  }
  now = std::chrono::floor<std::chrono::seconds>(now);
  const LocalDateTime at = std::chrono::floor<std::chrono::seconds>(details.at.value_or(now));
  if (at > now + kClockSkew)
    return makeError("workflow.future", "Thời điểm ở tương lai", "The time is in the future", isoDateTime(at));
  const LocalDateTime previous = std::max(row.receivedAt, row.stageStartedAt.value_or(row.receivedAt));
  if (at < previous)
    return makeError("workflow.out_of_order",
                     "Thời điểm " + isoDateTime(at) + " sớm hơn bước trước (" + isoDateTime(previous) +
                         "); các bước phải theo đúng thứ tự thời gian",
                     "The time " + isoDateTime(at) + " is before the previous step (" + isoDateTime(previous) +
                         "); steps must be in time order",
                     row.code);

  const auto rows = repo.transitions(row.id);
  auto chain = activeChain(rows);
  TransitionDetails stored = details;
  stored.at = at;
  chain.push_back(Step{0, from, to, at, stored});
  auto stage = replay(rules, baseOf(row, rows), chain, false);
  if (!stage) return stage.error();

  const int64_t eventId =
      repo.insertEvent(row.id, at, actor, "transition", "status", std::string(model::codeOf(from)),
                       std::string(model::codeOf(to)));
  // The draft sent to the citizen: its hashes recorded with the step, in the same transaction.
  if (to == S::DraftSent && !details.draftDocxSha256.empty())
    repo.insertEvent(row.id, at, actor, "draft_version", "docx_sha256", "", details.draftDocxSha256);
  if (to == S::DraftSent && !details.draftDataSha256.empty())
    repo.insertEvent(row.id, at, actor, "draft_version", "case_data_sha256", "", details.draftDataSha256);
  Transition t;
  t.eventId = eventId;
  t.caseId = row.id;
  t.at = at;
  t.recordedAt = now;
  t.actor = actor;
  t.from = from;
  t.to = to;
  t.details = stored;
  repo.insertTransition(toRow(t));
  taxSideEffects(repo, row, to, stored, eventId, *stage, at, actor);
  applyStage(*stage, row);
  if (auto written = writeStage(repo, row); !written) return written.error();
  ++row.rowVersion;
  return eventId;
}

}  // namespace landdesk::workflow::detail
