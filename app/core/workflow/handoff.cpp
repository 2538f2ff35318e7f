#include "workflow/handoff.h"

#include <set>

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"
#include "storage/workflow_repository.h"
#include "workflow/case_workflow.h"
#include "workflow/transition_log.h"
#include "workflow/transitions.h"
#include "workflow/workflow_steps.h"

namespace landdesk::workflow {

using S = model::CaseStatus;

namespace {

struct AgencyTerm {
  AgencyKind kind;
  std::string_view code, vi, en;
};

constexpr AgencyTerm kAgencies[] = {
    {AgencyKind::LandRegistrationOffice, "land_registration_office", "Văn phòng đăng ký đất đai",
     "Land registration office"},
    {AgencyKind::LandRegistrationBranch, "land_registration_branch", "Chi nhánh Văn phòng đăng ký đất đai",
     "Land registration office branch"},
    {AgencyKind::ServiceCentre, "service_centre", "Trung tâm Phục vụ hành chính công",
     "Public administrative service centre"},
    {AgencyKind::TaxOffice, "tax_office", "Cơ quan thuế", "Tax office"},
};

const AgencyTerm& agencyTerm(AgencyKind k) {
  for (const auto& t : kAgencies)
    if (t.kind == k) return t;
  return kAgencies[0];
}

Error caseNotFound(int64_t id) {
  return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", "#" + std::to_string(id));
}

HandoffBatch toBatch(const storage::HandoffBatchRow& r) {
  HandoffBatch b;
  b.id = r.id;
  b.agencyKind = agencyKindFromCode(r.agencyKind).value_or(AgencyKind::LandRegistrationOffice);
  b.agency = r.agency;
  b.sentAt = r.sentAt;
  b.officer = r.officer;
  b.note = r.note;
  b.createdAt = r.createdAt;
  b.itemCount = r.items;
  b.receipted = r.receipted;
  return b;
}

TaxNotice toNotice(const storage::TaxNoticeRow& r) {
  return TaxNotice{r.id, r.caseId, r.number, r.amount, r.receivedAt, r.dueAt, r.paidAt, r.paidAmount, r.paymentRef};
}

std::string agencyName(storage::Database& db, AgencyKind kind) {
  auto v = db.settings().get("handoff.agency." + std::string(agencyKindCode(kind)));
  if (v && *v && !(*v)->empty()) return **v;
  return std::string(agencyTerm(kind).vi);
}

}  // namespace

std::string_view agencyKindCode(AgencyKind k) { return agencyTerm(k).code; }

std::optional<AgencyKind> agencyKindFromCode(std::string_view code) {
  for (const auto& t : kAgencies)
    if (t.code == code) return t.kind;
  return std::nullopt;
}

std::string_view agencyKindLabel(AgencyKind k, Language lang) {
  return lang == Language::English ? agencyTerm(k).en : agencyTerm(k).vi;
}

Result<HandoffBatch> createBatch(storage::Database& db, const NewBatch& nb, const std::string& actor) {
  auto book = rules::loadDeskRuleBook(db);
  if (!book) return book.error();
  return createBatch(db, *book, nb, actor);
}

Result<HandoffBatch> createBatch(storage::Database& db, const rules::RuleBook& rules, const NewBatch& nb,
                                 const std::string& actor, LocalDateTime now) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::AdvanceCases); !ok) return ok.error();
  if (nb.caseIds.empty())
    return makeError("handoff.empty", "Phiếu chuyển chưa có hồ sơ nào", "The transmittal batch has no case");
  std::set<int64_t> seen;
  for (int64_t id : nb.caseIds)
    if (!seen.insert(id).second)
      return makeError("handoff.duplicate", "Một hồ sơ được ghi hai lần trong phiếu chuyển",
                       "A case is listed twice in the batch", "#" + std::to_string(id));
  now = std::chrono::floor<std::chrono::seconds>(now);
  const LocalDateTime at = std::chrono::floor<std::chrono::seconds>(nb.at.value_or(now));
  if (at > now + std::chrono::minutes(5))
    return makeError("workflow.future", "Thời điểm ở tương lai", "The time is in the future", isoDateTime(at));
  const std::string agency = nb.agency.empty() ? agencyName(db, nb.agencyKind) : nb.agency;
  const std::string officer = nb.officer.empty() ? actor : nb.officer;
  std::optional<int64_t> batchId;
  Status done = detail::inTransaction(db, [&]() -> Status {
    storage::WorkflowRepository repo(db.impl());
    storage::HandoffBatchRow b;
    b.agencyKind = std::string(agencyKindCode(nb.agencyKind));
    b.agency = agency;
    b.sentAt = at;
    b.officer = officer;
    b.note = nb.note;
    b.createdAt = now;
    batchId = repo.insertBatch(b);
    int position = 0;
    for (int64_t caseId : nb.caseIds) {
      auto row = repo.stage(caseId);
      if (!row) return caseNotFound(caseId);
      repo.insertItem(*batchId, caseId, position++);
      if (isRegistrationAgency(nb.agencyKind)) {
        TransitionDetails d;
        d.at = at;
        d.agency = std::string(agencyKindCode(nb.agencyKind)) + ": " + agency;
        d.note = "Phiếu chuyển số " + std::to_string(*batchId);
        if (auto r = detail::recordStep(repo, rules, *row, S::Filed, d, actor, now); !r) return r.error();
      } else {
        if (!isAtRegistration(row->status))
          return makeError("handoff.not_at_registration",
                           "Chỉ chuyển cơ quan thuế hồ sơ đã nộp đăng ký (filed, tax_notice_received, tax_paid); hồ "
                           "sơ đang ở \"" + statusLabel(row->status, Language::Vietnamese) + "\"",
                           "Only cases filed for registration go to the tax office; the case is \"" +
                               statusLabel(row->status, Language::English) + "\"",
                           row->code);
        repo.insertEvent(caseId, at, actor, "handoff", "tax_office", "", agency + " #" + std::to_string(*batchId));
      }
    }
    return {};
  });
  if (!done) return done.error();
  return batch(db, *batchId);
}

