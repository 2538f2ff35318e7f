// Opens the database a command names (--db / --data-dir / default) and reports refusals the CLI way.
#pragma once

#include <memory>

#include "command_line.h"
#include "storage/database.h"

namespace landdesk::cli {

// nullptr after printing the reason when the database cannot be opened.
std::unique_ptr<storage::Database> openDatabase(Invocation& inv, bool create);

}  // namespace landdesk::cli
