// landdesk-cli case check CODE | case authenticate CODE --receipt-no R: the checklist and the authentication step.
#include <ostream>

#include "rules/desk_rules.h"
#include "cli_database.h"
#include "cli_output.h"
#include "commands/register_cli.h"
#include "register/authentication.h"
#include "rules/rule_book.h"

namespace landdesk::cli {

namespace {

using namespace landdesk::registry;
using namespace std::chrono;
using reg::english;
using reg::pick;

const char* mark(FindingLevel l) { return l == FindingLevel::Blocking ? "✗" : l == FindingLevel::Warning ? "!" : "✓"; }

void printFindings(Invocation& inv, const CheckReport& report) {
  for (const Finding& f : report.findings) {
    inv.out << mark(f.level) << ' ' << pick(inv, f.vi, f.en);
    if (!f.basis.empty()) inv.out << "  [" << f.basis << "]";
    inv.out << '\n';
  }
}

Poco::JSON::Array::Ptr findingsJson(const CheckReport& report) {
  Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
  for (const Finding& f : report.findings) arr->add(reg::findingJson(f));
  return arr;
}

int runCheck(Invocation& inv) {
  auto at = reg::atOption(inv);
  if (!at) return fail(inv, at.error(), kExitUsage);
  auto signer = reg::signerOption(inv);
  if (!signer) return fail(inv, signer.error(), kExitUsage);
  auto papers = loadPaperRules();
  if (!papers) return fail(inv, papers.error());
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  CheckOptions options;
  options.on = year_month_day(floor<days>(*at == LocalDateTime{} ? localNow() : *at));
  options.signer = *signer;
  options.separateProperty = inv.args.has("--separate-property");
  auto report = checkCase(*db, *papers, inv.args.positional().front(), options);
  if (!report) return fail(inv, report.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("case", inv.args.positional().front());
    o->set("date", isoDate(options.on));
    o->set("can_authenticate", !report->blocked());
    o->set("findings", findingsJson(*report));
    printJson(inv, o);
  } else {
    printFindings(inv, *report);
    inv.out << (report->blocked() ? (english(inv) ? "Cannot authenticate yet.\n" : "Chưa chứng thực được.\n")
                                  : (english(inv) ? "Ready to authenticate.\n" : "Đủ điều kiện chứng thực.\n"));
  }
  return kExitOk;
}

int runAuthenticate(Invocation& inv) {
  AuthenticateRequest request;
  request.caseCode = inv.args.positional().front();
  auto receipt = inv.args.value("--receipt-no");
  if (!receipt) return fail(inv, makeError("cli.missing_receipt", "Thiếu --receipt-no (số biên lai thu phí)", "--receipt-no is required"), kExitUsage);
  request.receiptNo = *receipt;
  auto at = reg::atOption(inv);
  if (!at) return fail(inv, at.error(), kExitUsage);
  request.at = *at;
  auto signer = reg::signerOption(inv);
  if (!signer) return fail(inv, signer.error(), kExitUsage);
  request.signer = *signer;
  request.separateProperty = inv.args.has("--separate-property");
  auto copies = reg::numberOption(inv, "--copies", 1, 10000);
  if (!copies) return fail(inv, copies.error(), kExitUsage);
  auto pages = reg::numberOption(inv, "--pages", 1, 100000);
  if (!pages) return fail(inv, pages.error(), kExitUsage);
  if (*copies) request.extraFees.push_back({"certified_copy", pages->value_or(1), **copies});
  request.actor = reg::actor(inv);
  auto papers = loadPaperRules();
  if (!papers) return fail(inv, papers.error());
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto rules = rules::loadDeskRuleBook(*db);
  if (!rules) return fail(inv, rules.error());
  auto done = authenticate(*db, *rules, *papers, request);
  if (!done) return fail(inv, done.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("case", done->caseFile.code);
    o->set("entry", reg::entryJson(done->entry));
    Poco::JSON::Array::Ptr fees = new Poco::JSON::Array;
    for (const FeeRecord& f : done->fees) fees->add(reg::feeJson(f));
    o->set("fees", fees);
    o->set("findings", findingsJson(done->checks));
    printJson(inv, o);
    return kExitOk;
  }
  for (const Finding& f : done->checks.findings)
    if (f.level == FindingLevel::Warning) inv.out << "! " << pick(inv, f.vi, f.en) << '\n';
  inv.out << (english(inv) ? "Authenticated " : "Đã chứng thực ") << done->caseFile.code << ": " << done->entry.numberText << '\n';
  for (const FeeRecord& f : done->fees)
    inv.out << "- " << f.description << ": " << reg::money(f.amount) << (english(inv) ? " (receipt " : " (biên lai ") << f.receiptNo
            << ")\n";
  return kExitOk;
}

}  // namespace

std::vector<Command> caseCheckCommands() {
  auto authOptions = reg::checkOptions();
  authOptions.push_back({"--receipt-no", true, "fee receipt number (required)"});
  authOptions.push_back({"--copies", true, "certified copies charged on the same receipt"});
  authOptions.push_back({"--pages", true, "pages of the original, for the copies"});
  authOptions.push_back({"--actor", true, "who authenticates (default cli)"});
  return {
      {{"case", "check"}, "CODE", "the checks before authentication, each with its legal basis", reg::checkOptions(), runCheck, 1},
      {{"case", "authenticate"}, "CODE",
       "checks, then register entry + fee with receipt + transition to authenticated, in one transaction", authOptions,
       runAuthenticate, 1},
  };
}

}  // namespace landdesk::cli
