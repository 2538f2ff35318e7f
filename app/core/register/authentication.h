// The authentication step: checks, then in ONE transaction the register entry, the fee with its receipt and the
// workflow transition to Authenticated (all or nothing).
#pragma once

#include <string>
#include <vector>

#include "model/case.h"
#include "register/authentication_checks.h"
#include "register/authentication_register.h"
#include "register/case_fees.h"
#include "register/paper_rules.h"
#include "rules/rule_book.h"
#include "storage/database.h"

namespace landdesk::registry {

struct AuthenticateRequest {
  std::string caseCode;
  std::string receiptNo;            // fee receipt (biên lai), required
  LocalDateTime at{};               // when the signer authenticated; now when left at the epoch
  SignerDeclaration signer;         // the officer's declaration about the signer's relations
  bool separateProperty = false;    // see CheckOptions
  std::vector<FeeItem> extraFees;   // e.g. certified copies charged on the same receipt
  std::string actor;
};

struct AuthenticationOutcome {
  model::Case caseFile;  // as it was before the step
  RegisterEntry entry;
  std::vector<FeeRecord> fees;
  CheckReport checks;
};

// "Hợp đồng chuyển nhượng quyền sử dụng đất" … for the case kind.
std::string documentTitleOf(model::CaseKind kind);
// "Nguyễn Văn A (CCCD 001090012345); Trần Thị B (…)": every party but the deceased and witnesses.
std::string partiesText(const model::Case& c);

// The checks as the officer sees them before authenticating (`case check`): loads the case and the office profile.
Result<CheckReport> checkCase(storage::Database& db, const PaperRules& papers, const std::string& caseCode,
                              const CheckOptions& options);

// Refused with nothing written: unknown case, a blocking finding ("auth.checks_failed", every blocking finding in
// the message), no receipt number, a time before the case was received or in the future, a closed register year,
// a transition the workflow refuses. Otherwise writes the entry (original, next number), the fees (contract fee of
// the case kind + extras, on the receipt, linked to the entry) and the transition, in one transaction.
Result<AuthenticationOutcome> authenticate(storage::Database& db, const rules::RuleBook& rules, const PaperRules& papers,
                                           const AuthenticateRequest& request);

// An amendment, cancellation or correction of `year`/`number` with its fee (30.000 / 25.000 đ from fees.json),
// recorded on the original's case with the receipt, in one transaction.
struct ActOutcome {
  RegisterEntry entry;
  std::vector<FeeRecord> fees;
};
Result<ActOutcome> recordAct(storage::Database& db, const rules::RuleBook& rules, EntryKind kind, int year,
                             int64_t number, NewEntry change, const std::string& receiptNo, const std::string& actor);

}  // namespace landdesk::registry
