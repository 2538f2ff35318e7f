#include "workflow/dashboard.h"

#include <algorithm>

#include "storage/storage_error.h"
#include "storage/workflow_repository.h"
#include "workflow/case_workflow.h"
#include "workflow/stage_clock.h"

namespace landdesk::workflow {

using S = model::CaseStatus;

namespace {

// Working days after `today` up to `due` (0 = due today); negative = working days late, at least -1.
int64_t remainingDays(const rules::HolidayCalendar& cal, rules::Date today, rules::Date due) {
  int64_t n = 0;
  if (due >= today) {
    for (rules::Date d = today + std::chrono::days(1); d <= due; d += std::chrono::days(1))
      if (cal.isWorkingDay(d)) ++n;
    return n;
  }
  for (rules::Date d = due + std::chrono::days(1); d <= today; d += std::chrono::days(1))
    if (cal.isWorkingDay(d)) --n;
  return std::min<int64_t>(n, -1);
}

// The start of the day after the `n`-th working day after `today`: a due instant before it leaves n or fewer.
LocalDateTime dueSoonLimit(const rules::HolidayCalendar& cal, rules::Date today, int64_t n) {
  rules::Date d = today;
  for (int64_t i = 0; i < n; ++i) d = cal.nextWorkingDay(d);
  return LocalDateTime{d + std::chrono::days(1)};
}

DashboardCase toCase(const rules::RuleBook& rules, const storage::StageRow& r, LocalDateTime now, int64_t dueSoonDays) {
  DashboardCase c;
  c.caseId = r.id;
  c.code = r.code;
  c.kind = r.kind;
  c.status = r.status;
  c.mainParty = r.mainParty;
  c.procedure = r.stageProcedure;
  c.dueAt = r.stageDueAt;
  c.pausedSince = r.pausedSince;
  if (!r.stageDueAt) {
    c.flag = rules::DeadlineFlag::Stopped;
    return c;
  }
  const rules::Date today = rules::dayOf(toMinutes(now)), due = rules::dayOf(toMinutes(*r.stageDueAt));
  c.remaining = remainingDays(rules.holidays, today, due);
  if (*r.stageDueAt < now) c.flag = rules::DeadlineFlag::Overdue;
  else if (c.remaining <= dueSoonDays) c.flag = rules::DeadlineFlag::DueSoon;
  return c;
}

int64_t dueSoonOf(const rules::RuleBook& rules, const std::string& procedure, rules::Date today) {
  const auto* rule = rules.deadlines.procedure(procedure, today);
  return rule ? rule->dueSoon : 0;
}

void sortByDue(std::vector<DashboardCase>& v) {
  std::stable_sort(v.begin(), v.end(), [](const DashboardCase& a, const DashboardCase& b) {
    if (a.dueAt.has_value() != b.dueAt.has_value()) return a.dueAt.has_value();
    return a.dueAt < b.dueAt;
  });
}

}  // namespace

Result<Dashboard> dashboard(storage::Database& db, LocalDateTime now, int64_t limit) {
  auto book = rules::loadDeskRuleBook(db);
  if (!book) return book.error();
  return dashboard(db, *book, now, limit);
}

Result<Dashboard> dashboard(storage::Database& db, const rules::RuleBook& rules, LocalDateTime now, int64_t limit) {
  try {
    storage::WorkflowRepository repo(db.impl());
    Dashboard out;
    now = std::chrono::floor<std::chrono::seconds>(now);
    out.at = now;
    const rules::Date today = rules::dayOf(toMinutes(now));
    auto visits = visitsOn(db, std::chrono::year_month_day(today));
    if (!visits) return visits.error();
    out.visitsToday = std::move(*visits);
    for (const auto& procedure : stageProcedures()) {
      const int64_t n = dueSoonOf(rules, procedure, today);
      const LocalDateTime to = dueSoonLimit(rules.holidays, today, n);
      out.dueSoon.total += repo.countDueBetween(now, to, procedure);
      for (const auto& r : repo.dueBetween(now, to, procedure, limit)) out.dueSoon.cases.push_back(toCase(rules, r, now, n));
    }
    sortByDue(out.dueSoon.cases);
    if (static_cast<int64_t>(out.dueSoon.cases.size()) > limit) out.dueSoon.cases.resize(static_cast<size_t>(limit));

    const LocalDateTime longAgo{std::chrono::local_days(std::chrono::year(1900) / 1 / 1)};
    out.overdue.total = repo.countDueBetween(longAgo, now, "");
    for (const auto& r : repo.dueBetween(longAgo, now, "", limit)) out.overdue.cases.push_back(toCase(rules, r, now, 0));

    auto fill = [&](DashboardSection& section, std::initializer_list<S> statuses) {
      for (S s : statuses) {
        section.total += repo.countInStatus(s);
        for (const auto& r : repo.inStatus(s, limit))
          section.cases.push_back(toCase(rules, r, now, dueSoonOf(rules, r.stageProcedure, today)));
      }
      sortByDue(section.cases);
      if (static_cast<int64_t>(section.cases.size()) > limit) section.cases.resize(static_cast<size_t>(limit));
    };
    fill(out.waitingTax, {S::TaxNoticeReceived});
    fill(out.waitingResult, {S::Filed, S::TaxPaid});
    fill(out.waitingPapers, {S::WaitingForPapers});
    return out;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

}  // namespace landdesk::workflow
