// The desk app's command line: an optional database file, the UI language and the start-up measurement switch.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/error.h"

namespace landdesk::gui {

struct StartupOptions {
  std::optional<std::filesystem::path> database;  // none: the default database in the XDG data directory
  Language language = Language::Vietnamese;
  bool help = false;            // --help / -h: print the usage and exit
  bool measureStartup = false;  // print "startup_ms=… rss_mb=… cases=…" once the list is filled, then exit
};

// `args` without the program name: [DATABASE] [--lang en|vi] [--measure-startup] (--version: main.cpp). The language defaults to
// LANDDESK_LANG (Vietnamese when unset). Unknown options are refused with a message naming them.
Result<StartupOptions> parseStartupOptions(const std::vector<std::string>& args, Language fallback);

// One line per option, in the UI language, for --help and for refused command lines.
std::string startupUsage(Language language);

}  // namespace landdesk::gui
