// landdesk-cli rules export|import: the desk's copy of the dated rule tables, edited by an administrator.
#include <fstream>
#include <ostream>
#include <sstream>

#include "../cli_database.h"
#include "../cli_output.h"
#include "../command_table.h"
#include "rules/desk_rules.h"

namespace landdesk::cli {

namespace {

// "-o FILE" or "--output FILE" after NAME.
std::optional<std::filesystem::path> outputOf(const Invocation& inv) {
  if (auto o = inv.args.value("--output")) return std::filesystem::path(*o);
  const auto& words = inv.args.positional();
  for (size_t i = 1; i + 1 < words.size(); ++i)
    if (words[i] == "-o") return std::filesystem::path(words[i + 1]);
  return std::nullopt;
}

int runExport(Invocation& inv) {
  const std::string name = inv.args.positional()[0];
  auto out = outputOf(inv);
  if (!out)
    return fail(inv, makeError("cli.missing_output", "Thiếu -o FILE (tệp ghi ra)", "Missing -o FILE (the file to write)"),
                kExitUsage);
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  auto json = rules::deskRuleDataJson(*db, name);
  if (!json) return fail(inv, json.error());
  std::ofstream file(*out, std::ios::binary);
  file << *json;
  file.close();
  if (!file)
    return fail(inv, makeError("cli.write_failed", "Không ghi được tệp", "Could not write the file", out->string()));
  if (inv.json) {
    auto o = jsonObject();
    o->set("table", name);
    o->set("file", out->string());
    o->set("bytes", static_cast<int64_t>(json->size()));
    printJson(inv, o);
  } else {
    inv.out << (inv.language == Language::English ? "Exported " : "Đã xuất ") << name << " → " << out->string() << '\n';
  }
  return kExitOk;
}

int runImport(Invocation& inv) {
  const auto& words = inv.args.positional();
  if (words.size() < 2)
    return fail(inv, makeError("cli.missing_file", "Thiếu tệp cần nhập: rules import NAME FILE",
                               "Missing the file to import: rules import NAME FILE"), kExitUsage);
  std::ifstream file(words[1], std::ios::binary);
  if (!file)
    return fail(inv, makeError("cli.read_failed", "Không đọc được tệp", "Could not read the file", words[1]));
  std::ostringstream text;
  text << file.rdbuf();
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  const std::string actor = inv.args.valueOr("--actor", "cli");
  if (auto s = rules::saveDeskRuleData(*db, words[0], text.str(), actor); !s) return fail(inv, s.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("table", words[0]);
    o->set("file", words[1]);
    o->set("actor", actor);
    printJson(inv, o);
  } else {
    inv.out << (inv.language == Language::English ? "Saved the desk's copy of " : "Đã lưu bản của bộ phận: ") << words[0]
            << " (" << actor << ")\n";
  }
  return kExitOk;
}

}  // namespace

std::vector<Command> ruleDataCommands() {
  return {
      {{"rules", "export"}, "NAME -o FILE",
       "write the rule table in force (desk copy, else shipped): holidays, deadlines, fees, taxes, land_prices",
       {{"--output", true, "the output file (same as -o FILE)"}}, runExport, 1},
      {{"rules", "import"}, "NAME FILE",
       "validate a whole rule table and save it as the desk's copy (holidays/deadlines: open cases' deadlines recomputed)",
       {{"--actor", true, "who saves it (default cli)"}}, runImport, 2},
  };
}

}  // namespace landdesk::cli
