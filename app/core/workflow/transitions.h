// The state machine of a case: which state may follow which, what each step needs, and its stage of the clock.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/vocabulary.h"
#include "util/error.h"
#include "workflow/case_workflow.h"

namespace landdesk::workflow {

// Before the signing visit: the authentication clock (2 working days, the 15:00 rule) runs.
bool isBeforeAuthentication(model::CaseStatus s);
// At the registration office (filed, tax notice, tax paid): the change-registration clock runs, tax time excluded.
bool isAtRegistration(model::CaseStatus s);
// Inheritance division and declaration may be posted (niêm yết) before authentication.
bool takesPosting(model::CaseKind kind);

// The refusal for `from` → `to`: names both states and the allowed next ones. Empty when allowed.
std::optional<Error> refuseTransition(model::CaseStatus from, model::CaseStatus to, model::CaseKind kind,
                                      std::optional<model::CaseStatus> resumeTo);

// The details a step cannot do without (e.g. a tax notice's amount, a refusal's reason); empty when complete.
std::optional<Error> missingDetail(model::CaseStatus to, const TransitionDetails& details);

// "Đã tiếp nhận (received)" — the label the refusals use.
std::string statusLabel(model::CaseStatus s, Language lang);

}  // namespace landdesk::workflow
