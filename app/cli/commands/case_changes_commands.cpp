// landdesk-cli case changes: what changed in a case since the draft sent to the citizen (documents/draft_changes).
#include <Poco/JSON/Array.h>

#include "cli_output.h"
#include "command_table.h"
#include "commands/workflow_cli.h"
#include "documents/draft_changes.h"

namespace landdesk::cli {

namespace {

int changes(Invocation& inv) {
  const std::string code = inv.args.positional()[0];
  auto c = wf::openCase(inv, code);
  if (!c) return kExitFailure;
  auto found = documents::changesSinceDraft(*c->db, inv.dataDirectory(), c->id);
  if (!found) return fail(inv, found.error());
  const bool en = inv.language == Language::English;
  if (inv.json) {
    auto root = jsonObject();
    root->set("case", code);
    root->set("draft_kept", found->has_value());
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    if (*found) {
      root->set("docx_sha256", (*found)->version.docxSha256);
      root->set("case_data_sha256", (*found)->version.caseDataSha256);
      for (const auto& ch : (*found)->changes) {
        auto o = jsonObject();
        o->set("path", ch.path);
        o->set("label", documents::fieldLabel(ch.path, inv.language));
        if (ch.before) o->set("before", *ch.before);
        if (ch.after) o->set("after", *ch.after);
        arr->add(o);
      }
    }
    root->set("changes", arr);
    printJson(inv, root);
    return kExitOk;
  }
  if (!*found) {
    inv.out << (en ? "No draft was sent for this case (case advance CODE draft_sent keeps one)\n"
                   : "Hồ sơ chưa gửi dự thảo (case advance CODE draft_sent lưu bản gửi dân)\n");
    return kExitOk;
  }
  if ((*found)->changes.empty()) inv.out << (en ? "No changes\n" : "Không có thay đổi\n");
  // One line a field: label (path): sent → now; "—" where the field did not exist on that side.
  for (const auto& ch : (*found)->changes)
    inv.out << documents::fieldLabel(ch.path, inv.language) << " (" << ch.path << "): " << documents::shownValue(ch.before)
            << " → " << documents::shownValue(ch.after) << '\n';
  return kExitOk;
}

}  // namespace

std::vector<Command> caseChangesCommands() {
  return {
      {{"case", "changes"}, "CODE", "what changed in the case since the draft sent to the citizen (one line a field)",
       {}, changes, 1},
  };
}

}  // namespace landdesk::cli
