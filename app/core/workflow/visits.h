// Appointments: visit 1 (signing and authentication) and visit 2 (collecting the result), and the day's list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rules/rule_book.h"
#include "storage/database.h"
#include "util/datetime.h"
#include "util/error.h"
#include "workflow/visit_papers.h"

namespace landdesk::workflow {

struct Visit {
  int64_t id = 0;
  int64_t caseId = 0;
  std::string caseCode, mainParty;
  int number = 1;  // 1 signing, 2 collection
  LocalDateTime at{};
  std::string place;
  std::vector<std::string> papers;  // to bring, from visit_papers.json on the day of the visit
  std::string note;
  std::string state;  // booked | rebooked | cancelled
  LocalDateTime bookedAt{};
  std::string bookedBy;
};

struct VisitBooking {
  int number = 1;
  LocalDateTime at{};
  std::string place;  // the service centre and its address (office profile) when empty
  std::string note;
};

// Books (or rebooks: the earlier booking stays as "rebooked") a visit. Visit 1 only before authentication and not
// while waiting for papers; it moves received/drafting/draft_sent to visit1_booked. Visit 2 only after
// authentication on an open case; from result_received it moves the case to citizen_notified. Refused: a time not
// after `now`, a day off, a time outside office hours, no papers row for the kind. One transaction.
Result<Visit> bookVisit(storage::Database& db, const rules::RuleBook& rules, const VisitPapers& papers, int64_t caseId,
                        const VisitBooking& booking, const std::string& actor, LocalDateTime now = localNow());
Result<Visit> bookVisit(storage::Database& db, int64_t caseId, const VisitBooking& booking, const std::string& actor);

// Booked visits of one day, by time.
Result<std::vector<Visit>> visitsOn(storage::Database& db, std::chrono::year_month_day day);
// Every visit of a case, rebooked ones included, in order of booking.
Result<std::vector<Visit>> visitsOfCase(storage::Database& db, int64_t caseId);

// "Nộp tại: <service centre>, <address>" from the office profile.
std::string defaultVisitPlace(storage::Database& db);

}  // namespace landdesk::workflow
