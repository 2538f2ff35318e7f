// Another desk in the middle of a write: a real `sqlite3` shell holding BEGIN IMMEDIATE on a database file.
#pragma once

#include <cstdio>
#include <filesystem>

namespace landdesk::test {

class SqliteShellLock {
 public:
  // Starts the shell and waits (up to 10 s) until it holds the write lock; fails the test otherwise.
  explicit SqliteShellLock(const std::filesystem::path& file);
  ~SqliteShellLock() { release(); }
  SqliteShellLock(const SqliteShellLock&) = delete;
  SqliteShellLock& operator=(const SqliteShellLock&) = delete;

  void release();  // end of input: the shell rolls back and exits
  // True while another connection holds the write lock of `file`.
  static bool writeRefused(const std::filesystem::path& file);

 private:
  FILE* shell_ = nullptr;
};

}  // namespace landdesk::test
