// A second desk as a second process (fork) on the same database, for the two-desk tests.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include <boost/test/unit_test.hpp>

#include "model/case.h"
#include "storage/case_repository.h"
#include "storage/database.h"

namespace landdesk::test {

// The database as another desk opens it; null when it cannot. A long lock wait: two desks writing in a loop on
// SQLite queue on its one write lock.
inline std::unique_ptr<storage::Database> openDesk(const std::filesystem::path& where) {
  storage::OpenOptions o;
  o.path = where;
  o.busyTimeout = std::chrono::milliseconds(20000);
  auto db = storage::Database::open(o);
  return db ? std::move(*db) : nullptr;
}

// Runs `child` in a forked process (it opens its own connection) and returns the process id.
template <class F>
pid_t forkDesk(F child) {
  const pid_t pid = fork();
  if (pid == 0) _exit(child());  // no destructors: the parent's connection is the parent's
  return pid;
}

// Waits for a forked desk: its exit code, or 100 + the signal that ended it.
inline int exitCode(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

// A text field of a case used as a counter by the two-desk tests (a shared party's phone, a shared parcel's assets).
using Counter = std::function<std::string&(model::Case&)>;

// Adds one to `counter` through case `caseId`, `times` times, reloading and retrying on a conflict (counted in
// `conflicts`) or a lock wait that ran out; the edits made, or -1 on any other failure.
inline int incrementThrough(storage::Database& db, int64_t caseId, int times, int& conflicts, const Counter& counter) {
  int done = 0, failures = 0;
  while (done < times && failures == 0) {
    auto c = db.cases().byId(caseId);
    if (!c) return -1;
    std::string& value = counter(*c);
    value = std::to_string(std::stoi(value) + 1);
    auto ok = db.cases().update(*c, "desk");
    if (ok) ++done;
    else if (ok.error().code == "db.conflict") ++conflicts;
    else if (ok.error().code != "db.locked") {
      ++failures;
      BOOST_TEST_MESSAGE("desk " << getpid() << ": " << ok.error().code << " " << ok.error().en);
    }
  }
  return failures == 0 ? done : -1;
}

// Two desks at once: a forked desk on `file` increments through case `theirs` while `db` increments through `mine`,
// `times` each. Fails the test when either desk did not make all its edits; returns the conflicts both met.
inline int twoDesksIncrementing(storage::Database& db, const std::filesystem::path& file, int64_t mine, int64_t theirs,
                                int times, const Counter& counter) {
  int pipeEnds[2];
  BOOST_REQUIRE(pipe(pipeEnds) == 0);
  const pid_t other = forkDesk([&] {
    auto desk = openDesk(file);
    if (!desk) return 2;
    int conflicts = 0;
    const int done = incrementThrough(*desk, theirs, times, conflicts, counter);
    if (write(pipeEnds[1], &conflicts, sizeof conflicts) != sizeof conflicts) return 4;
    return done == times ? 0 : 3;
  });
  int conflicts = 0;
  BOOST_TEST(incrementThrough(db, mine, times, conflicts, counter) == times);
  BOOST_REQUIRE_EQUAL(exitCode(other), 0);
  int theirConflicts = 0;
  BOOST_REQUIRE(read(pipeEnds[0], &theirConflicts, sizeof theirConflicts) == static_cast<ssize_t>(sizeof theirConflicts));
  close(pipeEnds[0]);
  close(pipeEnds[1]);
  return conflicts + theirConflicts;
}

}  // namespace landdesk::test
