// Opens the database a command names (--db / --data-dir / default) and reports refusals the CLI way.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "command_line.h"
#include "storage/database.h"

namespace landdesk::cli {

// A password from LANDDESK_PASSWORD, else one line of standard input (not echoed on a terminal).
std::string readPassword(Invocation& inv, std::string_view prompt);

// nullptr after printing the reason when the database cannot be opened or the --user login fails.
std::unique_ptr<storage::Database> openDatabase(Invocation& inv, bool create);

}  // namespace landdesk::cli
