#include "commands/workflow_cli.h"

#include "cli_database.h"
#include "cli_output.h"
#include "rules/calendar_time.h"
#include "text/number_format.h"

namespace landdesk::cli::wf {

Result<std::optional<LocalDateTime>> timeOption(const Invocation& inv, const char* option) {
  auto text = inv.args.value(option);
  if (!text) return std::optional<LocalDateTime>();
  if (auto exact = parseCanonicalDateTime(*text)) return std::optional<LocalDateTime>(*exact);
  if (auto minutes = rules::parseDateTime(*text))
    return std::optional<LocalDateTime>(std::chrono::time_point_cast<std::chrono::seconds>(*minutes));
  return makeError("cli.bad_time", std::string(option) + " phải có dạng 2026-03-02T09:00 hoặc 2026-03-02",
                   std::string(option) + " must look like 2026-03-02T09:00 or 2026-03-02", *text);
}

Result<std::optional<int64_t>> amountOption(const Invocation& inv, const char* option) {
  auto text = inv.args.value(option);
  if (!text) return std::optional<int64_t>();
  auto amount = text::parseAmount(*text);
  if (!amount) return amount.error();
  return std::optional<int64_t>(*amount);
}

Result<model::CaseStatus> statusArgument(const std::string& code) {
  if (auto s = model::fromCode<model::CaseStatus>(code)) return *s;
  std::string all;
  for (const auto& t : model::terms<model::CaseStatus>()) all += (all.empty() ? "" : ", ") + std::string(t.code);
  return makeError("cli.bad_state", "Trạng thái không có: " + code + " (có: " + all + ")",
                   "Unknown state: " + code + " (known: " + all + ")");
}

Result<workflow::TransitionDetails> detailsFromOptions(const Invocation& inv) {
  workflow::TransitionDetails d;
  auto at = timeOption(inv, "--at");
  if (!at) return at.error();
  d.at = *at;
  auto due = timeOption(inv, "--due");
  if (!due) return due.error();
  d.dueAt = *due;
  auto amount = amountOption(inv, "--amount");
  if (!amount) return amount.error();
  d.amount = *amount;
  d.note = inv.args.valueOr("--note", "");
  d.receiptNumber = inv.args.valueOr("--receipt-no", "");
  d.agency = inv.args.valueOr("--agency", "");
  return d;
}

std::vector<OptionSpec> detailOptions() {
  return {{"--at", true, "when it happened (2026-03-02T09:00; default now)"},
          {"--note", true, "note (required for waiting_papers, refused, withdrawn)"},
          {"--receipt-no", true, "the other side's receipt no. (filed) or the payment reference (tax_paid)"},
          {"--agency", true, "agency (filed)"},
          {"--due", true, "due date given by the other side (filed) or on the tax notice"},
          {"--amount", true, "amount in đồng (tax_notice_received, tax_paid)"},
          {"--actor", true, "who is recorded in the event (default cli)"}};
}

std::string actor(const Invocation& inv) { return inv.args.valueOr("--actor", "cli"); }

std::string time(const std::optional<LocalDateTime>& t) {
  if (!t) return "—";
  return rules::formatDateTime(std::chrono::floor<std::chrono::minutes>(*t));
}

std::string statusText(const Invocation& inv, model::CaseStatus s) {
  const auto& t = model::term(s);
  return std::string(inv.language == Language::English ? t.en : t.vi);
}

Poco::JSON::Object::Ptr stateJson(const workflow::WorkflowState& s) {
  auto o = jsonObject();
  auto opt = [&](const char* key, const std::optional<LocalDateTime>& t) {
    if (t) o->set(key, isoDateTime(*t));
    else o->set(key, Poco::Dynamic::Var());
  };
  o->set("code", s.code);
  o->set("kind", std::string(model::codeOf(s.kind)));
  o->set("status", std::string(model::codeOf(s.status)));
  if (s.resumeTo) o->set("resume_to", std::string(model::codeOf(*s.resumeTo)));
  o->set("received_at", isoDateTime(s.receivedAt));
  opt("due_at", s.authenticationDue);
  opt("authenticated_at", s.authenticatedAt);
  opt("closed_at", s.closedAt);
  if (s.closedStatus) o->set("closed_status", std::string(model::codeOf(*s.closedStatus)));
  opt("stage_started_at", s.stageStartedAt);
  o->set("stage_procedure", s.stageProcedure);
  opt("stage_due_at", s.stageDueAt);
  opt("paused_since", s.pausedSince);
  Poco::JSON::Array::Ptr next = new Poco::JSON::Array;
  for (auto n : workflow::allowedNext(s.status, s.kind, s.resumeTo)) next->add(std::string(model::codeOf(n)));
  o->set("allowed_next", next);
  return o;
}

Poco::JSON::Object::Ptr visitJson(const workflow::Visit& v) {
  auto o = jsonObject();
  o->set("id", v.id);
  o->set("case", v.caseCode);
  o->set("main_party", v.mainParty);
  o->set("visit", v.number);
  o->set("at", isoDateTime(v.at));
  o->set("place", v.place);
  Poco::JSON::Array::Ptr papers = new Poco::JSON::Array;
  for (const auto& p : v.papers) papers->add(p);
  o->set("papers", papers);
  o->set("note", v.note);
  o->set("state", v.state);
  return o;
}

std::optional<OpenCase> openCase(Invocation& inv, const std::string& code) {
  auto db = openDatabase(inv, false);
  if (!db) return std::nullopt;
  auto id = workflow::caseIdByCode(*db, code);
  if (!id) {
    fail(inv, id.error());
    return std::nullopt;
  }
  return OpenCase{std::move(db), *id};
}

}  // namespace landdesk::cli::wf
