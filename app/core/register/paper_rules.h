// Dated data for the pre-authentication checks (rules/data/required_papers.json): the papers each case kind
// requires, which ID documents are accepted on a date, and when an ID card expires.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/party.h"
#include "model/vocabulary.h"
#include "rules/dated_table.h"
#include "util/error.h"

namespace landdesk::registry {

enum class PaperScope { Case, SigningParty };                         // one in the file / each signer's ID
enum class PaperCondition { Always, MarriedOwner, Representative };  // when the row applies

struct RequiredPaper : rules::DatedRow {
  std::vector<model::CaseKind> caseKinds;
  model::DocumentKind paper = model::DocumentKind::Other;
  PaperScope scope = PaperScope::Case;
  PaperCondition condition = PaperCondition::Always;
  std::string nameVi, nameEn;
};

struct IdAcceptance : rules::DatedRow {  // dated by the authentication date
  std::vector<model::IdType> idTypes;
  bool accepted = true;
};

struct CardExpiryRule : rules::DatedRow {  // dated by the card's issue date
  std::vector<model::IdType> idTypes;
  std::vector<int> renewalAges;  // the card is changed at these ages
  int graceYears = 0;            // issued this close before an age: valid to the next one
  std::optional<int> validityYears;  // or: a fixed term from issue (CMND: 15 years)
};

struct PaperRules {
  rules::DatedTable<RequiredPaper> papers;
  rules::DatedTable<IdAcceptance> acceptance;
  rules::DatedTable<CardExpiryRule> expiry;

  std::vector<const RequiredPaper*> requiredFor(model::CaseKind kind, std::chrono::year_month_day on) const;
  const IdAcceptance* acceptanceOf(model::IdType type, std::chrono::year_month_day on) const;
  const CardExpiryRule* expiryOf(model::IdType type, std::chrono::year_month_day issued) const;
};

Result<PaperRules> parsePaperRules(const std::string& name, const std::string& json);
// rules::rulesDataDirectory() / "required_papers.json" by default.
Result<PaperRules> loadPaperRules(const std::filesystem::path& file = {});

// What an ID document is worth on a date.
struct IdVerdict {
  bool acceptable = false;
  bool certain = true;  // false: the expiry could not be computed (year-only birth date, no issue date)
  std::optional<std::chrono::year_month_day> expires;  // last valid day, when computed; none = no expiry
  std::string vi, en;   // the reason the officer reads
  std::string basis;    // legal citation
};

// Accepted type on `on` (id_acceptance) and not expired (id_card_expiry: renewal ages from the birth date, or a
// fixed term from the issue date).
IdVerdict judgeIdDocument(const PaperRules& rules, const model::IdDocument& doc,
                          const std::optional<model::BirthDate>& birth, std::chrono::year_month_day on);

// The last day a card issued on `issued` to someone born on `birth` is valid (the birthday at the next renewal
// age), or nullopt when it never expires. Public for tests.
std::optional<std::chrono::year_month_day> cardExpiry(const CardExpiryRule& rule, std::chrono::year_month_day birth,
                                                      std::chrono::year_month_day issued);

}  // namespace landdesk::registry
