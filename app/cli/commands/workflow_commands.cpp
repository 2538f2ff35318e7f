// landdesk-cli case advance | correct | history | deadline | message, dashboard: the case lifecycle.
#include <charconv>

#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "commands/workflow_cli.h"
#include "documents/draft_on_send.h"
#include "rules/calendar_time.h"
#include "workflow/citizen_message.h"
#include "workflow/dashboard.h"
#include "workflow/stage_deadline.h"

namespace landdesk::cli {

using namespace landdesk::workflow;
using model::CaseStatus;

namespace {

int printState(Invocation& inv, storage::Database& db, int64_t caseId) {
  auto s = state(db, caseId);
  if (!s) return fail(inv, s.error());
  if (inv.json) {
    printJson(inv, wf::stateJson(*s));
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  inv.out << s->code << ": " << wf::statusText(inv, s->status) << " (" << model::codeOf(s->status) << ")";
  if (!s->stageProcedure.empty())
    inv.out << (en ? "; stage due " : "; hạn bước ") << wf::time(s->stageDueAt) << " (" << s->stageProcedure << ")";
  if (s->pausedSince) inv.out << (en ? "; paused since " : "; tạm dừng từ ") << wf::time(s->pausedSince);
  inv.out << '\n' << (en ? "Allowed next: " : "Bước tiếp theo: ");
  std::string next;
  for (auto n : allowedNext(s->status, s->kind, s->resumeTo)) next += (next.empty() ? "" : ", ") + std::string(model::codeOf(n));
  inv.out << (next.empty() ? "—" : next) << '\n';
  return kExitOk;
}

// draft_sent keeps the draft as sent (documents/draft_on_send.h); a contract that cannot be rendered is a warning.
int sendDraftStep(Invocation& inv, storage::Database& db, int64_t caseId, const TransitionDetails& details) {
  auto sources = documents::loadDocumentSources();
  if (!sources) return fail(inv, sources.error());
  auto sent = documents::sendDraft(db, *sources, inv.dataDirectory(), caseId, details, wf::actor(inv));
  if (!sent) return fail(inv, sent.error());
  if (sent->renderProblem && !inv.json)
    inv.err << (inv.language == Language::English ? "Draft kept without a DOCX: " : "Dự thảo lưu không kèm DOCX: ")
            << sent->renderProblem->text(inv.language) << '\n';
  return printState(inv, db, caseId);
}

int advanceCase(Invocation& inv) {
  const auto& pos = inv.args.positional();
  if (pos.size() < 2) return fail(inv, makeError("cli.usage", "Cần mã hồ sơ và trạng thái mới", "Need CODE and STATE"), kExitUsage);
  auto to = wf::statusArgument(pos[1]);
  if (!to) return fail(inv, to.error(), kExitUsage);
  auto details = wf::detailsFromOptions(inv);
  if (!details) return fail(inv, details.error(), kExitUsage);
  auto c = wf::openCase(inv, pos[0]);
  if (!c) return kExitFailure;
  if (*to == CaseStatus::DraftSent) return sendDraftStep(inv, *c->db, c->id, *details);
  if (auto done = advance(*c->db, c->id, *to, *details, wf::actor(inv)); !done) return fail(inv, done.error());
  return printState(inv, *c->db, c->id);
}

int correctCase(Invocation& inv) {
  Correction corr;
  corr.reason = inv.args.valueOr("--reason", "");
  corr.undo = inv.args.has("--undo");
  if (auto text = inv.args.value("--event")) {
    int64_t id = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), id);
    if (ec != std::errc() || end != text->data() + text->size())
      return fail(inv, makeError("cli.usage", "--event phải là số", "--event must be a number", *text), kExitUsage);
    corr.eventId = id;
  }
  if (auto text = inv.args.value("--state")) {
    auto s = wf::statusArgument(*text);
    if (!s) return fail(inv, s.error(), kExitUsage);
    corr.to = *s;
  }
  auto details = wf::detailsFromOptions(inv);
  if (!details) return fail(inv, details.error(), kExitUsage);
  corr.details = *details;
  auto c = wf::openCase(inv, inv.args.positional()[0]);
  if (!c) return kExitFailure;
  if (auto done = correct(*c->db, c->id, corr, wf::actor(inv)); !done) return fail(inv, done.error());
  return printState(inv, *c->db, c->id);
}

int caseHistory(Invocation& inv) {
  auto c = wf::openCase(inv, inv.args.positional()[0]);
  if (!c) return kExitFailure;
  auto steps = history(*c->db, c->id);
  if (!steps) return fail(inv, steps.error());
  const bool en = inv.language == Language::English;
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const auto& t : *steps) {
      auto o = jsonObject();
      o->set("event", t.eventId);
      o->set("kind", t.corrects ? "correction" : "transition");
      o->set("at", isoDateTime(t.at));
      o->set("recorded_at", isoDateTime(t.recordedAt));
      o->set("actor", t.actor);
      o->set("from", std::string(model::codeOf(t.from)));
      o->set("to", std::string(model::codeOf(t.to)));
      o->set("note", t.details.note);
      o->set("receipt_no", t.details.receiptNumber);
      o->set("agency", t.details.agency);
      if (t.details.dueAt) o->set("due_at", isoDateTime(*t.details.dueAt));
      if (t.details.amount) o->set("amount", *t.details.amount);
      if (!t.details.registerNumber.empty()) o->set("register_number", t.details.registerNumber);
      if (t.corrects) o->set("corrects", *t.corrects);
      o->set("voids", t.voids);
      if (t.supersededBy) o->set("superseded_by", *t.supersededBy);
      o->set("reason", t.reason);
      o->set("active", t.active());
      arr->add(o);
    }
    printJson(inv, arr);
    return kExitOk;
  }
  for (const auto& t : *steps) {
    inv.out << "#" << t.eventId << "  " << wf::time(t.at) << "  ";
    if (t.corrects) inv.out << (en ? "correction of #" : "đính chính #") << *t.corrects << ": ";
    if (t.voids) inv.out << (en ? "voided " : "hủy bước ");
    inv.out << model::codeOf(t.from) << " → " << model::codeOf(t.to) << "  [" << t.actor << "]";
    if (!t.details.note.empty()) inv.out << "  " << t.details.note;
    if (!t.details.receiptNumber.empty()) inv.out << (en ? "  receipt " : "  số biên nhận ") << t.details.receiptNumber;
    if (!t.details.agency.empty()) inv.out << "  " << t.details.agency;
    if (t.details.dueAt) inv.out << (en ? "  due " : "  hẹn ") << wf::time(t.details.dueAt);
    if (t.details.amount) inv.out << "  " << *t.details.amount << " đ";
    if (!t.details.registerNumber.empty()) inv.out << "  " << t.details.registerNumber;
    if (!t.reason.empty()) inv.out << (en ? "  reason: " : "  lý do: ") << t.reason;
    if (t.supersededBy) inv.out << (en ? "  (corrected by #" : "  (đã đính chính bởi #") << *t.supersededBy << ")";
    inv.out << '\n';
  }
  inv.out << steps->size() << (en ? " step(s)\n" : " bước\n");
  return kExitOk;
}

