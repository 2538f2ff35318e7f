// landdesk-cli visit book | list, handoff create | list | show | receipt, tax notice | paid.
#include <charconv>

#include "cli_database.h"
#include "cli_output.h"
#include "commands/workflow_cli.h"
#include "rules/calendar_time.h"
#include "text/dates.h"
#include "text/number_format.h"
#include "workflow/handoff.h"

namespace landdesk::cli {

using namespace landdesk::workflow;

namespace {

int bookVisitCommand(Invocation& inv) {
  VisitBooking b;
  const std::string number = inv.args.valueOr("--visit", "");
  if (number != "1" && number != "2")
    return fail(inv, makeError("cli.usage", "--visit phải là 1 (ký) hoặc 2 (nhận kết quả)",
                               "--visit must be 1 (signing) or 2 (collection)", number), kExitUsage);
  b.number = number == "1" ? 1 : 2;
  auto at = wf::timeOption(inv, "--at");
  if (!at) return fail(inv, at.error(), kExitUsage);
  if (!*at) return fail(inv, makeError("cli.usage", "Thiếu giờ hẹn (--at)", "Missing the visit time (--at)"), kExitUsage);
  b.at = **at;
  b.place = inv.args.valueOr("--place", "");
  b.note = inv.args.valueOr("--note", "");
  auto c = wf::openCase(inv, inv.args.positional()[0]);
  if (!c) return kExitFailure;
  auto v = bookVisit(*c->db, c->id, b, wf::actor(inv));
  if (!v) return fail(inv, v.error());
  if (inv.json) {
    printJson(inv, wf::visitJson(*v));
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  inv.out << v->caseCode << (en ? ": visit " : ": hẹn lần ") << v->number << " " << wf::time(v->at) << ", "
          << v->place << '\n';
  for (const auto& p : v->papers) inv.out << "  - " << p << '\n';
  return kExitOk;
}

int listVisits(Invocation& inv) {
  std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(localNow())};
  if (auto text = inv.args.value("--date")) {
    auto parsed = text::parseIsoDate(*text);
    if (!parsed) return fail(inv, parsed.error(), kExitUsage);
    day = *parsed;
  }
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto visits = visitsOn(*db, day);
  if (!visits) return fail(inv, visits.error());
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const auto& v : *visits) arr->add(wf::visitJson(v));
    printJson(inv, arr);
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  for (const auto& v : *visits)
    inv.out << wf::time(v.at) << "  " << (en ? "visit " : "lần ") << v.number << "  " << v.caseCode << "  "
            << v.mainParty << "  " << v.place << '\n';
  inv.out << visits->size() << (en ? " visit(s)\n" : " lịch hẹn\n");
  return kExitOk;
}

Poco::JSON::Object::Ptr batchJson(const HandoffBatch& b) {
  auto o = jsonObject();
  o->set("id", b.id);
  o->set("agency_kind", std::string(agencyKindCode(b.agencyKind)));
  o->set("agency", b.agency);
  o->set("sent_at", isoDateTime(b.sentAt));
  o->set("officer", b.officer);
  o->set("note", b.note);
  o->set("items", b.itemCount);
  o->set("receipted", b.receipted);
  if (!b.items.empty()) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const auto& i : b.items) {
      auto io = jsonObject();
      io->set("case", i.caseCode);
      io->set("main_party", i.mainParty);
      io->set("receipt_no", i.receiptNumber);
      if (i.dueAt) io->set("due_at", isoDateTime(*i.dueAt));
      arr->add(io);
    }
    o->set("cases", arr);
  }
  return o;
}

