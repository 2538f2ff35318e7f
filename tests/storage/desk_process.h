// A second desk as a second process (fork) on the same database, for the two-desk tests.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

namespace landdesk::test {

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

}  // namespace landdesk::test
