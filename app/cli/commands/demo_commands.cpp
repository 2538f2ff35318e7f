// landdesk-cli demo seed: fill the desk database with realistic synthetic cases to try the app on.
#include <charconv>

#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "demo/demo_office.h"
#include "demo/synthetic_cases.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"

namespace landdesk::cli {

namespace {

int seed(Invocation& inv) {
  const std::string text = inv.args.valueOr("--cases", "24");
  size_t count = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
  if (ec != std::errc() || end != text.data() + text.size() || count == 0 || count > 10'000'000)
    return fail(inv, makeError("cli.bad_count", "Số hồ sơ phải là số nguyên từ 1 đến 10.000.000",
                               "The number of cases must be an integer from 1 to 10,000,000", text),
                kExitUsage);
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  // A demo database gets a demo office too, so every document renders complete; an office already set is kept.
  auto stored = db->settings().all();
  if (!stored) return fail(inv, stored.error());
  if (stored->empty())
    if (auto ok = db->settings().setAll(model::settingsOf(demo::demoOfficeProfile()), "demo"); !ok) return fail(inv, ok.error());
  constexpr size_t kBatch = 5000;  // one transaction per batch keeps memory flat for large seeds
  for (size_t done = 0; done < count; done += kBatch) {
    auto cases = demo::syntheticCases(std::min(kBatch, count - done), 20261123 + done, localNow());
    if (auto ok = db->cases().addAll(cases, "demo"); !ok) return fail(inv, ok.error());
  }
  auto total = db->cases().count();
  if (!total) return fail(inv, total.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("added", count);
    o->set("total", *total);
    o->set("path", db->path().string());
    printJson(inv, o);
  } else {
    inv.out << (inv.language == Language::English ? "Added " : "Đã thêm ") << count
            << (inv.language == Language::English ? " demo cases; total " : " hồ sơ mẫu; tổng số ") << *total << ": "
            << db->path().string() << '\n';
  }
  return kExitOk;
}

}  // namespace

std::vector<Command> demoCommands() {
  return {{{"demo", "seed"}, "", "add synthetic demo cases", {{"--cases", true, "how many (default 24)"}}, seed}};
}

}  // namespace landdesk::cli