int printBatch(Invocation& inv, const HandoffBatch& b) {
  if (inv.json) {
    printJson(inv, batchJson(b));
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  inv.out << (en ? "Batch " : "Phiếu chuyển ") << b.id << ": " << b.agency << " (" << agencyKindCode(b.agencyKind)
          << "), " << wf::time(b.sentAt) << ", " << b.officer << '\n';
  for (const auto& i : b.items)
    inv.out << "  " << i.caseCode << "  " << i.mainParty << "  "
            << (i.receiptNumber.empty() ? std::string(en ? "(no receipt yet)" : "(chưa có biên nhận)") : i.receiptNumber)
            << (i.dueAt ? (en ? "  due " : "  hẹn ") + wf::time(i.dueAt) : std::string()) << '\n';
  return kExitOk;
}

int createHandoff(Invocation& inv) {
  NewBatch nb;
  auto kind = agencyKindFromCode(inv.args.valueOr("--agency", ""));
  if (!kind)
    return fail(inv, makeError("cli.usage", "--agency: land_registration_office | land_registration_branch | "
                               "service_centre | tax_office", "--agency: land_registration_office | "
                               "land_registration_branch | service_centre | tax_office",
                               inv.args.valueOr("--agency", "")), kExitUsage);
  nb.agencyKind = *kind;
  nb.agency = inv.args.valueOr("--name", "");
  nb.officer = inv.args.valueOr("--officer", "");
  nb.note = inv.args.valueOr("--note", "");
  auto at = wf::timeOption(inv, "--at");
  if (!at) return fail(inv, at.error(), kExitUsage);
  nb.at = *at;
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  for (const auto& code : inv.args.positional()) {
    auto id = caseIdByCode(*db, code);
    if (!id) return fail(inv, id.error());
    nb.caseIds.push_back(*id);
  }
  auto b = createBatch(*db, nb, wf::actor(inv));
  if (!b) return fail(inv, b.error());
  return printBatch(inv, *b);
}

int listHandoffs(Invocation& inv) {
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto all = listBatches(*db);
  if (!all) return fail(inv, all.error());
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const auto& b : *all) arr->add(batchJson(b));
    printJson(inv, arr);
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  for (const auto& b : *all)
    inv.out << b.id << "  " << wf::time(b.sentAt) << "  " << b.agency << "  " << b.itemCount << (en ? " case(s), " : " hồ sơ, ")
            << b.receipted << (en ? " receipted\n" : " có biên nhận\n");
  inv.out << all->size() << (en ? " batch(es)\n" : " phiếu chuyển\n");
  return kExitOk;
}

Result<int64_t> batchNumber(const std::string& text) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0)
    return makeError("cli.usage", "Số phiếu chuyển phải là số nguyên dương", "The batch number must be a positive integer", text);
  return id;
}

int showHandoff(Invocation& inv) {
  auto id = batchNumber(inv.args.positional()[0]);
  if (!id) return fail(inv, id.error(), kExitUsage);
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto b = batch(*db, *id);
  if (!b) return fail(inv, b.error());
  return printBatch(inv, *b);
}

int handoffReceipt(Invocation& inv) {
  auto id = batchNumber(inv.args.positional()[0]);
  if (!id) return fail(inv, id.error(), kExitUsage);
  auto due = wf::timeOption(inv, "--due");
  if (!due) return fail(inv, due.error(), kExitUsage);
  auto c = wf::openCase(inv, inv.args.positional()[1]);
  if (!c) return kExitFailure;
  if (auto done = recordReceipt(*c->db, *id, c->id, inv.args.valueOr("--receipt-no", ""), *due, wf::actor(inv)); !done)
    return fail(inv, done.error());
  auto b = batch(*c->db, *id);
  if (!b) return fail(inv, b.error());
  return printBatch(inv, *b);
}

