// The serial (số phát hành, seri) of a GCN land certificate: 1–2 letters (Đ included) and 6–8 digits.
#pragma once

#include <string>
#include <string_view>

#include "util/error.h"

namespace landdesk::identity {

// "ba685616" / "BA 685616" / "  aa01695788 " -> "BA 685616" / "AA 01695788": upper case, one space between
// letters and digits; shape [A-ZĐ]{1,2} ?\d{6,8} (legal-facts §6.3). Error "gcn.serial" naming the field.
Result<std::string> normalizeGcnSerial(std::string_view typed);

}  // namespace landdesk::identity