Result<std::vector<HandoffBatch>> listBatches(storage::Database& db, int64_t limit) {
  try {
    storage::WorkflowRepository repo(db.impl());
    std::vector<HandoffBatch> out;
    for (const auto& r : repo.batches(limit)) out.push_back(toBatch(r));
    return out;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

Result<HandoffBatch> batch(storage::Database& db, int64_t id) {
  try {
    storage::WorkflowRepository repo(db.impl());
    auto row = repo.batch(id);
    if (!row)
      return makeError("handoff.not_found", "Không tìm thấy phiếu chuyển", "Transmittal batch not found",
                       std::to_string(id));
    HandoffBatch b = toBatch(*row);
    for (const auto& i : repo.items(id))
      b.items.push_back({i.caseId, i.caseCode, i.mainParty, i.position, i.receiptNumber, i.dueAt, i.receiptAt});
    return b;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

Result<std::vector<HandoffBatch>> batchesOfCase(storage::Database& db, int64_t caseId) {
  try {
    storage::WorkflowRepository repo(db.impl());
    std::vector<HandoffBatch> out;
    for (const auto& r : repo.batchesOfCase(caseId)) out.push_back(toBatch(r));
    return out;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

Status recordReceipt(storage::Database& db, int64_t batchId, int64_t caseId, const std::string& receiptNumber,
                     std::optional<LocalDateTime> dueAt, const std::string& actor, LocalDateTime now) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::AdvanceCases); !ok) return ok;
  if (receiptNumber.empty())
    return makeError("workflow.missing_detail", "Thiếu thông tin: số biên nhận của cơ quan nhận (--receipt-no)",
                     "Missing: the receiving agency's receipt number (--receipt-no)");
  now = std::chrono::floor<std::chrono::seconds>(now);
  return detail::inTransaction(db, [&]() -> Status {
    storage::WorkflowRepository repo(db.impl());
    auto b = repo.batch(batchId);
    if (!b)
      return makeError("handoff.not_found", "Không tìm thấy phiếu chuyển", "Transmittal batch not found",
                       std::to_string(batchId));
    if (dueAt && *dueAt < b->sentAt)
      return makeError("workflow.out_of_order", "Ngày hẹn trả sớm hơn ngày chuyển hồ sơ",
                       "The due date is before the hand-over", isoDateTime(*dueAt) + " < " + isoDateTime(b->sentAt));
    std::string previous;
    for (const auto& i : repo.items(batchId))
      if (i.caseId == caseId) previous = i.receiptNumber;
    if (!repo.setItemReceipt(batchId, caseId, receiptNumber, dueAt, now))
      return makeError("handoff.not_in_batch", "Hồ sơ không có trong phiếu chuyển này", "The case is not in this batch",
                       "#" + std::to_string(caseId) + " / " + std::to_string(batchId));
    repo.insertEvent(caseId, now, actor, "handoff_receipt", "batch#" + std::to_string(batchId), previous,
                     receiptNumber + (dueAt ? " (hẹn " + isoDateTime(*dueAt) + ")" : ""));
    return {};
  });
}

Result<TaxNotice> recordTaxNotice(storage::Database& db, const rules::RuleBook& rules, int64_t caseId,
                                  const NewTaxNotice& notice, const std::string& actor, LocalDateTime now) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::RecordFees); !ok) return ok.error();
  now = std::chrono::floor<std::chrono::seconds>(now);
  std::optional<TaxNotice> made;
  Status done = detail::inTransaction(db, [&]() -> Status {
    storage::WorkflowRepository repo(db.impl());
    auto row = repo.stage(caseId);
    if (!row) return caseNotFound(caseId);
    if (auto s = db.audit().record("tax.notice", "case", row->code, row->code, std::to_string(notice.amount)); !s)
      return s;
    TransitionDetails d;
    d.at = notice.at;
    d.amount = notice.amount;
    d.dueAt = notice.dueAt;
    d.receiptNumber = notice.number;
    if (row->status == S::TaxNoticeReceived) {
      // A second notice (PIT and LPTB come separately): kept beside the first, the stage is unchanged.
      if (auto missing = missingDetail(S::TaxNoticeReceived, d)) return *missing;
      const LocalDateTime at = std::chrono::floor<std::chrono::seconds>(notice.at.value_or(now));
      if (at < row->stageStartedAt.value_or(row->receivedAt) || at > now + std::chrono::minutes(5))
        return makeError("workflow.out_of_order", "Thời điểm nhận thông báo không hợp lệ (trước bước trước hoặc ở tương lai)",
                         "The notice time is before the previous step or in the future", isoDateTime(at));
      storage::TaxNoticeRow n;
      n.caseId = caseId;
      n.number = notice.number;
      n.amount = notice.amount;
      n.receivedAt = at;
      n.dueAt = notice.dueAt.value_or(row->stageDueAt.value_or(at));
      n.recordedBy = actor;
      n.eventId = repo.insertEvent(caseId, at, actor, "tax_notice", "amount", "", std::to_string(notice.amount));
      n.id = repo.insertTaxNotice(n);
      made = toNotice(n);
      return {};
    }
    auto step = detail::recordStep(repo, rules, *row, S::TaxNoticeReceived, d, actor, now);
    if (!step) return step.error();
    for (const auto& n : repo.taxNotices(caseId))
      if (n.eventId && *n.eventId == *step) made = toNotice(n);
    return {};
  });
  if (!done) return done.error();
  return *made;
}

Status recordTaxPaid(storage::Database& db, const rules::RuleBook& rules, int64_t caseId,
                     std::optional<LocalDateTime> at, std::optional<int64_t> amount, const std::string& reference,
                     const std::string& actor, LocalDateTime now) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::RecordFees); !ok) return ok;
  return detail::inTransaction(db, [&]() -> Status {
    storage::WorkflowRepository repo(db.impl());
    auto row = repo.stage(caseId);
    if (!row) return caseNotFound(caseId);
    TransitionDetails d;
    d.at = at;
    d.amount = amount;
    d.receiptNumber = reference;
    auto step = detail::recordStep(repo, rules, *row, S::TaxPaid, d, actor, now);
    if (!step) return step.error();
    return db.audit().record("tax.paid", "case", row->code, row->code, reference);
  });
}

Result<std::vector<TaxNotice>> taxNotices(storage::Database& db, int64_t caseId) {
  try {
    storage::WorkflowRepository repo(db.impl());
    std::vector<TaxNotice> out;
    for (const auto& r : repo.taxNotices(caseId)) out.push_back(toNotice(r));
    return out;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

}  // namespace landdesk::workflow