int taxNotice(Invocation& inv) {
  auto amount = wf::amountOption(inv, "--amount");
  if (!amount) return fail(inv, amount.error(), kExitUsage);
  if (!*amount) return fail(inv, makeError("cli.usage", "Thiếu số tiền (--amount)", "Missing the amount (--amount)"), kExitUsage);
  auto due = wf::timeOption(inv, "--due");
  if (!due) return fail(inv, due.error(), kExitUsage);
  auto at = wf::timeOption(inv, "--at");
  if (!at) return fail(inv, at.error(), kExitUsage);
  auto c = wf::openCase(inv, inv.args.positional()[0]);
  if (!c) return kExitFailure;
  auto book = rules::loadDeskRuleBook(*c->db);
  if (!book) return fail(inv, book.error());
  NewTaxNotice n{**amount, *due, inv.args.valueOr("--number", ""), *at};
  auto made = recordTaxNotice(*c->db, *book, c->id, n, wf::actor(inv));
  if (!made) return fail(inv, made.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("id", made->id);
    o->set("case", inv.args.positional()[0]);
    o->set("amount", made->amount);
    o->set("due_at", isoDateTime(made->dueAt));
    o->set("number", made->number);
    printJson(inv, o);
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  inv.out << inv.args.positional()[0] << (en ? ": tax notice " : ": thông báo thuế ") << text::formatInteger(made->amount)
          << (en ? " đồng, due " : " đồng, hạn nộp ") << wf::time(made->dueAt) << '\n';
  return kExitOk;
}

int taxPaid(Invocation& inv) {
  auto at = wf::timeOption(inv, "--at");
  if (!at) return fail(inv, at.error(), kExitUsage);
  auto amount = wf::amountOption(inv, "--amount");
  if (!amount) return fail(inv, amount.error(), kExitUsage);
  auto c = wf::openCase(inv, inv.args.positional()[0]);
  if (!c) return kExitFailure;
  auto book = rules::loadDeskRuleBook(*c->db);
  if (!book) return fail(inv, book.error());
  if (auto done = recordTaxPaid(*c->db, *book, c->id, *at, *amount, inv.args.valueOr("--receipt-no", ""), wf::actor(inv));
      !done)
    return fail(inv, done.error());
  auto s = state(*c->db, c->id);
  if (!s) return fail(inv, s.error());
  if (inv.json) {
    printJson(inv, wf::stateJson(*s));
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  inv.out << s->code << ": " << wf::statusText(inv, s->status) << (en ? "; registration due " : "; hạn đăng ký ")
          << wf::time(s->stageDueAt) << '\n';
  return kExitOk;
}

}  // namespace

std::vector<Command> handoffCommands() {
  const OptionSpec actor{"--actor", true, "who is recorded in the event (default cli)"};
  return {
      {{"visit", "book"}, "CODE", "book visit 1 (signing) or 2 (collection) with the papers to bring",
       {{"--visit", true, "1 | 2"}, {"--at", true, "2026-03-05T09:00"}, {"--place", true, "where (default: the office)"},
        {"--note", true, "note"}, actor},
       bookVisitCommand, 1},
      {{"visit", "list"}, "", "the appointments of a day", {{"--date", true, "YYYY-MM-DD (default today)"}}, listVisits},
      {{"handoff", "create"}, "CODE...", "transmittal batch to the registration office or the tax office",
       {{"--agency", true, "land_registration_office | land_registration_branch | service_centre | tax_office"},
        {"--name", true, "the agency's name (default: setting handoff.agency.<kind>)"},
        {"--at", true, "when handed over (default now)"}, {"--officer", true, "who carried the dossiers"},
        {"--note", true, "note"}, actor},
       createHandoff, 1},
      {{"handoff", "list"}, "", "transmittal batches, newest first", {}, listHandoffs},
      {{"handoff", "show"}, "BATCH", "one batch with its dossiers and receipt numbers", {}, showHandoff, 1},
      {{"handoff", "receipt"}, "BATCH CODE", "record the other side's receipt number and due date for one dossier",
       {{"--receipt-no", true, "their receipt number"}, {"--due", true, "their due date"}, actor}, handoffReceipt, 2},
      {{"tax", "notice"}, "CODE", "record a tax notice (amount, due date); the first moves the case to tax_notice_received",
       {{"--amount", true, "đồng"}, {"--due", true, "due date on the notice (default 30 days, deadlines.json)"},
        {"--number", true, "the notice's number"}, {"--at", true, "when received (default now)"}, actor},
       taxNotice, 1},
      {{"tax", "paid"}, "CODE", "record the payment of the open tax notices (case → tax_paid)",
       {{"--at", true, "when paid (default now)"}, {"--amount", true, "đồng"}, {"--receipt-no", true, "payment reference"},
        actor},
       taxPaid, 1},
  };
}

}  // namespace landdesk::cli
