// landdesk-cli fees | tax estimate | deadline | holidays: the dated rule data and its computations.
#include <ostream>

#include "../cli_output.h"
#include "../command_table.h"
#include "rules/desk_rules.h"
#include "rules/rule_book.h"
#include "rules/tax_estimate.h"
#include "rules/working_clock.h"
#include "text/number_format.h"
#include "util/datetime.h"

namespace landdesk::cli {

namespace {

using namespace landdesk::rules;

bool en(const Invocation& inv) { return inv.language == Language::English; }
const std::string& pick(const Invocation& inv, const std::string& vi, const std::string& enText) { return en(inv) ? enText : vi; }
std::string money(int64_t v) { return text::formatInteger(v) + " đ"; }

std::string unitLabel(const Invocation& inv, DeadlineUnit u) {
  switch (u) {
    case DeadlineUnit::WorkingDays: return en(inv) ? "working days" : "ngày làm việc";
    case DeadlineUnit::WorkingHours: return en(inv) ? "working hours" : "giờ làm việc";
    case DeadlineUnit::CalendarDays: return en(inv) ? "days" : "ngày";
  }
  return {};
}

LocalMinutes nowLocal() { return std::chrono::floor<std::chrono::minutes>(localNow()); }

// The desk's rule book when its database exists (an administrator's saved tables), else the shipped files.
Result<RuleBook> rulesOrError(Invocation& inv) {
  storage::OpenOptions options;
  options.path = inv.databasePath();
  options.create = false;
  if (auto db = storage::Database::open(options)) return loadDeskRuleBook(**db);
  return loadRuleBook(rulesDataDirectory());
}

// --date, else today.
Result<Date> dateOption(const Invocation& inv) {
  auto typed = inv.args.value("--date");
  if (!typed) return dayOf(nowLocal());
  if (auto d = parseDate(*typed)) return *d;
  return makeError("cli.date", "Ngày phải có dạng YYYY-MM-DD", "The date must be YYYY-MM-DD", "--date " + *typed);
}

Result<std::optional<int64_t>> amountOption(const Invocation& inv, const char* name) {
  auto typed = inv.args.value(name);
  if (!typed) return std::optional<int64_t>{};
  auto v = text::parseAmount(*typed);
  if (!v) return makeError(v.error().code, v.error().vi, v.error().en, name);
  return std::optional<int64_t>(*v);
}

Result<std::optional<Decimal>> decimalOption(const Invocation& inv, const char* name) {
  auto typed = inv.args.value(name);
  if (!typed) return std::optional<Decimal>{};
  auto v = text::parseDecimal(*typed);
  if (!v) return makeError(v.error().code, v.error().vi, v.error().en, name);
  return std::optional<Decimal>(*v);
}

Result<int64_t> countOption(const Invocation& inv, const char* name) {
  auto typed = inv.args.valueOr(name, "1");
  if (typed.empty() || typed.size() > 9 || typed.find_first_not_of("0123456789") != std::string::npos)
    return makeError("cli.count", "Cần một số nguyên dương", "A positive whole number is needed", std::string(name) + " " + typed);
  return std::stoll(typed);
}

Poco::JSON::Object::Ptr sourceJson(const LegalSource& s) {
  auto o = jsonObject();
  o->set("document", s.document);
  o->set("article", s.article);
  o->set("confidence", confidenceCode(s.confidence));
  if (!s.note.empty()) o->set("note", s.note);
  return o;
}

// ---------------------------------------------------------------- fees

}  // namespace

int runCaseFees(Invocation& inv);  // register_commands.cpp: a case's recorded fees

namespace {

int runFees(Invocation& inv) {
  if (inv.args.has("--case") || !inv.args.positional().empty()) return runCaseFees(inv);
  auto book = rulesOrError(inv);
  if (!book) return fail(inv, book.error());
  auto date = dateOption(inv);
  if (!date) return fail(inv, date.error(), kExitUsage);
  auto kind = inv.args.value("--kind");
  if (!kind) {  // the schedule in force on the date
    auto rows = jsonObject();
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const FeeRow* r : book->fees.table().validOn(*date)) {
      auto o = jsonObject();
      o->set("key", r->key);
      Poco::JSON::Array::Ptr kinds = new Poco::JSON::Array;
      for (const auto& k : r->appliesTo) kinds->add(k);
      o->set("applies_to", kinds);
      o->set("name", pick(inv, r->nameVi, r->nameEn));
      o->set("base", r->base);
      Poco::JSON::Array::Ptr tiers = new Poco::JSON::Array;
      for (const PageTier& t : r->pageTiers) {
        auto to = jsonObject();
        to->set("from_page", t.fromPage);
        to->set("amount", t.amount);
        tiers->add(to);
      }
      o->set("page_tiers", tiers);
      if (r->capPerCopy) o->set("cap_per_copy", *r->capPerCopy);
      o->set("effective_from", formatDate(r->validity.from));
      if (r->validity.to) o->set("effective_to", formatDate(*r->validity.to));
      o->set("source", sourceJson(r->source));
      list->add(o);
      if (!inv.json) {
        std::string amount = r->base > 0 ? money(r->base) : "";
        for (const PageTier& t : r->pageTiers)
          amount += (amount.empty() ? "" : "; ") + money(t.amount) + (en(inv) ? "/page from page " : "/trang từ trang ") +
                    std::to_string(t.fromPage);
        if (r->capPerCopy) amount += (en(inv) ? "; at most " : "; tối đa ") + money(*r->capPerCopy) + (en(inv) ? "/copy" : "/bản");
        std::string kinds;
        for (const auto& k : r->appliesTo) kinds += (kinds.empty() ? "" : ", ") + k;
        inv.out << pick(inv, r->nameVi, r->nameEn) << ": " << amount << "\n    [" << kinds << "] — " << r->source.citation()
                << " (" << confidenceCode(r->source.confidence) << ")\n";
      }
    }
    if (inv.json) {
      rows->set("date", formatDate(*date));
      rows->set("fees", list);
      printJson(inv, rows);
    }
    return kExitOk;
  }
  auto pages = countOption(inv, "--pages");
  if (!pages) return fail(inv, pages.error(), kExitUsage);
  auto copies = countOption(inv, "--copies");
  if (!copies) return fail(inv, copies.error(), kExitUsage);
  auto value = amountOption(inv, "--value");
  if (!value) return fail(inv, value.error(), kExitUsage);
  auto area = decimalOption(inv, "--area");
  if (!area) return fail(inv, area.error(), kExitUsage);
  auto quote = book->fees.quote(FeeRequest{*kind, *date, *pages, *copies, *area, *value});
  if (!quote) return fail(inv, quote.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("kind", *kind);
    o->set("date", formatDate(*date));
    Poco::JSON::Array::Ptr lines = new Poco::JSON::Array;
    for (const FeeLine& l : quote->lines) {
      auto lo = jsonObject();
      lo->set("label", pick(inv, l.vi, l.en));
      lo->set("amount", l.amount);
      lines->add(lo);
    }
    o->set("lines", lines);
    o->set("total", quote->total);
    o->set("row", quote->row->key);
    o->set("source", sourceJson(quote->row->source));
    printJson(inv, o);
    return kExitOk;
  }
  for (const FeeLine& l : quote->lines) inv.out << pick(inv, l.vi, l.en) << ": " << money(l.amount) << '\n';
  inv.out << (en(inv) ? "Total: " : "Tổng cộng: ") << money(quote->total) << '\n'
          << (en(inv) ? "Legal basis: " : "Căn cứ: ") << quote->row->source.citation() << '\n';
  return kExitOk;
}

// ---------------------------------------------------------------- tax estimate

int printEstimate(Invocation& inv, const TaxRequest& q, const TaxEstimate& e, Poco::JSON::Object::Ptr json);

}  // namespace

