#include "command_line.h"

#include <algorithm>

#include "util/paths.h"

namespace landdesk::cli {

const std::vector<OptionSpec> kGlobalOptions = {
    {"--db", true, "database file (default: the desk database in the data directory)"},
    {"--data-dir", true, "data directory (default: $XDG_DATA_HOME/landdesk)"},
    {"--json", false, "machine-readable JSON output"},
    {"--lang", true, "message language: vi (default) or en"},
    {"--login", true, "officer login (password from LANDDESK_PASSWORD, else asked); needed once the desk has users"},
};

namespace {
const OptionSpec* findOption(std::string_view name, const std::vector<OptionSpec>& options) {
  for (const auto* list : {&options, &kGlobalOptions}) {
    auto it = std::find_if(list->begin(), list->end(), [&](const OptionSpec& o) { return o.name == name; });
    if (it != list->end()) return &*it;
  }
  return nullptr;
}
}  // namespace

Result<Args> Args::parse(const std::vector<std::string>& words, const std::vector<OptionSpec>& options) {
  Args args;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (!w.starts_with("--") || w == "--") {
      args.positional_.push_back(w);
      continue;
    }
    std::string name = w;
    std::optional<std::string> inlineValue;
    if (auto eq = w.find('='); eq != std::string::npos) {
      name = w.substr(0, eq);
      inlineValue = w.substr(eq + 1);
    }
    const OptionSpec* spec = findOption(name, options);
    if (!spec) return makeError("cli.unknown_option", "Tùy chọn không hợp lệ", "Unknown option", name);
    if (!spec->takesValue) {
      if (inlineValue) return makeError("cli.option_no_value", "Tùy chọn không nhận giá trị", "Option takes no value", name);
      args.values_[name].push_back("");
      continue;
    }
    if (inlineValue) {
      args.values_[name].push_back(*inlineValue);
    } else if (i + 1 < words.size()) {
      args.values_[name].push_back(words[++i]);
    } else {
      return makeError("cli.option_needs_value", "Tùy chọn cần một giá trị", "Option needs a value", name);
    }
  }
  return args;
}

std::optional<std::string> Args::value(std::string_view option) const {
  auto it = values_.find(std::string(option));
  if (it == values_.end()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Args::values(std::string_view option) const {
  auto it = values_.find(std::string(option));
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::string Args::valueOr(std::string_view option, std::string fallback) const {
  return value(option).value_or(std::move(fallback));
}

std::filesystem::path Invocation::dataDirectory() const {
  if (auto dir = args.value("--data-dir")) return *dir;
  return defaultDataDirectory();
}

std::filesystem::path Invocation::databasePath() const {
  if (auto db = args.value("--db")) return *db;
  return defaultDatabasePath(dataDirectory());
}

}  // namespace landdesk::cli
