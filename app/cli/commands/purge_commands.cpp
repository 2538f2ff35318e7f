// landdesk-cli purge --dry-run | --apply [--today D]: what outlived its retention period (rules retention.json),
// listed with its reason and rule row, or removed in one transaction with an audit entry per item.
#include <chrono>

#include "cli_database.h"
#include "util/datetime.h"
#include "cli_output.h"
#include "command_table.h"
#include "retention/purge.h"

namespace landdesk::cli {

namespace {

int purge(Invocation& inv) {
  const bool dryRun = inv.args.has("--dry-run"), apply = inv.args.has("--apply");
  if (dryRun == apply)
    return fail(inv, makeError("cli.purge_mode", "Cần đúng một trong --dry-run (chỉ liệt kê) và --apply (xóa)",
                               "Give exactly one of --dry-run (list only) and --apply (remove)"),
                kExitUsage);
  rules::Date today = std::chrono::floor<std::chrono::days>(localNow());
  if (auto text = inv.args.value("--today")) {
    auto parsed = rules::parseDate(*text);
    if (!parsed)
      return fail(inv, makeError("cli.bad_date", "--today phải có dạng YYYY-MM-DD", "--today must be YYYY-MM-DD", *text),
                  kExitUsage);
    today = *parsed;
  }
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto plan = apply ? retention::applyPurge(*db, inv.dataDirectory(), today)
                    : retention::planPurge(*db, inv.dataDirectory(), today);
  if (!plan) return fail(inv, plan.error());
  const bool en = inv.language == Language::English;
  if (inv.json) {
    auto root = jsonObject();
    root->set("applied", apply);
    root->set("today", plan->today);
    root->set("items", plan->items.size());
    root->set("rows", plan->rows);
    root->set("files", plan->files);
    root->set("bytes", plan->bytes);
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array, warnings = new Poco::JSON::Array;
    for (const auto& i : plan->items) {
      auto o = jsonObject();
      o->set("object", i.object);
      o->set("ref", i.ref);
      o->set("case", i.caseCode);
      o->set("rule", i.ruleKey);
      o->set("expired_on", i.expiredOn);
      o->set("reason", en ? i.reasonEn : i.reasonVi);
      o->set("rows", i.documentIds.size() + i.inboxIds.size());
      Poco::JSON::Array::Ptr files = new Poco::JSON::Array;
      for (const auto& f : i.files) files->add(f.string());
      o->set("files", files);
      o->set("bytes", i.bytes);
      items->add(o);
    }
    for (const auto& w : plan->warnings) warnings->add(w);
    root->set("list", items);
    root->set("warnings", warnings);
    printJson(inv, root);
    return kExitOk;
  }
  inv.out << (apply ? (en ? "removed" : "đã xóa") : (en ? "would remove" : "sẽ xóa")) << ' ' << plan->items.size()
          << (en ? " items, " : " mục, ") << plan->rows << (en ? " rows, " : " dòng, ") << plan->files
          << (en ? " files, " : " tệp, ") << plan->bytes << (en ? " bytes" : " byte") << " (" << plan->today << ")\n";
  for (const auto& i : plan->items)
    inv.out << i.object << '\t' << i.ref << '\t' << i.ruleKey << '\t' << i.expiredOn << '\t' << i.files.size()
            << (en ? " files\t" : " tệp\t") << i.bytes << (en ? " bytes\t" : " byte\t") << (en ? i.reasonEn : i.reasonVi)
            << '\n';
  for (const auto& w : plan->warnings) inv.err << (en ? "warning: " : "cảnh báo: ") << w << '\n';
  return kExitOk;
}

}  // namespace

std::vector<Command> purgeCommands() {
  return {
      {{"purge"},
       "",
       "list (--dry-run) or remove (--apply) what outlived its retention period; needs the purge right",
       {{"--dry-run", false, "list each item, its reason and rule row, with counts and bytes; change nothing"},
        {"--apply", false, "remove the listed rows in one transaction (one audit entry each), then their files"},
        {"--today", true, "the day to judge periods on, YYYY-MM-DD (default: today)"}},
       purge},
  };
}

}  // namespace landdesk::cli
