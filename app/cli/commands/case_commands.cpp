// landdesk-cli case add | list | show | search: the case register from the command line.
#include <charconv>
#include <fstream>
#include <iostream>
#include <sstream>

#include "access/accounts.h"
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "model/case_json.h"
#include "storage/case_repository.h"
#include "util/datetime.h"
#include "verify/cross_checks.h"
#include "verify/field_confirmation.h"

namespace landdesk::cli {

using namespace landdesk::model;

namespace {

template <class E>
std::string label(const Invocation& inv, E value) {
  const auto& t = term(value);
  return std::string(inv.language == Language::English ? t.en : t.vi);
}

std::string parcelText(const CaseSummary& s) {
  if (s.parcelNumber.empty()) return "";
  return "Thửa " + s.parcelNumber + ", tờ " + s.mapSheet;
}

Poco::JSON::Object::Ptr summaryJson(const CaseSummary& s) {
  auto o = jsonObject();
  o->set("code", s.code);
  o->set("kind", std::string(codeOf(s.kind)));
  o->set("status", std::string(codeOf(s.status)));
  o->set("main_party", s.mainParty);
  o->set("parcel_number", s.parcelNumber);
  o->set("map_sheet", s.mapSheet);
  o->set("parcel_address", s.parcelAddress);
  o->set("received_at", isoDateTime(s.receivedAt));
  if (s.dueAt) o->set("due_at", isoDateTime(*s.dueAt));
  return o;
}

int printSummaries(Invocation& inv, const Result<std::vector<CaseSummary>>& rows) {
  if (!rows) return fail(inv, rows.error());
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const auto& s : *rows) arr->add(summaryJson(s));
    printJson(inv, arr);
    return kExitOk;
  }
  for (const auto& s : *rows) {
    inv.out << s.code << " | " << label(inv, s.kind) << " | " << s.mainParty << " | " << parcelText(s) << " | "
            << label(inv, s.status) << " | " << (s.dueAt ? isoDate(std::chrono::year_month_day(
                                                                std::chrono::floor<std::chrono::days>(*s.dueAt)))
                                                          : std::string("—"))
            << '\n';
  }
  inv.out << rows->size() << (inv.language == Language::English ? " case(s)\n" : " hồ sơ\n");
  return kExitOk;
}

Result<size_t> limitOption(const Invocation& inv, size_t fallback) {
  auto text = inv.args.value("--limit");
  if (!text) return inv.args.has("--all") ? SIZE_MAX : fallback;
  size_t n = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc() || end != text->data() + text->size() || n == 0)
    return makeError("cli.bad_limit", "--limit phải là số nguyên dương", "--limit must be a positive integer", *text);
  return n;
}

Result<std::string> readInput(const std::string& file) {
  std::ostringstream s;
  if (file == "-") {
    s << std::cin.rdbuf();
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) return makeError("cli.unreadable", "Không đọc được tệp", "Cannot read the file", file);
    s << in.rdbuf();
  }
  return s.str();
}

// A case from a JSON file (the `case show --json` shape), or a minimal one from --kind/--party flags.
Result<Case> caseFromArguments(const Invocation& inv) {
  if (!inv.args.positional().empty()) {
    auto text = readInput(inv.args.positional()[0]);
    if (!text) return text.error();
    return caseFromJsonText(*text);
  }
  auto json = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
  json->set("kind", inv.args.valueOr("--kind", "transfer_whole"));
  json->set("channel", inv.args.valueOr("--channel", "counter"));
  json->set("officer", inv.args.valueOr("--officer", ""));
  if (auto name = inv.args.value("--party")) {
    Poco::JSON::Object::Ptr party = new Poco::JSON::Object;
    party->set("full_name", *name);
    party->set("role", inv.args.valueOr("--role", "transferor"));
    Poco::JSON::Array::Ptr parties = new Poco::JSON::Array;
    parties->add(party);
    json->set("parties", parties);
  }
  return caseFromJson(json);
}

