// landdesk-cli user add | list | passwd | disable | unlock: the desk's officer accounts (administrators only).
#include <iostream>

#include "access/accounts.h"
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "storage/user_repository.h"

namespace landdesk::cli {

namespace {

// The new password: one line of standard input with --password-stdin (scripts), else asked on the terminal.
std::string newPassword(Invocation& inv) {
  if (inv.args.has("--password-stdin")) {
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  if (const char* env = std::getenv("LANDDESK_NEW_PASSWORD")) return env;
  return readPassword(inv, "Mật khẩu mới / New password: ");
}

int done(Invocation& inv, const Status& status, std::string_view what) {
  if (!status) return fail(inv, status.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("ok", true);
    o->set("user", inv.args.positional()[0]);
    printJson(inv, o);
  } else {
    inv.out << what << ": " << inv.args.positional()[0] << '\n';
  }
  return kExitOk;
}

int add(Invocation& inv) {
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  const std::string password = newPassword(inv);
  return done(inv,
              access::addUser(*db, inv.args.positional()[0], inv.args.valueOr("--name", ""),
                              inv.args.valueOr("--role", ""), password),
              inv.language == Language::English ? "added" : "đã thêm");
}

int list(Invocation& inv) {
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  if (auto ok = access::requirePermission(db->actor(), access::Permission::ManageUsers); !ok)
    return fail(inv, ok.error());
  auto users = db->users().all();
  if (!users) return fail(inv, users.error());
  if (inv.json) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& u : *users) {
      auto o = jsonObject();
      o->set("login", u.login);
      o->set("name", u.fullName);
      o->set("roles", u.roles);
      o->set("active", u.active);
      o->set("failedAttempts", u.failedAttempts);
      o->set("lockedUntil", u.lockedUntil);
      out->add(o);
    }
    printJson(inv, out);
    return kExitOk;
  }
  for (const auto& u : *users)
    inv.out << u.login << '\t' << u.fullName << '\t' << u.roles << '\t' << (u.active ? "active" : "disabled")
            << (u.lockedUntil.empty() ? "" : "\tlocked until " + u.lockedUntil) << '\n';
  return kExitOk;
}

int passwd(Invocation& inv) {
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  const std::string password = newPassword(inv);
  return done(inv, access::changePassword(*db, inv.args.positional()[0], password),
              inv.language == Language::English ? "password changed" : "đã đổi mật khẩu");
}

int disable(Invocation& inv) {
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  return done(inv, access::disableUser(*db, inv.args.positional()[0]),
              inv.language == Language::English ? "disabled" : "đã khóa");
}

int unlock(Invocation& inv) {
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  return done(inv, access::unlockUser(*db, inv.args.positional()[0]),
              inv.language == Language::English ? "unlocked" : "đã mở khóa");
}

const OptionSpec kPasswordStdin{"--password-stdin", false, "read the new password from one line of standard input"};

}  // namespace

std::vector<Command> userCommands() {
  return {
      {{"user", "add"},
       "LOGIN",
       "add an officer (roles: justice, cadastral, signer, admin, readonly; comma-separated)",
       {{"--name", true, "full name"}, {"--role", true, "role(s), e.g. justice,signer"}, kPasswordStdin},
       add,
       1},
      {{"user", "list"}, "", "list the officers, their roles and lock state", {}, list},
      {{"user", "passwd"}, "LOGIN", "change a password (your own, or anyone's as administrator)", {kPasswordStdin},
       passwd, 1},
      {{"user", "disable"}, "LOGIN", "disable an account (kept for the audit log)", {}, disable, 1},
      {{"user", "unlock"}, "LOGIN", "lift a lock-out after repeated wrong passwords", {}, unlock, 1},
  };
}

}  // namespace landdesk::cli
