// The LandDesk version string, set by the build from the project version.
#pragma once

#include <string_view>

namespace landdesk {
std::string_view version();
}
