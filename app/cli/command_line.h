// The command-line vocabulary of landdesk-cli: a command's declared options and the parsed arguments.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace landdesk::cli {

struct OptionSpec {
  std::string_view name;  // "--cases"
  bool takesValue;        // false for a switch like "--json"
  std::string_view help;
};

// Options every command accepts, wherever they stand on the line.
extern const std::vector<OptionSpec> kGlobalOptions;

class Args {
 public:
  // Parses the words after the command path against the command's options plus the global ones.
  static Result<Args> parse(const std::vector<std::string>& words, const std::vector<OptionSpec>& options);

  const std::vector<std::string>& positional() const { return positional_; }
  bool has(std::string_view option) const { return values_.contains(std::string(option)); }
  std::optional<std::string> value(std::string_view option) const;
  std::string valueOr(std::string_view option, std::string fallback) const;
  // Every value of an option given more than once ("--pause A --pause B"), in order.
  std::vector<std::string> values(std::string_view option) const;

 private:
  std::vector<std::string> positional_;
  std::map<std::string, std::vector<std::string>> values_;
};

// Everything a command handler needs: its arguments, where to write, and the global settings.
struct Invocation {
  Args args;
  std::ostream& out;
  std::ostream& err;
  Language language = Language::Vietnamese;
  bool json = false;

  // --data-dir, else the XDG default.
  std::filesystem::path dataDirectory() const;
  // --db, else the default database inside the data directory.
  std::filesystem::path databasePath() const;
};

// Exit codes shared by every command.
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2, kExitInternal = 3 };

using Handler = int (*)(Invocation&);

struct Command {
  std::vector<std::string_view> path;  // {"case", "list"}
  std::string_view arguments;          // "CODE" — shown in usage
  std::string_view summary;
  std::vector<OptionSpec> options;
  Handler run;
  size_t requiredArguments = 0;  // positional arguments that must be present
};

}  // namespace landdesk::cli
