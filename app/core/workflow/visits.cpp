#include "workflow/visits.h"

#include "access/permissions.h"
#include "model/office_profile.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"
#include "storage/workflow_repository.h"
#include "workflow/stage_clock.h"
#include "workflow/transition_log.h"
#include "workflow/transitions.h"
#include "workflow/workflow_steps.h"

namespace landdesk::workflow {

using S = model::CaseStatus;

namespace {

// Papers are stored one per line: the list printed on the slip is the one in force when the visit was booked.
std::string joinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

std::vector<std::string> splitLines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

Visit toVisit(const storage::VisitRow& r) {
  return Visit{r.id, r.caseId, r.caseCode, r.mainParty, r.number, r.at, r.place, splitLines(r.papers), r.note,
               r.state, r.bookedAt, r.bookedBy};
}

// The visit must fall inside a working session of a working day.
Status checkVisitTime(const rules::RuleBook& rules, LocalDateTime at, LocalDateTime now) {
  if (at <= now)
    return makeError("workflow.visit_past", "Giờ hẹn phải sau thời điểm hiện tại", "The visit must be in the future",
                     isoDateTime(at));
  const rules::LocalMinutes m = toMinutes(at);
  const rules::Date day = rules::dayOf(m);
  if (!rules.holidays.isWorkingDay(day)) {
    std::string why = rules::formatDateVi(day);
    if (const auto* row = rules.holidays.dayRow(day)) why += " (" + row->nameVi + ")";
    return makeError("workflow.visit_day_off", "Ngày hẹn là ngày nghỉ", "The visit day is a day off", why);
  }
  const rules::OfficeHours* hours = rules.deadlines.officeHours(day);
  bool inside = false;
  if (hours)
    for (const auto& [open, close] : hours->sessions) inside = inside || (rules::timeOf(m) >= open && rules::timeOf(m) < close);
  if (!inside)
    return makeError("workflow.visit_outside_hours", "Giờ hẹn ngoài giờ làm việc", "The visit is outside office hours",
                     rules::formatTimeOfDay(rules::timeOf(m)));
  return {};
}

}  // namespace

std::string defaultVisitPlace(storage::Database& db) {
  auto settings = db.settings().all();
  if (!settings) return {};
  const auto profile = model::officeProfileFrom(*settings);
  std::string place = profile.commune.empty() && profile.serviceCentre.empty() ? "" : profile.serviceCentreName();
  if (!profile.address.empty()) place += (place.empty() ? "" : ", ") + profile.address;
  return place;
}

Result<Visit> bookVisit(storage::Database& db, int64_t caseId, const VisitBooking& booking, const std::string& actor) {
  auto book = rules::loadDeskRuleBook(db);
  if (!book) return book.error();
  auto papers = defaultVisitPapers();
  if (!papers) return papers.error();
  return bookVisit(db, *book, **papers, caseId, booking, actor);
}

Result<Visit> bookVisit(storage::Database& db, const rules::RuleBook& rules, const VisitPapers& papers, int64_t caseId,
                        const VisitBooking& booking, const std::string& actor, LocalDateTime now) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::AdvanceCases); !ok) return ok.error();
  if (booking.number != 1 && booking.number != 2)
    return makeError("workflow.visit_number", "Lần hẹn phải là 1 (ký) hoặc 2 (nhận kết quả)",
                     "The visit must be 1 (signing) or 2 (collection)", std::to_string(booking.number));
  now = std::chrono::floor<std::chrono::seconds>(now);
  const LocalDateTime at = std::chrono::floor<std::chrono::seconds>(booking.at);
  if (auto ok = checkVisitTime(rules, at, now); !ok) return ok.error();
  const std::string place = booking.place.empty() ? defaultVisitPlace(db) : booking.place;
  std::optional<Visit> made;
  Status done = detail::inTransaction(db, [&]() -> Status {
    storage::WorkflowRepository repo(db.impl());
    auto row = repo.stage(caseId);
    if (!row)
      return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", "#" + std::to_string(caseId));
    const S s = row->status;
    const bool fits = booking.number == 1 ? isBeforeAuthentication(s) : !isBeforeAuthentication(s) && !isClosed(s) &&
                                                                            s != S::WaitingForPapers;
    if (!fits)
      return makeError("workflow.visit_not_now",
                       booking.number == 1
                           ? "Chỉ hẹn ký (lần 1) trước khi chứng thực; hồ sơ đang ở \"" + statusLabel(s, Language::Vietnamese) + "\""
                           : "Chỉ hẹn trả kết quả (lần 2) sau khi chứng thực, khi hồ sơ chưa kết thúc; hồ sơ đang ở \"" +
                                 statusLabel(s, Language::Vietnamese) + "\"",
                       booking.number == 1
                           ? "Visit 1 (signing) is booked only before authentication; the case is \"" + statusLabel(s, Language::English) + "\""
                           : "Visit 2 (collection) is booked only after authentication on an open case; the case is \"" +
                                 statusLabel(s, Language::English) + "\"",
                       row->code);
    const VisitPapersRow* list = papers.find(booking.number, row->kind, rules::dayOf(toMinutes(at)));
    if (!list)
      return makeError("workflow.no_papers_row", "Không có danh mục giấy tờ cho lần hẹn và loại hồ sơ (visit_papers.json)",
                       "No papers list for this visit and case kind (visit_papers.json)",
                       std::string(model::codeOf(row->kind)) + " / " + std::to_string(booking.number));
    std::string previous;
    for (const auto& v : repo.visitsOfCase(caseId))
      if (v.number == booking.number && v.state == "booked") previous = isoDateTime(v.at);
    repo.retireVisits(caseId, booking.number, "rebooked");
    storage::VisitRow v;
    v.caseId = caseId;
    v.number = booking.number;
    v.at = at;
    v.place = place;
    v.papers = joinLines(list->papers);
    v.note = booking.note;
    v.bookedAt = now;
    v.bookedBy = actor;
    v.id = repo.insertVisit(v);
    repo.insertEvent(caseId, now, actor, "visit", "visit" + std::to_string(booking.number), previous, isoDateTime(at));
    // Booking the signing is the visit1_booked step; telling the citizen when to collect is citizen_notified.
    TransitionDetails step;
    step.at = now;
    step.note = (booking.number == 1 ? "Hẹn ký " : "Hẹn trả kết quả ") + isoDateTime(at);
    if (booking.number == 1 && s != S::Visit1Booked) {
      if (auto r = detail::recordStep(repo, rules, *row, S::Visit1Booked, step, actor, now); !r) return r.error();
    } else if (booking.number == 2 && s == S::ResultReceived) {
      if (auto r = detail::recordStep(repo, rules, *row, S::CitizenNotified, step, actor, now); !r) return r.error();
    }
    v.caseCode = row->code;
    v.mainParty = row->mainParty;
    made = toVisit(v);
    return {};
  });
  if (!done) return done.error();
  return *made;
}

Result<std::vector<Visit>> visitsOn(storage::Database& db, std::chrono::year_month_day day) {
  try {
    storage::WorkflowRepository repo(db.impl());
    const LocalDateTime from{std::chrono::local_days(day)};
    std::vector<Visit> out;
    for (const auto& r : repo.visitsBetween(from, from + std::chrono::days(1))) out.push_back(toVisit(r));
    return out;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

Result<std::vector<Visit>> visitsOfCase(storage::Database& db, int64_t caseId) {
  try {
    storage::WorkflowRepository repo(db.impl());
    std::vector<Visit> out;
    for (const auto& r : repo.visitsOfCase(caseId)) out.push_back(toVisit(r));
    return out;
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
}

}  // namespace landdesk::workflow
