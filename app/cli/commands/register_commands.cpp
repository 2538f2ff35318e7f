// landdesk-cli register list | verify | amend | cancel | correct | new-book | close, and fees --case CODE.
#include <ostream>

#include "access/permissions.h"
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "commands/register_cli.h"
#include "register/authentication.h"
#include "rules/desk_rules.h"
#include "rules/rule_book.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"

namespace landdesk::cli {

namespace {

using namespace landdesk::registry;
using namespace std::chrono;
using reg::english;
using reg::pick;

struct Opened {
  std::unique_ptr<storage::Database> db;
  model::OfficeProfile office;
};

std::optional<Opened> openRegister(Invocation& inv) {
  auto db = openDatabase(inv, false);
  if (!db) return std::nullopt;
  auto settings = db->settings().all();
  if (!settings) {
    fail(inv, settings.error());
    return std::nullopt;
  }
  return Opened{std::move(db), model::officeProfileFrom(*settings)};
}

Result<int> yearOption(const Invocation& inv, bool required) {
  auto y = reg::numberOption(inv, "--year", 1990, 2200);
  if (!y) return y.error();
  if (*y) return static_cast<int>(**y);
  if (required) return makeError("cli.missing_year", "Thiếu --year", "--year is required");
  return static_cast<int>(year_month_day(floor<days>(localNow())).year());
}

void printEntry(Invocation& inv, const RegisterEntry& e) {
  inv.out << e.numberText << " | " << reg::dmy(e.date) << " | ";
  if (e.kind != EntryKind::Original) inv.out << entryKindLabel(e.kind) << " số " << e.refersToText << " | ";
  inv.out << e.documentTitle << " | " << e.parties << " | " << e.signer << " | " << reg::money(e.fee);
  if (!e.caseCode.empty()) inv.out << " | " << e.caseCode;
  if (!e.note.empty()) inv.out << " | " << e.note;
  inv.out << '\n';
}

int runList(Invocation& inv) {
  auto opened = openRegister(inv);
  if (!opened) return kExitFailure;
  auto year = yearOption(inv, false);
  if (!year) return fail(inv, year.error(), kExitUsage);
  auto month = reg::numberOption(inv, "--month", 1, 12);
  if (!month) return fail(inv, month.error(), kExitUsage);
  AuthenticationRegister book(*opened->db, opened->office);
  auto entries = book.list(*year, *month ? std::optional<unsigned>(static_cast<unsigned>(**month)) : std::nullopt);
  if (!entries) return fail(inv, entries.error());
  for (RegisterEntry& e : *entries) e.parties = access::idNumbersIn(opened->db->actor(), e.parties);
  auto books = book.books(*year);
  if (!books) return fail(inv, books.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("year", *year);
    if (*month) o->set("month", **month);
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    int64_t total = 0;
    for (const RegisterEntry& e : *entries) {
      list->add(reg::entryJson(e));
      total += e.fee;
    }
    o->set("entries", list);
    o->set("total_fee", total);
    Poco::JSON::Array::Ptr bookList = new Poco::JSON::Array;
    for (const RegisterBook& b : *books) {
      auto bo = jsonObject();
      bo->set("number", b.number);
      bo->set("opened_at", isoDateTime(b.openedAt));
      if (b.closedAt) bo->set("closed_at", isoDateTime(*b.closedAt));
      if (b.closingTotal) bo->set("closing_total", *b.closingTotal);
      bookList->add(bo);
    }
    o->set("books", bookList);
    printJson(inv, o);
    return kExitOk;
  }
  for (const RegisterEntry& e : *entries) printEntry(inv, e);
  inv.out << entries->size() << (english(inv) ? " entries" : " dòng") << '\n';
  for (const RegisterBook& b : *books)
    if (b.closedAt)
      inv.out << (english(inv) ? "Closed " : "Đã khóa sổ ") << isoDateTime(*b.closedAt) << " (" << b.closedBy << "), "
              << (english(inv) ? "total " : "tổng số ") << b.closingTotal.value_or(0) << '\n';
  return kExitOk;
}

int runVerify(Invocation& inv) {
  auto opened = openRegister(inv);
  if (!opened) return kExitFailure;
  auto report = AuthenticationRegister(*opened->db, opened->office).verify();
  if (!report) return fail(inv, report.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("intact", report->intact);
    o->set("entries_checked", report->entriesChecked);
    o->set("books_checked", report->booksChecked);
    if (!report->intact) {
      o->set("problem", pick(inv, report->problemVi, report->problemEn));
      if (report->firstBad) o->set("first_altered", reg::entryJson(*report->firstBad));
    }
    printJson(inv, o);
  } else if (report->intact) {
    inv.out << (english(inv) ? "intact: " : "intact — nguyên vẹn: ") << report->entriesChecked
            << (english(inv) ? " entries, " : " dòng, ") << report->booksChecked << (english(inv) ? " books\n" : " quyển\n");
  } else {
    inv.err << (english(inv) ? "ALTERED: " : "BỊ SỬA: ");
    if (report->firstBad)
      inv.err << (english(inv) ? "entry " : "dòng số ") << report->firstBad->number << "/" << report->firstBad->year << " — ";
    inv.err << pick(inv, report->problemVi, report->problemEn) << '\n';
  }
  return report->intact ? kExitOk : kExitFailure;
}

int runAct(Invocation& inv, EntryKind kind) {
  const std::string& numberText = inv.args.positional().front();
  if (numberText.empty() || numberText.size() > 9 || numberText.find_first_not_of("0123456789") != std::string::npos)
    return fail(inv, makeError("cli.bad_number", "Số chứng thực phải là số nguyên", "The register number must be a whole number", numberText), kExitUsage);
  auto year = yearOption(inv, true);
  if (!year) return fail(inv, year.error(), kExitUsage);
  auto receipt = inv.args.value("--receipt-no");
  if (!receipt) return fail(inv, makeError("cli.missing_receipt", "Thiếu --receipt-no (số biên lai thu phí)", "--receipt-no is required"), kExitUsage);
  auto at = reg::atOption(inv);
  if (!at) return fail(inv, at.error(), kExitUsage);
  auto date = reg::dateOption(inv, "--date");
  if (!date) return fail(inv, date.error(), kExitUsage);
  auto opened = openRegister(inv);
  if (!opened) return kExitFailure;
  auto rules = rules::loadDeskRuleBook(*opened->db);
  if (!rules) return fail(inv, rules.error());
  NewEntry change;
  change.at = *at;
  if (*date) change.date = **date;
  change.note = inv.args.valueOr("--note", "");
  auto done = recordAct(*opened->db, *rules, kind, *year, std::stoll(numberText), change, *receipt, reg::actor(inv));
  if (!done) return fail(inv, done.error());
  if (inv.json) {
    auto o = reg::entryJson(done->entry);
    Poco::JSON::Array::Ptr fees = new Poco::JSON::Array;
    for (const FeeRecord& f : done->fees) fees->add(reg::feeJson(f));
    o->set("fees", fees);
    printJson(inv, o);
  } else {
    printEntry(inv, done->entry);
  }
  return kExitOk;
}
int runAmend(Invocation& inv) { return runAct(inv, EntryKind::Amendment); }
int runCancel(Invocation& inv) { return runAct(inv, EntryKind::Cancellation); }
int runCorrect(Invocation& inv) { return runAct(inv, EntryKind::Correction); }

int runNewBook(Invocation& inv) {
  auto year = yearOption(inv, true);
  if (!year) return fail(inv, year.error(), kExitUsage);
  auto at = reg::atOption(inv);
  if (!at) return fail(inv, at.error(), kExitUsage);
  auto opened = openRegister(inv);
  if (!opened) return kExitFailure;
  auto book = AuthenticationRegister(*opened->db, opened->office).openBook(*year, reg::actor(inv), *at);
  if (!book) return fail(inv, book.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("year", book->year);
    o->set("book", book->number);
    printJson(inv, o);
  } else {
    inv.out << (english(inv) ? "Opened book " : "Đã mở quyển số ") << book->number << "/" << book->year << '\n';
  }
  return kExitOk;
}

int runClose(Invocation& inv) {
  auto year = yearOption(inv, true);
  if (!year) return fail(inv, year.error(), kExitUsage);
  auto at = reg::atOption(inv);
  if (!at) return fail(inv, at.error(), kExitUsage);
  auto opened = openRegister(inv);
  if (!opened) return kExitFailure;
  auto closed = AuthenticationRegister(*opened->db, opened->office).closeYear(*year, reg::actor(inv), *at);
  if (!closed) return fail(inv, closed.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("year", closed->year);
    o->set("closed_at", isoDateTime(*closed->closedAt));
    o->set("closed_by", closed->closedBy);
    o->set("total", closed->closingTotal.value_or(0));
    printJson(inv, o);
  } else {
    inv.out << (english(inv) ? "Closed the register of " : "Đã khóa sổ chứng thực năm ") << closed->year
            << (english(inv) ? ": total " : ": tổng số ") << closed->closingTotal.value_or(0)
            << (english(inv) ? " entries\n" : " việc\n");
  }
  return kExitOk;
}

}  // namespace

int runCaseFees(Invocation& inv) {
  const std::string code = inv.args.valueOr("--case", inv.args.positional().empty() ? "" : inv.args.positional().front());
  auto opened = openRegister(inv);
  if (!opened) return kExitFailure;
  auto c = opened->db->cases().byCode(code);
  if (!c) return fail(inv, c.error());
  auto rules = rules::loadDeskRuleBook(*opened->db);
  if (!rules) return fail(inv, rules.error());
  CaseFees fees(*opened->db, rules->fees);
  if (auto receipt = inv.args.value("--receipt-no")) {
    auto pages = reg::numberOption(inv, "--pages", 1, 100000);
    if (!pages) return fail(inv, pages.error(), kExitUsage);
    auto copies = reg::numberOption(inv, "--copies", 1, 10000);
    if (!copies) return fail(inv, copies.error(), kExitUsage);
    auto date = reg::dateOption(inv, "--date");
    if (!date) return fail(inv, date.error(), kExitUsage);
    FeeItem item{inv.args.valueOr("--kind", contractFeeKind(c->kind)), pages->value_or(1), copies->value_or(1)};
    const year_month_day paid = date->value_or(year_month_day(floor<days>(localNow())));
    auto stored = fees.record(c->id, {item}, *receipt, paid, reg::actor(inv));
    if (!stored) return fail(inv, stored.error());
  }
  auto list = fees.list(c->id);
  if (!list) return fail(inv, list.error());
  int64_t total = 0;
  for (const FeeRecord& f : *list) total += f.amount;
  if (inv.json) {
    auto o = jsonObject();
    o->set("case", c->code);
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const FeeRecord& f : *list) arr->add(reg::feeJson(f));
    o->set("fees", arr);
    o->set("total", total);
    printJson(inv, o);
    return kExitOk;
  }
  inv.out << (english(inv) ? "Fees of " : "Lệ phí hồ sơ ") << c->code << '\n';
  for (const FeeRecord& f : *list)
    inv.out << "- " << f.description << ": " << reg::money(f.amount) << (english(inv) ? " — receipt " : " — biên lai ") << f.receiptNo
            << ", " << reg::dmy(f.paidOn) << (english(inv) ? " — basis: " : " — căn cứ: ") << f.legalBasis << '\n';
  inv.out << (english(inv) ? "Total: " : "Tổng cộng: ") << reg::money(total) << '\n';
  return kExitOk;
}

