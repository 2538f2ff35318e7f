// Land-use type codes printed on GCNs and cadastral maps (ONT, ODT, CLN, LUC, …) with their Vietnamese names.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace landdesk::identity {

struct LandType {
  std::string_view code;  // "ONT"
  std::string_view name;  // "Đất ở tại nông thôn"
};

// Case-insensitive, surrounding spaces ignored: "ont" -> ONT.
std::optional<LandType> findLandType(std::string_view code);
// The whole table, in the order of the land classification (agricultural, non-agricultural, unused).
const std::vector<LandType>& landTypes();

}  // namespace landdesk::identity