int caseDeadline(Invocation& inv) {
  auto now = wf::timeOption(inv, "--now");
  if (!now) return fail(inv, now.error(), kExitUsage);
  auto c = wf::openCase(inv, inv.args.positional()[0]);
  if (!c) return kExitFailure;
  auto book = rules::loadDeskRuleBook(*c->db);
  if (!book) return fail(inv, book.error());
  auto d = stageDeadline(*c->db, *book, c->id, now->value_or(localNow()));
  if (!d) return fail(inv, d.error());
  const bool en = inv.language == Language::English;
  if (inv.json) {
    auto o = wf::stateJson(d->state);
    o->set("procedure", d->procedure);
    if (d->rule) o->set("procedure_name", en ? d->rule->nameEn : d->rule->nameVi);
    if (d->rule) o->set("legal_basis", d->rule->source.citation());
    o->set("clock_start", isoDateTime(d->clockStart));
    Poco::JSON::Array::Ptr pauses = new Poco::JSON::Array;
    for (const auto& p : d->pauses) {
      auto po = jsonObject();
      po->set("from", rules::formatDateTime(p.from));
      po->set("to", p.to ? rules::formatDateTime(*p.to) : std::string());
      po->set("reason", p.reason);
      pauses->add(po);
    }
    o->set("pauses", pauses);
    if (d->dueAt) o->set("due", isoDateTime(*d->dueAt));
    if (d->deadline) o->set("paused_units", d->deadline->pausedUnits);
    if (d->status) {
      o->set("flag", rules::deadlineFlagCode(d->status->flag));
      o->set("remaining", d->status->remaining);
    }
    printJson(inv, o);
    return kExitOk;
  }
  inv.out << d->state.code << ": " << wf::statusText(inv, d->state.status) << '\n';
  if (d->procedure.empty()) {
    inv.out << (en ? "No time limit at this stage\n" : "Bước này không có thời hạn\n");
  } else {
    inv.out << (en ? "Clock: " : "Thời hạn: ") << (d->rule ? (en ? d->rule->nameEn : d->rule->nameVi) : d->procedure);
    if (d->rule) inv.out << " — " << d->rule->source.citation();
    inv.out << '\n' << (en ? "Counted from " : "Tính từ ") << wf::time(d->clockStart) << '\n';
    for (const auto& p : d->pauses)
      inv.out << (en ? "  paused " : "  tạm dừng ") << rules::formatDateTime(p.from) << " → "
              << (p.to ? rules::formatDateTime(*p.to) : std::string(en ? "(still waiting)" : "(đang chờ)")) << " ("
              << p.reason << ")\n";
    inv.out << (en ? "Due: " : "Hạn: ") << wf::time(d->dueAt);
    if (d->status) inv.out << " — " << rules::deadlineFlagCode(d->status->flag) << ", " << d->status->remaining
                           << (en ? " working day(s) left" : " ngày làm việc còn lại");
    inv.out << '\n';
  }
  inv.out << (en ? "Authentication due: " : "Hạn chứng thực: ") << wf::time(d->state.authenticationDue) << '\n';
  return kExitOk;
}

