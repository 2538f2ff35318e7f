#include "register/case_fees.h"

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/register_store.h"
#include "storage/storage_error.h"
#include "text/unicode.h"

namespace landdesk::registry {

namespace {
using namespace std::chrono;
}

std::string contractFeeKind(model::CaseKind kind) {
  switch (kind) {
    case model::CaseKind::TransferWhole: return "transfer";
    case model::CaseKind::TransferPart: return "partial_transfer";
    case model::CaseKind::Gift: return "gift";
    case model::CaseKind::InheritanceDivision: return "inheritance_division";
    case model::CaseKind::InheritanceDeclaration: return "inheritance_declaration";
    case model::CaseKind::InheritanceRefusal: return "inheritance_renunciation";
  }
  return "transaction";
}

std::string actFeeKind(storage::EntryKind kind) {
  switch (kind) {
    case storage::EntryKind::Amendment: return "amendment";
    case storage::EntryKind::Cancellation: return "cancellation";
    case storage::EntryKind::Correction: return "correction";
    case storage::EntryKind::Original: break;
  }
  return "transaction";
}

Result<std::vector<FeeRecord>> quoteFees(const rules::FeeSchedule& schedule, int64_t caseId,
                                         const std::vector<FeeItem>& items, year_month_day date) {
  if (items.empty()) return makeError("fees.no_items", "Chưa có khoản phí nào", "No fee item given");
  if (!date.ok()) return makeError("fees.bad_date", "Ngày nộp phí không hợp lệ", "Invalid payment date");
  std::vector<FeeRecord> out;
  for (const FeeItem& item : items) {
    rules::FeeRequest request;
    request.kind = item.kind;
    request.date = local_days(date);
    request.pages = item.pages;
    request.copies = item.copies;
    auto quote = schedule.quote(request);
    if (!quote) return quote.error();
    FeeRecord f;
    f.caseId = caseId;
    f.kind = item.kind;
    for (const rules::FeeLine& l : quote->lines) f.description += (f.description.empty() ? "" : "; ") + l.vi;
    f.pages = item.pages;
    f.copies = item.copies;
    f.amount = quote->total;
    f.ruleKey = quote->row->key;
    f.legalBasis = quote->row->source.citation();
    f.paidOn = date;
    out.push_back(std::move(f));
  }
  return out;
}

Result<std::vector<FeeRecord>> CaseFees::record(int64_t caseId, const std::vector<FeeItem>& items,
                                                const std::string& receiptNo, year_month_day paidOn,
                                                const std::string& actor, std::optional<int64_t> registerEntryId,
                                                LocalDateTime at) {
  // A register entry's own fee goes with the entry (the signer authenticates); any other fee needs record-fees.
  const auto right = registerEntryId ? access::Permission::Authenticate : access::Permission::RecordFees;
  if (auto ok = access::requirePermission(db_.actor(), right); !ok) return ok.error();
  const std::string receipt = text::toNfc(receiptNo);
  if (receipt.find_first_not_of(' ') == std::string::npos || receipt.size() > 64 || !text::isValidUtf8(receiptNo))
    return makeError("fees.no_receipt", "Phải ghi số biên lai thu phí (tối đa 64 ký tự)",
                     "The fee receipt number is required (at most 64 characters)");
  if (at == LocalDateTime{}) at = floor<seconds>(localNow());
  if (paidOn.ok() && sys_days(paidOn) > sys_days(year_month_day(floor<days>(at))))
    return makeError("fees.future_date", "Ngày nộp phí ở tương lai", "The payment date is in the future", isoDate(paidOn));
  auto quoted = quoteFees(schedule_, caseId, items, paidOn);
  if (!quoted) return quoted.error();
  std::optional<Result<std::vector<FeeRecord>>> out;
  Status st = db_.transaction([&]() -> Status {
    storage::RegisterStore store(db_);
    for (int64_t other : store.casesOfReceipt(receipt))
      if (other != caseId)
        return makeError("fees.receipt_reused", "Số biên lai này đã dùng cho hồ sơ khác", "This receipt number belongs to another case",
                         receipt);
    for (FeeRecord& f : *quoted) {
      f.receiptNo = receipt;
      f.registerEntryId = registerEntryId;
      f.recordedAt = at;
      f.recordedBy = text::toNfc(actor);
      store.insertFee(f);
    }
    if (auto s = db_.audit().record("fee.record", "receipt", receipt, "", "case#" + std::to_string(caseId)); !s) return s;
    out.emplace(std::move(*quoted));
    return {};
  });
  if (!st) return st.error();
  return std::move(**out);
}

Result<std::vector<FeeRecord>> CaseFees::list(int64_t caseId) {
  try {
    return storage::RegisterStore(db_).fees(caseId);
  } catch (const std::exception& e) {
    return storage::storageError(e, db_.path());
  }
}

}  // namespace landdesk::registry
