// landdesk-cli settings list | get KEY | set KEY VALUE: the office profile, signer and formats an administrator edits.
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "model/office_profile.h"
#include "storage/settings_repository.h"

namespace landdesk::cli {

namespace {

const model::OfficeSetting* findSetting(std::string_view key) {
  for (const auto& s : model::officeSettings())
    if (key == s.key) return &s;
  return nullptr;
}

Error unknownKey(std::string_view key) {
  return makeError("settings.unknown_key", "Không có thiết lập tên này (xem: landdesk-cli settings list)",
                   "No setting has this name (see: landdesk-cli settings list)", std::string(key));
}

int list(Invocation& inv) {
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  auto stored = db->settings().all();
  if (!stored) return fail(inv, stored.error());
  const auto profile = model::officeProfileFrom(*stored);
  if (inv.json) {
    auto o = jsonObject();
    for (const auto& s : model::officeSettings()) o->set(s.key, profile.*s.member);
    printJson(inv, o);
    return kExitOk;
  }
  for (const auto& s : model::officeSettings())
    inv.out << s.key << " = " << profile.*s.member << "    # " << (inv.language == Language::English ? s.en : s.vi)
            << '\n';
  return kExitOk;
}

int get(Invocation& inv) {
  const std::string& key = inv.args.positional()[0];
  const auto* setting = findSetting(key);
  if (!setting) return fail(inv, unknownKey(key), kExitUsage);
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  auto stored = db->settings().all();
  if (!stored) return fail(inv, stored.error());
  const std::string value = model::officeProfileFrom(*stored).*setting->member;
  if (inv.json) {
    auto o = jsonObject();
    o->set(setting->key, value);
    printJson(inv, o);
  } else {
    inv.out << value << '\n';
  }
  return kExitOk;
}

int set(Invocation& inv) {
  const std::string& key = inv.args.positional()[0];
  if (!findSetting(key)) return fail(inv, unknownKey(key), kExitUsage);
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  if (auto ok = db->settings().set(key, inv.args.positional()[1], "cli"); !ok) return fail(inv, ok.error());
  return get(inv);
}

}  // namespace

std::vector<Command> settingsCommands() {
  return {
      {{"settings", "list"}, "", "show the office profile, signer and formats", {}, list},
      {{"settings", "get"}, "KEY", "show one setting", {}, get, 1},
      {{"settings", "set"}, "KEY VALUE", "change one setting (an empty VALUE restores the default)", {}, set, 2},
  };
}

}  // namespace landdesk::cli
