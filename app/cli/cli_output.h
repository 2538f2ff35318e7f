// How commands print: JSON for machines, one-line reasons on failure, in the chosen language.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "command_line.h"

namespace landdesk::cli {

// A JSON object that keeps its keys in insertion order (stable, readable output).
Poco::JSON::Object::Ptr jsonObject();

// Writes compact JSON followed by a newline.
void printJson(Invocation& inv, const Poco::Dynamic::Var& value);

// Prints "lỗi: <reason>" (or "error: …") as one line on stderr (or {"error":{…}} with --json) and returns kExitFailure.
int fail(Invocation& inv, const Error& error, int exitCode = kExitFailure);

// Refuses a malformed command line with the command's usage.
int usageError(Invocation& inv, const Command& command, std::string_view whyVi, std::string_view whyEn);

}  // namespace landdesk::cli
