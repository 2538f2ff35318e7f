// landdesk-cli audit list | verify: who viewed, printed, exported, edited or deleted what, and whether the log is intact.
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "storage/audit_repository.h"

namespace landdesk::cli {

namespace {

int list(Invocation& inv) {
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  storage::AuditFilter filter;
  filter.caseCode = inv.args.valueOr("--case", "");
  filter.actor = inv.args.valueOr("--by", "");  // --login names whoever runs the command
  filter.personId = inv.args.valueOr("--person", "");
  if (auto limit = inv.args.value("--limit")) {
    try {
      filter.limit = std::stoul(*limit);
    } catch (const std::exception&) {
      return fail(inv, makeError("cli.bad_limit", "--limit phải là số", "--limit must be a number", *limit), kExitUsage);
    }
  }
  auto entries = db->audit().list(filter);
  if (!entries) return fail(inv, entries.error());
  if (inv.json) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& e : *entries) {
      auto o = jsonObject();
      o->set("id", e.id);
      o->set("at", e.at);
      o->set("actor", e.actor);
      o->set("action", e.action);
      o->set("object", e.objectKind + ":" + e.objectRef);
      o->set("case", e.caseCode);
      o->set("detail", e.detail);
      out->add(o);
    }
    printJson(inv, out);
    return kExitOk;
  }
  for (const auto& e : *entries)
    inv.out << e.id << '\t' << e.at << '\t' << e.actor << '\t' << e.action << '\t' << e.objectKind << ':'
            << e.objectRef << (e.caseCode.empty() ? "" : "\t" + e.caseCode) << (e.detail.empty() ? "" : "\t" + e.detail)
            << '\n';
  return kExitOk;
}

int verify(Invocation& inv) {
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto result = db->audit().verify();
  if (!result) return fail(inv, result.error());
  if (result->removedAtEnd > 0) {
    const std::string n = std::to_string(result->removedAtEnd);
    return fail(inv, makeError("audit.truncated", n + " mục mới nhất của nhật ký kiểm tra đã bị xóa",
                               "the last " + n + " entries were removed from the audit log", result->reason));
  }
  if (result->brokenAt) {
    const std::string id = std::to_string(*result->brokenAt);
    return fail(inv, makeError("audit.broken", "Nhật ký kiểm tra bị sửa hoặc xóa tại mục " + id,
                               "The audit log was edited or cut at entry " + id, result->reason));
  }
  if (inv.json) {
    auto o = jsonObject();
    o->set("ok", true);
    o->set("entries", result->entries);
    printJson(inv, o);
  } else {
    inv.out << (inv.language == Language::English ? "audit log intact: " : "nhật ký nguyên vẹn: ") << result->entries
            << (inv.language == Language::English ? " entries" : " mục") << '\n';
  }
  return kExitOk;
}

}  // namespace

std::vector<Command> auditCommands() {
  return {
      {{"audit", "list"},
       "",
       "list audit entries (needs the read-audit right)",
       {{"--case", true, "only entries about this case code"},
        {"--by", true, "only entries by this login"},
        {"--person", true, "only entries about this ID number"},
        {"--limit", true, "the newest N entries"}},
       list},
      {{"audit", "verify"}, "", "check the hash chain and its head: any edited or removed entry is named, the newest included", {}, verify},
  };
}

}  // namespace landdesk::cli
