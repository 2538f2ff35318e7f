// Runs a program to completion (no shell) and captures its exit code, stdout and stderr.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace landdesk::test {

struct ProcessResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

ProcessResult runProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& extraEnv = {}, const std::string& stdinText = {});

}  // namespace landdesk::test
