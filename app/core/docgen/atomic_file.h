// Writing an output file all-or-nothing: a temporary file beside the target, renamed over it when complete.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>

#include "util/error.h"

namespace landdesk::docgen {

// Calls `write` on a temporary file in the target's directory and renames it onto `target`. Any failure
// (including an exception from `write`, which is rethrown) removes the temporary file, so no partial output
// is ever visible under the target name.
Status writeFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

}  // namespace landdesk::docgen