int caseMessage(Invocation& inv) {
  std::optional<MessageEvent> event;
  if (auto text = inv.args.value("--event")) {
    event = messageEventFromCode(*text);
    if (!event)
      return fail(inv, makeError("cli.usage", "--event: visit1 | papers | tax_notice | result_ready",
                                 "--event: visit1 | papers | tax_notice | result_ready", *text), kExitUsage);
  }
  auto c = wf::openCase(inv, inv.args.positional()[0]);
  if (!c) return kExitFailure;
  auto m = citizenMessage(*c->db, c->id, event);
  if (!m) return fail(inv, m.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("event", std::string(messageEventCode(m->event)));
    o->set("text", m->text);
    printJson(inv, o);
  } else {
    inv.out << m->text << '\n';
  }
  return kExitOk;
}

Poco::JSON::Object::Ptr sectionJson(const DashboardSection& s) {
  auto o = jsonObject();
  o->set("total", s.total);
  Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
  for (const auto& c : s.cases) {
    auto co = jsonObject();
    co->set("code", c.code);
    co->set("kind", std::string(model::codeOf(c.kind)));
    co->set("status", std::string(model::codeOf(c.status)));
    co->set("main_party", c.mainParty);
    co->set("procedure", c.procedure);
    if (c.dueAt) co->set("due_at", isoDateTime(*c.dueAt));
    if (c.pausedSince) co->set("paused_since", isoDateTime(*c.pausedSince));
    co->set("flag", rules::deadlineFlagCode(c.flag));
    co->set("remaining", c.remaining);
    arr->add(co);
  }
  o->set("cases", arr);
  return o;
}

