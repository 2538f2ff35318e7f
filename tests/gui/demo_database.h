// A demo database in a temporary directory for the GUI tests: synthetic cases stored through the repository.
#pragma once

#include <filesystem>
#include <vector>

#include "model/case.h"

namespace landdesk::test {

// Creates `file` with `count` synthetic cases (fixed seed); returns them as stored (ids and codes assigned).
std::vector<model::Case> makeDemoDatabase(const std::filesystem::path& file, size_t count);

}  // namespace landdesk::test
