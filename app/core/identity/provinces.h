// Province codes of the CCCD number (TT 07/2016/TT-BCA annex, carried into TT 59/2021): pre-2025 provinces.
#pragma once

#include <optional>
#include <string_view>

namespace landdesk::identity {

// "001" -> "Hà Nội"; nullopt for a code no province has. Issued numbers keep the old provinces after the 2025
// mergers; the code for births registered after 2025-07-01 is still open (legal-facts §6.1).
std::optional<std::string_view> provinceName(std::string_view code);

}  // namespace landdesk::identity