int showDashboard(Invocation& inv) {
  auto now = wf::timeOption(inv, "--now");
  if (!now) return fail(inv, now.error(), kExitUsage);
  int64_t limit = 20;
  if (auto text = inv.args.value("--limit")) {
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), limit);
    if (ec != std::errc() || end != text->data() + text->size() || limit <= 0)
      return fail(inv, makeError("cli.bad_limit", "--limit phải là số nguyên dương", "--limit must be a positive integer",
                                 *text), kExitUsage);
  }
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto d = dashboard(*db, now->value_or(localNow()), limit);
  if (!d) return fail(inv, d.error());
  const bool en = inv.language == Language::English;
  if (inv.json) {
    auto o = jsonObject();
    o->set("at", isoDateTime(d->at));
    Poco::JSON::Array::Ptr visits = new Poco::JSON::Array;
    for (const auto& v : d->visitsToday) visits->add(wf::visitJson(v));
    o->set("visits_today", visits);
    o->set("due_soon", sectionJson(d->dueSoon));
    o->set("overdue", sectionJson(d->overdue));
    o->set("waiting_tax", sectionJson(d->waitingTax));
    o->set("waiting_result", sectionJson(d->waitingResult));
    o->set("waiting_papers", sectionJson(d->waitingPapers));
    printJson(inv, o);
    return kExitOk;
  }
  inv.out << (en ? "Visits today: " : "Lịch hẹn hôm nay: ") << d->visitsToday.size() << '\n';
  for (const auto& v : d->visitsToday)
    inv.out << "  " << rules::formatTimeOfDay(rules::timeOf(std::chrono::floor<std::chrono::minutes>(v.at))) << "  "
            << (en ? "visit " : "lần ") << v.number << "  " << v.caseCode << "  " << v.mainParty << '\n';
  auto section = [&](const char* vi, const char* enTitle, const DashboardSection& s) {
    inv.out << (en ? enTitle : vi) << ": " << s.total << '\n';
    for (const auto& c : s.cases)
      inv.out << "  " << c.code << "  " << c.mainParty << "  " << wf::statusText(inv, c.status) << "  "
              << wf::time(c.dueAt) << '\n';
  };
  section("Sắp đến hạn", "Due soon", d->dueSoon);
  section("Quá hạn", "Overdue", d->overdue);
  section("Chờ nộp thuế", "Waiting for tax", d->waitingTax);
  section("Chờ kết quả", "Waiting for the result", d->waitingResult);
  section("Chờ bổ sung giấy tờ", "Waiting for papers", d->waitingPapers);
  return kExitOk;
}

std::vector<OptionSpec> withDetails(std::vector<OptionSpec> extra) {
  auto all = wf::detailOptions();
  all.insert(all.end(), extra.begin(), extra.end());
  return all;
}

}  // namespace

std::vector<Command> workflowCommands() {
  std::vector<Command> all = {
      {{"case", "advance"}, "CODE STATE", "move a case to its next state (refused unless allowed from the current one)",
       wf::detailOptions(), advanceCase, 2},
      {{"case", "correct"}, "CODE", "correct a mistaken step by a correcting event (the latest step by default)",
       withDetails({{"--event", true, "event id of the step (case history shows it)"},
                    {"--state", true, "the state the step should have reached"},
                    {"--undo", false, "the step did not happen"},
                    {"--reason", true, "why (required)"}}),
       correctCase, 1},
      {{"case", "history"}, "CODE", "every step of a case, corrections included", {}, caseHistory, 1},
      {{"case", "deadline"}, "CODE", "the current stage's deadline, how it was counted, and its flag",
       {{"--now", true, "evaluate at this time instead of now"}}, caseDeadline, 1},
      {{"case", "message"}, "CODE", "copy-ready message to the citizen (Zalo/SMS) for the case's state",
       {{"--event", true, "visit1 | papers | tax_notice | result_ready"}}, caseMessage, 1},
      {{"dashboard"}, "", "today's visits, due soon, overdue, waiting for tax, result or papers",
       {{"--now", true, "evaluate at this time instead of now"}, {"--limit", true, "cases per section (default 20)"}},
       showDashboard},
  };
  auto more = handoffCommands();
  all.insert(all.end(), more.begin(), more.end());
  return all;
}

}  // namespace landdesk::cli
