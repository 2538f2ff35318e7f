#include "cli_database.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "access/accounts.h"
#include "cli_output.h"

namespace landdesk::cli {

std::string readPassword(Invocation& inv, std::string_view prompt) {
  if (const char* env = std::getenv("LANDDESK_PASSWORD")) return env;
  std::string line;
  termios saved{};
  const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
  if (tty) {
    inv.err << prompt << std::flush;
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);  // the password never shows on the screen
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::getline(std::cin, line);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    inv.err << '\n';
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

std::unique_ptr<storage::Database> openDatabase(Invocation& inv, bool create) {
  storage::OpenOptions options;
  options.path = inv.databasePath();
  options.create = create;
  auto db = storage::Database::open(options);
  if (!db) {
    fail(inv, db.error());
    return nullptr;
  }
  // Commands act for the officer named by --login; without it, the local desk (single-desk mode) or nobody.
  if (auto login = inv.args.value("--login")) {
    auto actor = access::login(**db, *login, readPassword(inv, "Mật khẩu / Password: "));
    if (!actor) {
      fail(inv, actor.error());
      return nullptr;
    }
  }
  return std::move(*db);
}

}  // namespace landdesk::cli