int add(Invocation& inv) {
  auto c = caseFromArguments(inv);
  if (!c) return fail(inv, c.error());
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  if (auto ok = db->cases().add(*c, inv.args.valueOr("--actor", "cli")); !ok) return fail(inv, ok.error());
  if (inv.json) printJson(inv, caseToJson(*c));
  else inv.out << (inv.language == Language::English ? "Added case " : "Đã thêm hồ sơ ") << c->code << '\n';
  return kExitOk;
}

int list(Invocation& inv) {
  auto limit = limitOption(inv, 100);
  if (!limit) return fail(inv, limit.error(), kExitUsage);
  auto db = openDatabase(inv, false);
  return db ? printSummaries(inv, db->cases().list(*limit)) : kExitFailure;
}

int search(Invocation& inv) {
  auto limit = limitOption(inv, 200);
  if (!limit) return fail(inv, limit.error(), kExitUsage);
  auto db = openDatabase(inv, false);
  std::string query;
  for (const auto& w : inv.args.positional()) query += (query.empty() ? "" : " ") + w;
  return db ? printSummaries(inv, db->cases().search(query, *limit)) : kExitFailure;
}

int show(Invocation& inv) {
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto c = access::viewCase(*db, inv.args.positional()[0]);
  if (!c) return fail(inv, c.error());
  auto events = db->cases().events(c->id);
  if (!events) return fail(inv, events.error());
  for (auto& e : *events) {  // an edit of an ID number is masked for this officer as the case itself is
    e.oldValue = access::idNumbersIn(db->actor(), e.oldValue);
    e.newValue = access::idNumbersIn(db->actor(), e.newValue);
  }
  if (inv.json) {
    auto o = caseToJson(*c);
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const auto& e : *events) {
      auto eo = jsonObject();
      eo->set("at", isoDateTime(e.at));
      eo->set("actor", e.actor);
      eo->set("action", e.action);
      eo->set("field", e.field);
      eo->set("old", e.oldValue);
      eo->set("new", e.newValue);
      arr->add(eo);
    }
    o->set("events", arr);
    printJson(inv, o);
    return kExitOk;
  }
  const bool en = inv.language == Language::English;
  inv.out << c->code << " — " << label(inv, c->kind) << " — " << label(inv, c->status) << '\n';
  inv.out << (en ? "Received: " : "Tiếp nhận: ") << isoDateTime(c->receivedAt) << " (" << label(inv, c->channel) << ")";
  if (c->dueAt) inv.out << (en ? ", due " : ", hẹn trả ") << isoDateTime(*c->dueAt);
  inv.out << '\n';
  for (const auto& cp : c->parties) {
    inv.out << "  " << label(inv, cp.role) << ": " << cp.party.fullName;
    if (cp.party.birthDate) inv.out << ", " << (en ? "born " : "sinh ") << cp.party.birthDate->canonical();
    for (const auto& id : cp.party.idDocuments) inv.out << ", " << label(inv, id.type) << " " << id.number;
    inv.out << '\n';
  }
  for (const auto& cp : c->parcels) {
    const auto& p = cp.parcel;
    inv.out << "  " << (en ? "Parcel " : "Thửa ") << p.parcelNumber << (en ? ", map sheet " : ", tờ bản đồ ") << p.mapSheet
            << ", " << p.address << ", " << p.area.canonical() << " m², GCN " << p.serial;
    if (cp.price) inv.out << (en ? ", price " : ", giá ") << *cp.price << " đ";
    inv.out << '\n';
  }
  inv.out << events->size() << (en ? " event(s)\n" : " sự kiện\n");
  return kExitOk;
}

