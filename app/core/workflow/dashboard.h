// The desk's dashboard: today's visits, cases due soon, overdue, waiting for tax, for the result, for papers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rules/rule_book.h"
#include "rules/working_clock.h"
#include "storage/database.h"
#include "workflow/visits.h"

namespace landdesk::workflow {

struct DashboardCase {
  int64_t caseId = 0;
  std::string code;
  model::CaseKind kind = model::CaseKind::TransferWhole;
  model::CaseStatus status = model::CaseStatus::Received;
  std::string mainParty;
  std::string procedure;                 // the stage clock (deadlines.json slot)
  std::optional<LocalDateTime> dueAt;    // the stage's due instant
  std::optional<LocalDateTime> pausedSince;
  rules::DeadlineFlag flag = rules::DeadlineFlag::OnTime;
  int64_t remaining = 0;                 // working days after today up to the due day; negative = days late
};

struct DashboardSection {
  int64_t total = 0;                     // every case in the section
  std::vector<DashboardCase> cases;      // the first `limit`, soonest due first
};

struct Dashboard {
  LocalDateTime at{};
  std::vector<Visit> visitsToday;
  DashboardSection dueSoon, overdue, waitingTax, waitingResult, waitingPapers;
};

// Due soon uses each procedure's due_soon (deadlines.json) counted in working days from `now`'s day; overdue is a
// stage due before `now`. Reads only the stage columns of open cases through their indexes.
Result<Dashboard> dashboard(storage::Database& db, const rules::RuleBook& rules, LocalDateTime now, int64_t limit = 50);
Result<Dashboard> dashboard(storage::Database& db, LocalDateTime now = localNow(), int64_t limit = 50);

}  // namespace landdesk::workflow
