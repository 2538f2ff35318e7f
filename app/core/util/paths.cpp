#include "util/paths.h"

#include <cstdlib>

namespace landdesk {

namespace {
const char* nonEmptyEnv(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
}
}  // namespace

std::filesystem::path defaultDataDirectory() {
  if (const char* dir = nonEmptyEnv("LANDDESK_DATA_DIR")) return dir;
  if (const char* xdg = nonEmptyEnv("XDG_DATA_HOME")) return std::filesystem::path(xdg) / "landdesk";
  const char* home = nonEmptyEnv("HOME");
  return std::filesystem::path(home ? home : ".") / ".local" / "share" / "landdesk";
}

std::filesystem::path defaultDatabasePath(const std::filesystem::path& dataDir) {
  return dataDir / "landdesk.sqlite";
}

}  // namespace landdesk
