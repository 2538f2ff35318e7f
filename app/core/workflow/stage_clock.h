// Replays a case's active steps into its current stage: state, pauses, and the deadline of the stage's clock.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/rule_book.h"
#include "rules/working_clock.h"
#include "workflow/case_workflow.h"

namespace landdesk::workflow {

// One active step of the chain.
struct Step {
  int64_t eventId = 0;
  model::CaseStatus from = model::CaseStatus::Received;
  model::CaseStatus to = model::CaseStatus::Received;
  LocalDateTime at{};
  TransitionDetails details;
};

// Where the chain starts: a case stored with a status and no history starts there.
struct ReplayBase {
  model::CaseKind kind = model::CaseKind::TransferWhole;
  LocalDateTime receivedAt{};
  model::CaseStatus status = model::CaseStatus::Received;
  std::optional<model::CaseStatus> resumeTo;
  LocalDateTime at{};  // when the base state began (received_at, or the stored stage start)
};

struct Stage {
  model::CaseStatus status = model::CaseStatus::Received;
  std::optional<model::CaseStatus> resumeTo;
  std::optional<LocalDateTime> authenticationDue;  // with the pauses before authentication
  std::optional<LocalDateTime> authenticatedAt;
  std::optional<LocalDateTime> closedAt;
  std::optional<model::CaseStatus> closedStatus;
  LocalDateTime startedAt{};                       // the last step's time
  std::string procedure;                           // deadlines.json slot of the stage clock; empty = none
  LocalDateTime clockStart{};                      // when that clock started
  std::vector<rules::Pause> pauses;                // that clock's pauses
  std::optional<rules::Deadline> deadline;         // that clock's computation (stopped while paused)
  std::optional<LocalDateTime> dueAt;              // the stage's due instant; empty when stopped or none
  std::optional<LocalDateTime> pausedSince;
};

// Every deadlines.json slot a stage clock can use (the dashboard asks each for its due-soon window).
const std::vector<std::string>& stageProcedures();

// The deadlines.json slot of the registration leg: parcel split for a transfer of part, else change registration.
std::string registrationProcedure(model::CaseKind kind);

// Strict replay checks every step: it starts where the previous ended, is allowed from there, and is not earlier
// than the previous one ("workflow.history_broken", "workflow.not_allowed", "workflow.out_of_order").
Result<Stage> replay(const rules::RuleBook& rules, const ReplayBase& base, const std::vector<Step>& steps, bool strict);

inline rules::LocalMinutes toMinutes(LocalDateTime t) { return std::chrono::floor<std::chrono::minutes>(t); }
inline LocalDateTime fromMinutes(rules::LocalMinutes t) { return std::chrono::time_point_cast<std::chrono::seconds>(t); }

}  // namespace landdesk::workflow
