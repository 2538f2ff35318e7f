// landdesk-cli entry point: finds the command, parses its options, and is the one exception barrier.
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli_output.h"
#include "command_table.h"
#include "version.h"

using namespace landdesk;
using namespace landdesk::cli;

namespace {

// The longest command path that matches the leading words.
const Command* findCommand(const std::vector<std::string>& words, size_t& consumed) {
  const Command* best = nullptr;
  for (const Command& c : allCommands()) {
    if (c.path.size() > words.size() || (best && c.path.size() <= best->path.size())) continue;
    bool match = true;
    for (size_t i = 0; i < c.path.size() && match; ++i) match = words[i] == c.path[i];
    if (match) best = &c;
  }
  consumed = best ? best->path.size() : 0;
  return best;
}

void printHelp(std::ostream& out) {
  out << "landdesk-cli " << version() << " — LandDesk command line\n\nCommands:\n";
  for (const Command& c : allCommands()) {
    std::string line = " ";
    for (auto w : c.path) line += " " + std::string(w);
    if (!c.arguments.empty()) line += " " + std::string(c.arguments);
    out << line << (line.size() < 40 ? std::string(40 - line.size(), ' ') : "  ") << c.summary << '\n';
    for (const OptionSpec& o : c.options)
      out << "      " << o.name << (o.takesValue ? " VALUE" : "") << "  " << o.help << '\n';
  }
  out << "\nGlobal options:\n";
  for (const OptionSpec& o : kGlobalOptions) out << "  " << o.name << (o.takesValue ? " VALUE" : "") << "  " << o.help << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  // Tesseract's OpenMP threads make OCR 6-7x slower; libgomp reads the limit only at load time (toolchain notes G1).
  if (!std::getenv("OMP_THREAD_LIMIT")) {
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);  // returns only on failure: then go on with OpenMP's default
  }
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    printHelp(std::cout);
    return words.empty() ? kExitUsage : kExitOk;
  }
  if (words[0] == "--version") {
    std::cout << "landdesk-cli " << version() << '\n';
    return kExitOk;
  }

  size_t consumed = 0;
  const Command* command = findCommand(words, consumed);
  Invocation inv{Args{}, std::cout, std::cerr, languageFromEnvironment(), false};
  if (!command) {
    return fail(inv, makeError("cli.unknown_command", "Lệnh không tồn tại (xem landdesk-cli --help)",
                               "Unknown command (see landdesk-cli --help)", words[0]),
                kExitUsage);
  }
  auto parsed = Args::parse({words.begin() + static_cast<long>(consumed), words.end()}, command->options);
  if (!parsed) return fail(inv, parsed.error(), kExitUsage);
  inv.args = std::move(*parsed);
  if (inv.args.positional().size() < command->requiredArguments)
    return usageError(inv, *command, "Thiếu tham số", "Missing argument");
  inv.json = inv.args.has("--json");
  if (auto lang = inv.args.value("--lang")) inv.language = lang->starts_with("en") ? Language::English : Language::Vietnamese;

  try {
    return command->run(inv);
  } catch (const std::exception& e) {
    return fail(inv, makeError("internal", "Lỗi nội bộ", "Internal error", e.what()), kExitInternal);
  }
}
