// A person's sex as printed on the ID card ("Nam"/"Nữ"); it selects "Ông"/"Bà" in documents.
#pragma once

#include <optional>
#include <string_view>

namespace landdesk::model {

enum class Sex { Male, Female };

// "Nam" / "Nữ".
std::string_view sexLabel(Sex sex);
// Accepts "Nam"/"Nữ" (any case, NFC or NFD, with or without marks) and "male"/"female"/"M"/"F".
std::optional<Sex> parseSex(std::string_view text);

}  // namespace landdesk::model