std::vector<Command> registerCommands() {
  const OptionSpec actorOption{"--actor", true, "who is recorded (default cli)"};
  const std::vector<OptionSpec> actOptions{{"--year", true, "year of the original entry (required)"},
                                           {"--receipt-no", true, "fee receipt number (required)"},
                                           {"--date", true, "date of the act (default: the day of --at)"},
                                           {"--at", true, "when it is written (default now)"},
                                           {"--note", true, "what changed"},
                                           actorOption};
  std::vector<Command> out{
      {{"register", "list"}, "", "the authentication register of a year or a month (monthly print-out)",
       {{"--year", true, "YYYY (default: this year)"}, {"--month", true, "1-12"}}, runList},
      {{"register", "verify"}, "", "checks the hash chain and closings: exit 0 \"intact\", else names the first altered entry",
       {}, runVerify},
      {{"register", "amend"}, "NUMBER", "records an amendment of register number NUMBER (its own number and fee)", actOptions, runAmend, 1},
      {{"register", "cancel"}, "NUMBER", "records the cancellation of register number NUMBER", actOptions, runCancel, 1},
      {{"register", "correct"}, "NUMBER", "records the correction of an error in register number NUMBER", actOptions, runCorrect, 1},
      {{"register", "new-book"}, "", "opens a further book in a year (numbering continues)",
       {{"--year", true, "YYYY (required)"}, {"--at", true, "when"}, actorOption}, runNewBook},
      {{"register", "close"}, "", "year-end closing: states the total and refuses later entries",
       {{"--year", true, "YYYY (required)"}, {"--at", true, "when (from 31/12 of that year; default now)"}, actorOption}, runClose},
  };
  for (auto group : {blockCommands, caseCheckCommands}) {
    auto more = group();
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

}  // namespace landdesk::cli
