// The case workflow: allowed transitions, transition events, correcting events and each stage's deadline.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/case.h"
#include "model/vocabulary.h"
#include "rules/desk_rules.h"
#include "rules/rule_book.h"
#include "storage/database.h"
#include "util/datetime.h"
#include "util/error.h"

namespace landdesk::workflow {

// What an officer says about one step; each field is used by the steps that need it (see requiredDetails()).
struct TransitionDetails {
  std::optional<LocalDateTime> at;      // when it happened; now when empty. Never before the previous step.
  std::string note;
  std::string receiptNumber;            // filed: the registration office's receipt no.; tax_paid: payment ref
  std::string agency;                   // filed: agency code or name (see handoff.h AgencyKind codes)
  std::optional<LocalDateTime> dueAt;   // filed: the agency's appointment; tax_notice_received: the notice's due
  std::optional<int64_t> amount;        // đồng: tax_notice_received (amount due), tax_paid (amount paid)
  // → authenticated only: the register line written in the same transaction (registry::authenticate sets it).
  std::optional<int64_t> registerEntryId;
  std::string registerNumber;           // its number text, shown in the history
  // → draft_sent only: the draft as sent, kept in the file store (documents/draft_on_send.h sets them). Written as
  // "draft_version" events beside the step's event, so no column is needed; empty for every other step.
  std::string draftDocxSha256;
  std::string draftDataSha256;
};

// One recorded step, as the history shows it. A corrected step stays, marked superseded by its correction.
struct Transition {
  int64_t eventId = 0;                  // the case_event row (action "transition" or "correction")
  int64_t caseId = 0;
  LocalDateTime at{};                   // when it happened (officer's --at)
  LocalDateTime recordedAt{};           // when it was written
  std::string actor;
  model::CaseStatus from = model::CaseStatus::Received;
  model::CaseStatus to = model::CaseStatus::Received;
  TransitionDetails details;
  std::optional<int64_t> corrects;      // a correction: the event it replaces
  std::optional<int64_t> supersededBy;  // set when a later correction replaced or voided this step
  bool voids = false;                   // a correction that says the step never happened (undo)
  std::string reason;                   // why a correction was made
  bool active() const { return !supersededBy && !voids; }
};

// Stage columns kept on case_file in the same transaction as every transition (reports count from these).
struct WorkflowState {
  int64_t caseId = 0;
  std::string code;
  model::CaseKind kind = model::CaseKind::TransferWhole;
  model::CaseStatus status = model::CaseStatus::Received;
  std::optional<model::CaseStatus> resumeTo;   // waiting_papers: the state it came from and returns to
  LocalDateTime receivedAt{};
  std::optional<LocalDateTime> authenticationDue;  // case_file.due_at, extended by pauses before authentication
  std::optional<LocalDateTime> authenticatedAt;
  std::optional<LocalDateTime> closedAt;           // collected, refused or withdrawn
  std::optional<model::CaseStatus> closedStatus;
  std::optional<LocalDateTime> stageStartedAt;     // time of the last active step (a new step may not be earlier)
  std::string stageProcedure;                      // deadlines.json slot of the current stage; empty = none
  std::optional<LocalDateTime> stageDueAt;         // NULL while the clock is stopped or the stage has no limit
  std::optional<LocalDateTime> pausedSince;        // waiting for papers (or, for registration, for tax)
  int64_t rowVersion = 0;
};

// The states reachable in one step from `from` for a case of `kind`; `resumeTo` is where waiting_papers returns.
// Inheritance refusal has no registration leg: authenticated → collected (the citizen takes the document).
std::vector<model::CaseStatus> allowedNext(model::CaseStatus from, model::CaseKind kind = model::CaseKind::TransferWhole,
                                           std::optional<model::CaseStatus> resumeTo = std::nullopt);
bool isClosed(model::CaseStatus s);  // collected, refused, withdrawn

// The rule book the free functions use: loaded once from rules::rulesDataDirectory(); an Error if it does not load.
Result<const rules::RuleBook*> defaultRules();

// Moves the case to `to`. Refused (nothing written): a state not reachable from the current one (the message names
// both states and the allowed next ones: "workflow.not_allowed"), a time before the previous step
// ("workflow.out_of_order") or in the future, a missing detail the step needs ("workflow.missing_detail"),
// authenticated without a register entry ("workflow.needs_register_entry": use the register's authenticate()).
// Writes the case_event ("transition", field "status", old → new), the transition details, the stage columns of
// case_file and bumps row_version — all in one transaction. Called inside db.transaction(...) it joins that
// transaction (the caller's rollback undoes it).
Status advance(storage::Database& db, int64_t caseId, model::CaseStatus to, const TransitionDetails& details,
               const std::string& actor);
Status advance(storage::Database& db, const rules::RuleBook& rules, int64_t caseId, model::CaseStatus to,
               const TransitionDetails& details, const std::string& actor);

// A correcting event for a mistaken step (never a silent edit): the step `eventId` (the latest active one when
// empty) is superseded by a new "correction" event that either voids it (`undo`) or restates it with another
// target state and/or other details (fields given replace the step's). The whole history is replayed and must stay
// valid (allowed transitions, times in order); the stage columns are recomputed. A reason is required.
struct Correction {
  std::optional<int64_t> eventId;
  bool undo = false;
  std::optional<model::CaseStatus> to;
  TransitionDetails details;  // at, note, receipt no., agency, due, amount: given fields replace the step's
  std::string reason;
};
Status correct(storage::Database& db, int64_t caseId, const Correction& correction, const std::string& actor);
Status correct(storage::Database& db, const rules::RuleBook& rules, int64_t caseId, const Correction& correction,
               const std::string& actor);

// Every step of the case in order of recording, corrections and superseded steps included.
Result<std::vector<Transition>> history(storage::Database& db, int64_t caseId);
Result<WorkflowState> state(storage::Database& db, int64_t caseId);
// allowedNext() for the stored case (its kind and, when waiting, the state it came from).
Result<std::vector<model::CaseStatus>> allowedNext(storage::Database& db, int64_t caseId);

// Case id by code ("HS-2026-00001"), "case.not_found" otherwise.
Result<int64_t> caseIdByCode(storage::Database& db, const std::string& code);

}  // namespace landdesk::workflow