// tax_case_request.cpp: a stored case's request and its land-price-table value.
struct CaseTaxRequest {
  RuleBook book;
  TaxRequest request;
  LandValue land;
  LandPriceLocation where;
  std::string code;
};
Result<CaseTaxRequest> caseTaxRequest(Invocation& inv, Date date);

namespace {


// The land-price-table lines behind a case's table value, each with its row's legal basis.
void printLandValue(Invocation& inv, const CaseTaxRequest& r, Poco::JSON::Object::Ptr json) {
  Poco::JSON::Array::Ptr lines = new Poco::JSON::Array;
  for (const LandValueLine& l : r.land.lines) {
    if (json) {
      auto lo = jsonObject();
      lo->set("land_type", l.landType);
      lo->set("area", l.area.canonical());
      lo->set("unit_price", l.unitPrice);
      lo->set("value", l.value);
      lo->set("row", l.row->key);
      lo->set("basis", l.row->source.citation());
      lines->add(lo);
    } else {
      inv.out << (en(inv) ? "- Land-price table " : "- Bảng giá đất ") << l.landType << ": " << text::formatDecimal(l.area)
              << " m² × " << money(l.unitPrice) << "/m² = " << money(l.value) << "\n    "
              << (en(inv) ? "Basis: " : "Căn cứ: ") << l.row->source.citation() << '\n';
    }
  }
  if (json) {
    json->set("case", r.code);
    json->set("land_value", lines);
  }
}

int runTaxEstimate(Invocation& inv) {
  static const Command self{{"tax", "estimate"}, "--kind transfer|gift|inheritance --price N", "", {}, nullptr};
  auto date = dateOption(inv);
  if (!date) return fail(inv, date.error(), kExitUsage);
  if (inv.args.has("--case")) {
    auto r = caseTaxRequest(inv, *date);
    if (!r) return fail(inv, r.error());
    auto e = estimateTaxes(r->book.taxes, r->request);
    if (!e) return fail(inv, e.error());
    Poco::JSON::Object::Ptr o = inv.json ? jsonObject() : nullptr;
    if (!inv.json) inv.out << (en(inv) ? "Case " : "Hồ sơ ") << r->code << '\n';
    printLandValue(inv, *r, o);
    return printEstimate(inv, r->request, *e, o);
  }
  auto kind = inv.args.value("--kind");
  if (!kind) return usageError(inv, self, "Thiếu --kind", "Missing --kind");
  auto book = rulesOrError(inv);
  if (!book) return fail(inv, book.error());
  auto price = amountOption(inv, "--price");
  if (!price) return fail(inv, price.error(), kExitUsage);
  auto table = amountOption(inv, "--table-value");
  if (!table) return fail(inv, table.error(), kExitUsage);
  auto area = decimalOption(inv, "--area");
  if (!area) return fail(inv, area.error(), kExitUsage);
  if (!*price && !*table) return usageError(inv, self, "Thiếu --price (hoặc --table-value)", "Missing --price (or --table-value)");

  TaxRequest q;
  q.kind = *kind;
  q.date = *date;
  q.price = price->value_or(0);
  q.tableValue = *table;
  q.area = *area;
  q.relationship = inv.args.value("--relationship");
  q.onlyHome = inv.args.has("--only-home");
  if (auto r = inv.args.value("--reduction")) q.flags.push_back(*r);
  auto e = estimateTaxes(book->taxes, q);
  if (!e) return fail(inv, e.error());
  return printEstimate(inv, q, *e, inv.json ? jsonObject() : nullptr);
}

int printEstimate(Invocation& inv, const TaxRequest& q, const TaxEstimate& est, Poco::JSON::Object::Ptr o) {
  const TaxEstimate* e = &est;
  if (inv.json) {
    o->set("kind", q.kind);
    o->set("date", formatDate(q.date));
    o->set("price", q.price);
    if (q.tableValue) o->set("table_value", *q.tableValue);
    if (q.area) o->set("area", q.area->canonical());
    if (q.relationship) o->set("relationship", *q.relationship);
    Poco::JSON::Array::Ptr lines = new Poco::JSON::Array;
    for (const TaxLine& l : e->lines) {
      auto lo = jsonObject();
      lo->set("tax", l.tax);
      lo->set("family", l.family);
      lo->set("label", pick(inv, l.vi, l.en));
      lo->set("base", l.base);
      lo->set("amount", l.amount);
      lo->set("basis", l.basis);
      lo->set("row", l.rowKey);
      lines->add(lo);
    }
    o->set("lines", lines);
    o->set("total", e->total);
    Poco::JSON::Array::Ptr notes = new Poco::JSON::Array;
    for (const TaxNote& n : e->notes) notes->add(pick(inv, n.vi, n.en));
    o->set("notes", notes);
    printJson(inv, o);
    return kExitOk;
  }
  inv.out << (en(inv) ? "Tax and charge estimate (" : "Dự tính thuế, lệ phí (") << q.kind << ", "
          << formatDateVi(q.date) << ")\n";
  for (const TaxLine& l : e->lines) {
    inv.out << "- " << pick(inv, l.vi, l.en) << ": " << money(l.amount);
    if (l.amount > 0) inv.out << (en(inv) ? " (on " : " (trên ") << money(l.base) << ")";
    inv.out << "\n    " << (en(inv) ? "Basis: " : "Căn cứ: ") << l.basis << '\n';
  }
  inv.out << (en(inv) ? "Total: " : "Tổng cộng: ") << money(e->total) << '\n';
  for (const TaxNote& n : e->notes) inv.out << (en(inv) ? "Note: " : "Lưu ý: ") << pick(inv, n.vi, n.en) << '\n';
  inv.out << (en(inv) ? "An estimate only: the tax office's notice is final.\n"
                      : "Chỉ là dự tính: số phải nộp theo thông báo của cơ quan thuế.\n");
  return kExitOk;
}

// ---------------------------------------------------------------- deadline

// "FROM..TO" pairs separated by commas; an empty TO means still paused.
Result<std::vector<Pause>> parsePauses(const std::string& typed) {
  std::vector<Pause> out;
  size_t start = 0;
  while (start <= typed.size()) {
    size_t comma = typed.find(',', start);
    std::string item = typed.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    size_t dots = item.find("..");
    auto from = dots == std::string::npos ? std::nullopt : parseDateTime(item.substr(0, dots));
    std::string toText = dots == std::string::npos ? "" : item.substr(dots + 2);
    auto to = toText.empty() ? std::nullopt : parseDateTime(toText);
    if (!from || (!toText.empty() && !to))
      return makeError("cli.pause", "Khoảng tạm dừng phải có dạng 'YYYY-MM-DD HH:MM..YYYY-MM-DD HH:MM'",
                       "A pause must look like 'YYYY-MM-DD HH:MM..YYYY-MM-DD HH:MM'", item);
    out.push_back({*from, to, ""});
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

int runDeadline(Invocation& inv) {
  static const Command self{{"deadline"}, "--procedure P --received 'YYYY-MM-DD HH:MM'", "", {}, nullptr};
  auto book = rulesOrError(inv);
  if (!book) return fail(inv, book.error());
  auto procName = inv.args.value("--procedure");
  auto receivedText = inv.args.value("--received");
  if (!procName || !receivedText) {
    std::string list;
    for (const ProcedureDeadline& p : book->deadlines.procedures().rows())
      if (list.find(p.procedure) == std::string::npos) list += (list.empty() ? "" : ", ") + p.procedure;
    return usageError(inv, self, "Thiếu --procedure hoặc --received (thủ tục: " + list + ")",
                      "Missing --procedure or --received (procedures: " + list + ")");
  }
  auto received = parseDateTime(*receivedText);
  if (!received)
    return fail(inv, makeError("cli.received", "Thời điểm nhận phải có dạng 'YYYY-MM-DD HH:MM'",
                               "The receipt time must be 'YYYY-MM-DD HH:MM'", *receivedText), kExitUsage);
  LocalMinutes now = nowLocal();
  if (auto typed = inv.args.value("--now")) {
    auto t = parseDateTime(*typed);
    if (!t) return fail(inv, makeError("cli.now", "--now phải có dạng 'YYYY-MM-DD HH:MM'", "--now must be 'YYYY-MM-DD HH:MM'", *typed), kExitUsage);
    now = *t;
  }
  std::vector<Pause> pauses;
  for (const std::string& typed : inv.args.values("--pause")) {
    auto parsed = parsePauses(typed);
    if (!parsed) return fail(inv, parsed.error(), kExitUsage);
    pauses.insert(pauses.end(), parsed->begin(), parsed->end());
  }
  const ProcedureDeadline* rule = book->deadlines.procedure(*procName, dayOf(*received));
  if (!rule)
    return fail(inv, makeError("deadline.unknown_procedure", "Không có thời hạn cho thủ tục này vào ngày nhận",
                               "No time limit for this procedure on the receipt date", *procName));
  auto d = computeDeadline(book->holidays, book->deadlines, *rule, *received, pauses);
  if (!d) return fail(inv, d.error());
  DeadlineStatus status = statusAt(book->holidays, book->deadlines, *rule, *d, now);

  if (inv.json) {
    auto o = jsonObject();
    o->set("procedure", rule->procedure);
    o->set("rule", rule->key);
    o->set("amount", rule->amount);
    o->set("unit", deadlineUnitCode(rule->unit));
    o->set("received", formatDateTime(d->received));
    o->set("after_cutoff", d->afterCutoff);
    o->set("anchor", formatDate(d->anchor));
    if (d->due) o->set("due", formatDateTime(*d->due));
    o->set("stopped", d->stopped);
    if (d->stopped) o->set("remaining_when_stopped", d->remainingWhenStopped);
    o->set("paused_units", d->pausedUnits);
    o->set("now", formatDateTime(now));
    o->set("flag", deadlineFlagCode(status.flag));
    o->set("remaining", status.remaining);
    o->set("source", sourceJson(rule->source));
    Poco::JSON::Array::Ptr notes = new Poco::JSON::Array;
    for (const ClockNote& n : d->notes) notes->add(pick(inv, n.vi, n.en));
    o->set("notes", notes);
    printJson(inv, o);
    return kExitOk;
  }
  inv.out << pick(inv, rule->nameVi, rule->nameEn) << ": " << rule->amount << ' ' << unitLabel(inv, rule->unit) << " — "
          << rule->source.citation() << '\n';
  inv.out << (en(inv) ? "Received: " : "Nhận: ") << formatDateTime(d->received);
  if (d->afterCutoff) inv.out << (en(inv) ? " (after the cut-off: counted from " : " (sau giờ quy định: tính từ ") << formatDate(d->anchor) << ")";
  else if (d->receivedOnDayOff) inv.out << (en(inv) ? " (day off: counted from " : " (ngày nghỉ: tính từ ") << formatDate(d->anchor) << ")";
  inv.out << '\n';
  if (d->stopped) {
    inv.out << (en(inv) ? "Clock stopped (waiting); still owed: " : "Đang tạm dừng; còn lại: ") << d->remainingWhenStopped << ' '
            << unitLabel(inv, rule->unit) << '\n';
  } else {
    inv.out << (en(inv) ? "Due: " : "Hạn: ") << formatDateTime(*d->due);
    if (d->pausedUnits > 0) inv.out << (en(inv) ? " (pauses added " : " (tạm dừng cộng thêm ") << d->pausedUnits << ")";
    inv.out << '\n' << (en(inv) ? "Status at " : "Tình trạng lúc ") << formatDateTime(now) << ": " << deadlineFlagCode(status.flag)
            << " (" << status.remaining << ")\n";
  }
  for (const ClockNote& n : d->notes) inv.out << (en(inv) ? "Note: " : "Lưu ý: ") << pick(inv, n.vi, n.en) << '\n';
  return kExitOk;
}

// ---------------------------------------------------------------- holidays

int runHolidays(Invocation& inv) {
  static const Command self{{"holidays"}, "--year Y", "", {}, nullptr};
  auto yearText = inv.args.value("--year");
  if (!yearText || yearText->size() != 4 || yearText->find_first_not_of("0123456789") != std::string::npos)
    return usageError(inv, self, "Cần --year dạng YYYY", "--year YYYY is required");
  auto book = rulesOrError(inv);
  if (!book) return fail(inv, book.error());
  int year = std::stoi(*yearText);
  auto days = book->holidays.year(year);
  if (inv.json) {
    auto o = jsonObject();
    o->set("year", year);
    o->set("covered", book->holidays.covers(year));
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const CalendarDay* d : days) {
      auto r = jsonObject();
      r->set("key", d->key);
      r->set("date", formatDate(d->date));
      r->set("kind", dayKindCode(d->kind));
      r->set("name", pick(inv, d->nameVi, d->nameEn));
      r->set("source", sourceJson(d->source));
      list->add(r);
    }
    o->set("days", list);
    printJson(inv, o);
    return kExitOk;
  }
  if (days.empty()) {
    inv.out << (en(inv) ? "No holiday rows for " : "Chưa có dữ liệu ngày nghỉ năm ") << year
            << (en(inv) ? ": only weekends are known.\n" : ": chỉ biết thứ Bảy, Chủ nhật.\n");
    return kExitOk;
  }
  static const char* kWeekdayVi[] = {"", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
  static const char* kWeekdayEn[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  for (const CalendarDay* d : days) {
    unsigned wd = isoWeekday(d->date);
    inv.out << formatDateVi(d->date) << ' ' << (en(inv) ? kWeekdayEn[wd] : kWeekdayVi[wd]) << "  "
            << pick(inv, d->nameVi, d->nameEn) << "  [" << dayKindCode(d->kind) << ", " << confidenceCode(d->source.confidence)
            << "]\n";
  }
  return kExitOk;
}

}  // namespace

std::vector<Command> ruleDataCommands();  // rule_data_commands.cpp: rules export|import

std::vector<Command> rulesCommands() {
  std::vector<Command> all{
      {{"fees"}, "", "authentication fee schedule, or the fee of one request",
       {{"--kind", true, "request kind: transfer, gift, amendment, correction, signature, copy, …"},
        {"--value", true, "declared value in đồng (for per-value rows)"},
        {"--area", true, "area in m² (for per-area rows)"},
        {"--pages", true, "pages of the original (copies), default 1"},
        {"--copies", true, "number of copies, default 1"},
        {"--date", true, "YYYY-MM-DD, default today"},
        {"--case", true, "CODE: the fees recorded for a case (with --receipt-no: record one, kind default = the contract)"},
        {"--receipt-no", true, "with --case: the fee receipt number to record"},
        {"--actor", true, "with --case: who records it (default cli)"}},
       runFees},
      {{"tax", "estimate"}, "", "PIT and registration fee estimate, each line with its legal basis",
       {{"--kind", true, "transfer | gift | inheritance"},
        {"--case", true, "CODE: estimate a stored case, its table value from the desk's land-price table"},
        {"--commune", true, "with --case: commune in the land-price table (default: setting office.commune)"},
        {"--street", true, "with --case: street of the land-price table row"},
        {"--zone", true, "with --case: zone (khu vực) of the land-price table row"},
        {"--position", true, "with --case: position (vị trí) 1, 2, 3 …, default 1"},
        {"--price", true, "contract price or declared value, đồng"},
        {"--table-value", true, "land-price-table value of the asset, đồng"},
        {"--area", true, "area in m² (sanity check)"},
        {"--relationship", true, "spouse, parent_child, adoptive_parent_child, parent_in_law_child_in_law, "
                                 "grandparent_grandchild, full_siblings, half_siblings, other_relative, unrelated"},
        {"--only-home", false, "the transferor declares the only-home case"},
        {"--reduction", true, "a reduction the citizen qualifies for, e.g. tt117_vneid"},
        {"--date", true, "declaration date YYYY-MM-DD, default today"}},
       runTaxEstimate},
      {{"deadline"}, "", "due date of a procedure from its receipt (working days, 15:00 rule, pauses)",
       {{"--procedure", true, "authentication_transaction, change_registration, parcel_split, …"},
        {"--received", true, "'YYYY-MM-DD HH:MM' of the valid receipt"},
        {"--pause", true, "'FROM..TO' waiting stretch (repeatable, or comma-separated); empty TO = still waiting"},
        {"--now", true, "'YYYY-MM-DD HH:MM' for the due-soon/overdue flag, default now"}},
       runDeadline},
      {{"holidays"}, "", "days off and make-up working days of a year, with their source",
       {{"--year", true, "YYYY"}},
       runHolidays},
  };
  for (Command& c : ruleDataCommands()) all.push_back(std::move(c));
  return all;
}

}  // namespace landdesk::cli
