// The data tree of a stored case for templates, shared by `document …` and `render --case` (issue 4 item 4).
#pragma once

#include <Poco/Dynamic/Var.h>

#include <chrono>
#include <optional>
#include <string>

#include "command_line.h"

namespace landdesk::cli {

// Opens the database, loads the case by code, the office settings and the rule data, and builds the tree of
// docs/template-data.md for `date`. Errors (no database, no case, unreadable rule data) are returned, not printed.
Result<Poco::Dynamic::Var> caseDocumentData(Invocation& inv, const std::string& code, std::chrono::year_month_day date);

// --date YYYY-MM-DD, else today; a malformed date is an Error naming the option.
Result<std::chrono::year_month_day> documentDate(const Invocation& inv);

}  // namespace landdesk::cli
