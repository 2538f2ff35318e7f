// Turns a database exception into an Error the officer can read (disk full, locked, corrupt …), naming the file.
#pragma once

#include <exception>
#include <filesystem>

#include "util/error.h"

namespace landdesk::storage {

Error storageError(const std::exception& e, const std::filesystem::path& file);

}  // namespace landdesk::storage
