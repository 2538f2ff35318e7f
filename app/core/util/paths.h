// Where a desk keeps its data: the XDG data directory, the default database and the file store.
#pragma once

#include <filesystem>

namespace landdesk {

// $LANDDESK_DATA_DIR, else $XDG_DATA_HOME/landdesk, else ~/.local/share/landdesk.
std::filesystem::path defaultDataDirectory();

// The embedded SQLite database inside a data directory.
std::filesystem::path defaultDatabasePath(const std::filesystem::path& dataDir = defaultDataDirectory());

}  // namespace landdesk
