#include "register/authentication.h"

#include "model/office_profile.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "workflow/case_workflow.h"

namespace landdesk::registry {

namespace {

using namespace std::chrono;

Result<model::OfficeProfile> officeOf(storage::Database& db) {
  auto settings = db.settings().all();
  if (!settings) return settings.error();
  return model::officeProfileFrom(*settings);
}

year_month_day dayOf(LocalDateTime t) { return year_month_day(floor<days>(t)); }

template <class T>
Result<T> inOneTransaction(storage::Database& db, const std::function<Result<T>()>& work) {
  std::optional<Result<T>> out;
  Status st = db.transaction([&]() -> Status {
    out.emplace(work());
    if (!*out) return out->error();
    return {};
  });
  if (!st) return st.error();
  return std::move(*out);
}

}  // namespace

std::string documentTitleOf(model::CaseKind kind) {
  switch (kind) {
    case model::CaseKind::TransferWhole: return "Hợp đồng chuyển nhượng quyền sử dụng đất";
    case model::CaseKind::TransferPart: return "Hợp đồng chuyển nhượng một phần thửa đất";
    case model::CaseKind::Gift: return "Hợp đồng tặng cho quyền sử dụng đất";
    case model::CaseKind::InheritanceDivision: return "Văn bản thỏa thuận phân chia di sản";
    case model::CaseKind::InheritanceDeclaration: return "Văn bản khai nhận di sản";
    case model::CaseKind::InheritanceRefusal: return "Văn bản từ chối nhận di sản";
  }
  return "Giao dịch";
}

std::string partiesText(const model::Case& c) {
  std::string out;
  for (const model::CaseParty& p : c.parties) {
    if (p.role == model::PartyRole::Deceased || p.role == model::PartyRole::Witness) continue;
    std::string one = p.party.fullName;
    if (!p.party.idDocuments.empty())
      one += " (" + std::string(model::term(p.party.idDocuments.front().type).vi) + " " + p.party.idDocuments.front().number + ")";
    out += (out.empty() ? "" : "; ") + one;
  }
  return out;
}

Result<CheckReport> checkCase(storage::Database& db, const PaperRules& papers, const std::string& caseCode,
                              const CheckOptions& options) {
  auto c = db.cases().byCode(caseCode);
  if (!c) return c.error();
  auto office = officeOf(db);
  if (!office) return office.error();
  return checkBeforeAuthentication(db, papers, *office, *c, options);
}

Result<AuthenticationOutcome> authenticate(storage::Database& db, const rules::RuleBook& rules, const PaperRules& papers,
                                           const AuthenticateRequest& request) {
  auto loaded = db.cases().byCode(request.caseCode);
  if (!loaded) return loaded.error();
  auto office = officeOf(db);
  if (!office) return office.error();
  const LocalDateTime at = request.at == LocalDateTime{} ? floor<seconds>(localNow()) : request.at;
  if (at < loaded->receivedAt)
    return makeError("auth.before_receipt", "Thời điểm chứng thực trước khi tiếp nhận hồ sơ",
                     "The authentication time is before the case was received", isoDateTime(at));
  if (request.receiptNo.find_first_not_of(' ') == std::string::npos)
    return makeError("fees.no_receipt", "Phải ghi số biên lai thu phí", "The fee receipt number is required");

  CheckOptions options;
  options.on = dayOf(at);
  options.signer = request.signer;
  options.separateProperty = request.separateProperty;

  return inOneTransaction<AuthenticationOutcome>(db, [&]() -> Result<AuthenticationOutcome> {
    // The checks run inside the transaction, so a parcel cannot be taken by another case between check and write.
    auto checks = checkBeforeAuthentication(db, papers, *office, *loaded, options);
    if (!checks) return checks.error();
    if (checks->blocked()) {
      std::string vi, en;
      for (const Finding* f : checks->blocking()) {
        vi += (vi.empty() ? "" : "; ") + f->vi;
        en += (en.empty() ? "" : "; ") + f->en;
      }
      return makeError("auth.checks_failed", "Chưa chứng thực được: " + vi, "Cannot authenticate yet: " + en, loaded->code);
    }
    std::vector<FeeItem> items{{contractFeeKind(loaded->kind), 1, 1}};
    items.insert(items.end(), request.extraFees.begin(), request.extraFees.end());
    auto quoted = quoteFees(rules.fees, loaded->id, items, options.on);
    if (!quoted) return quoted.error();
    int64_t total = 0;
    for (const FeeRecord& f : *quoted) total += f.amount;

    NewEntry e;
    e.date = options.on;
    e.caseId = loaded->id;
    e.caseCode = loaded->code;
    e.parties = partiesText(*loaded);
    e.documentTitle = documentTitleOf(loaded->kind);
    if (!loaded->parcels.empty() && !loaded->parcels.front().parcel.parcelNumber.empty())
      e.documentTitle += " (thửa " + loaded->parcels.front().parcel.parcelNumber + ", tờ " +
                         loaded->parcels.front().parcel.mapSheet + ")";
    e.fee = total;
    e.at = at;
    AuthenticationRegister reg(db, *office);
    auto entry = reg.record(e, request.actor);
    if (!entry) return entry.error();

    CaseFees fees(db, rules.fees);
    auto recorded = fees.record(loaded->id, items, request.receiptNo, options.on, request.actor, entry->id, at);
    if (!recorded) return recorded.error();

    workflow::TransitionDetails details;
    details.at = at;
    details.receiptNumber = request.receiptNo;
    details.amount = total;
    details.registerEntryId = entry->id;
    details.registerNumber = entry->numberText;
    if (Status st = workflow::advance(db, rules, loaded->id, model::CaseStatus::Authenticated, details, request.actor); !st)
      return st.error();
    return AuthenticationOutcome{*loaded, *entry, *recorded, *checks};
  });
}

Result<ActOutcome> recordAct(storage::Database& db, const rules::RuleBook& rules, EntryKind kind, int year,
                             int64_t number, NewEntry change, const std::string& receiptNo, const std::string& actor) {
  if (kind == EntryKind::Original)
    return makeError("register.bad_kind", "Chỉ dùng cho sửa đổi, hủy bỏ, sửa lỗi", "Only for amendments, cancellations and corrections");
  if (receiptNo.find_first_not_of(' ') == std::string::npos)
    return makeError("fees.no_receipt", "Phải ghi số biên lai thu phí", "The fee receipt number is required");
  auto office = officeOf(db);
  if (!office) return office.error();
  const LocalDateTime at = change.at == LocalDateTime{} ? floor<seconds>(localNow()) : change.at;
  change.at = at;
  if (!change.date.ok()) change.date = dayOf(at);
  auto quoted = quoteFees(rules.fees, 0, {{actFeeKind(kind), 1, 1}}, change.date);
  if (!quoted) return quoted.error();
  change.fee = quoted->front().amount;
  return inOneTransaction<ActOutcome>(db, [&]() -> Result<ActOutcome> {
    AuthenticationRegister reg(db, *office);
    auto entry = reg.refer(kind, year, number, change, actor);
    if (!entry) return entry.error();
    ActOutcome out{*entry, {}};
    if (entry->caseId) {
      CaseFees fees(db, rules.fees);
      auto recorded = fees.record(*entry->caseId, {{actFeeKind(kind), 1, 1}}, receiptNo, change.date, actor, entry->id, at);
      if (!recorded) return recorded.error();
      out.fees = std::move(*recorded);
    }
    return out;
  });
}

}  // namespace landdesk::registry