// `case confirm CODE --field F --value V`: the verify view's Enter, from the command line.
int confirm(Invocation& inv) {
  std::optional<int64_t> document;
  if (auto text = inv.args.value("--document")) {
    int64_t id = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), id);
    if (ec != std::errc() || end != text->data() + text->size() || id <= 0)
      return fail(inv, makeError("cli.bad_document", "--document phải là số của giấy tờ", "--document must be a document id", *text),
                  kExitUsage);
    document = id;
  }
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto r = verify::confirmField(*db, {inv.args.positional()[0], document, inv.args.valueOr("--field", ""),
                                      inv.args.valueOr("--value", ""), inv.args.valueOr("--actor", "cli")});
  if (!r) return fail(inv, r.error());
  const bool en = inv.language == Language::English;
  if (inv.json) {
    auto o = jsonObject();
    o->set("case", r->caseFile.code);
    o->set("document", r->documentId);
    o->set("field", inv.args.valueOr("--field", ""));
    o->set("value", inv.args.valueOr("--value", ""));
    o->set("read", r->readValue);
    o->set("source", r->source);
    o->set("target", r->target);
    printJson(inv, o);
    return kExitOk;
  }
  inv.out << (en ? "Confirmed " : "Đã xác nhận ") << inv.args.valueOr("--field", "") << " = " << inv.args.valueOr("--value", "")
          << (en ? " (source " : " (nguồn ") << r->source << ")";
  if (!r->target.empty()) inv.out << " -> " << r->target;
  inv.out << '\n';
  return kExitOk;
}

// `case crosscheck CODE`: the findings the verify view shows on top.
int crosscheck(Invocation& inv) {
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto c = db->cases().byCode(inv.args.positional()[0]);
  if (!c) return fail(inv, c.error());
  auto on = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow()));
  if (auto text = inv.args.value("--date")) {
    auto parsed = parseCanonicalDate(*text);
    if (!parsed) return fail(inv, makeError("cli.bad_date", "--date phải có dạng YYYY-MM-DD", "--date must be YYYY-MM-DD", *text), kExitUsage);
    on = *parsed;
  }
  auto checks = verify::crossCheckCase(*db, *c, on);
  if (!checks) return fail(inv, checks.error());
  const bool en = inv.language == Language::English;
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const auto& x : *checks) {
      auto o = jsonObject();
      o->set("code", x.code);
      o->set("problem", x.problem);
      o->set("message", en ? x.en : x.vi);
      arr->add(o);
    }
    printJson(inv, arr);
    return kExitOk;
  }
  for (const auto& x : *checks) inv.out << (x.problem ? "! " : "ok ") << (en ? x.en : x.vi) << '\n';
  return kExitOk;
}

}  // namespace

std::vector<Command> caseCommands() {
  return {
      {{"case", "add"}, "[FILE.json|-]", "add a case from JSON (the `case show --json` shape) or from flags",
       {{"--kind", true, "transfer_whole|transfer_part|gift|inheritance_division|inheritance_declaration|inheritance_refusal"},
        {"--channel", true, "counter|zalo|email|post|online"},
        {"--officer", true, "receiving officer"},
        {"--party", true, "full name of the first party"},
        {"--role", true, "role of that party (default transferor)"},
        {"--actor", true, "who is recorded in the event log (default cli)"}},
       add},
      {{"case", "list"}, "", "list cases, newest first",
       {{"--limit", true, "at most N cases (default 100)"}, {"--all", false, "every case"}}, list},
      {{"case", "show"}, "CODE", "show one case with its history", {}, show, 1},
      {{"case", "search"}, "QUERY", "find cases by code, name, ID number or parcel, ignoring diacritics",
       {{"--limit", true, "at most N cases (default 200)"}}, search, 1},
      {{"case", "confirm"}, "CODE", "confirm or correct a value read from a paper (recorded as officer-confirmed)",
       {{"--field", true, "the paper's key: full_name, id_number, parcel_no, area_m2 …"}, {"--value", true, "the value"},
        {"--document", true, "document id (default: the newest paper with that field)"},
        {"--actor", true, "who is recorded (default cli)"}},
       confirm, 1},
      {{"case", "crosscheck"}, "CODE", "cross-check the papers: owner names, parcel in another open case, ID validity",
       {{"--date", true, "judge IDs on this day (default today)"}}, crosscheck, 1},
  };
}

}  // namespace landdesk::cli
