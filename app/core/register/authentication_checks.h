// The checks listed for the officer before a case is authenticated (legal-facts §1.1, §1.2; issue 7 item 8).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/case.h"
#include "model/office_profile.h"
#include "register/paper_rules.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::registry {

enum class FindingLevel { Passed, Warning, Blocking };

// One line of the checklist; a Blocking finding stops the authentication, a Warning is for the officer's eyes.
struct Finding {
  std::string code;  // "parties.spouse_missing", "id.not_accepted", "parcel.blocked" …
  FindingLevel level = FindingLevel::Passed;
  std::string vi, en;
  std::string basis;  // legal citation when the check comes from a rule
};

struct CheckReport {
  std::vector<Finding> findings;
  bool blocked() const;
  std::vector<const Finding*> blocking() const;
};

// The officer's declaration about the signer (ND 23/2015 art. 9.3: no authentication for oneself or close kin).
struct SignerDeclaration {
  bool declared = false;                  // the officer asked and recorded the answer
  std::optional<size_t> relatedParty;     // index into Case::parties of a party related to the signer
  std::optional<model::Kinship> kinship;  // how
  bool homonymConfirmed = false;          // a party has the signer's name but is another person
};

struct CheckOptions {
  std::chrono::year_month_day on{};  // the authentication date
  SignerDeclaration signer;
  bool separateProperty = false;     // the married owner showed the parcel is separate property
};

// Runs every check: required parties (both spouses for common property, every heir), adults on the date,
// acceptable and unexpired IDs, required papers (rules data), the parcel in no other open case, not blocked,
// the signer set and not related to a party. Only a database failure is an Error.
Result<CheckReport> checkBeforeAuthentication(storage::Database& db, const PaperRules& papers,
                                              const model::OfficeProfile& office, const model::Case& c,
                                              const CheckOptions& options);

// "(ND 23/2015 art. 9.3)" close kin of the signer: every kinship but Other.
bool isCloseKin(model::Kinship kinship);

// Whole years of age on `on`; nullopt for a year-only birth date on a day it cannot decide.
std::optional<int> ageOn(const model::BirthDate& birth, std::chrono::year_month_day on);

}  // namespace landdesk::registry
