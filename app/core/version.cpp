#include "version.h"

namespace landdesk {
std::string_view version() { return LANDDESK_VERSION; }
}  // namespace landdesk
