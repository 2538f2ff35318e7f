#include "support/sqlite_shell_lock.h"

#include <chrono>
#include <string>
#include <thread>

#include <boost/test/unit_test.hpp>
#include <sqlite3.h>

namespace landdesk::test {

SqliteShellLock::SqliteShellLock(const std::filesystem::path& file) {
  shell_ = ::popen(("sqlite3 '" + file.string() + "' >/dev/null 2>&1").c_str(), "w");
  BOOST_REQUIRE(shell_);
  std::fputs(".timeout 10000\nBEGIN IMMEDIATE;\nSELECT 1;\n", shell_);
  std::fflush(shell_);
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!writeRefused(file) && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  BOOST_REQUIRE_MESSAGE(writeRefused(file), "sqlite3 did not take the write lock");
}

void SqliteShellLock::release() {
  if (shell_) ::pclose(shell_);
  shell_ = nullptr;
}

bool SqliteShellLock::writeRefused(const std::filesystem::path& file) {
  sqlite3* db = nullptr;
  if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) {
    sqlite3_close(db);
    return false;
  }
  const int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  return rc == SQLITE_BUSY;
}

}  // namespace landdesk::test
