// The QR payload of a chip CCCD / Thẻ căn cước: "CCCD|CMND-or-empty|name|ddmmyyyy|sex|address|ddmmyyyy".
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "model/sex.h"
#include "util/error.h"

namespace landdesk::identity {

struct IdCardQr {
  std::string idNumber, oldIdNumber, fullName;
  std::chrono::year_month_day birthDate;
  model::Sex sex;
  std::string address;  // nơi thường trú / nơi cư trú, pre-merger names kept as printed
  std::chrono::year_month_day issueDate;
  std::vector<std::string> warnings;
};

// Splits on '|', needs at least 7 fields and ignores extra trailing ones (2024 cards add empty ones), trims
// and NFC-normalises every field, validates both dates, the name and address, the old CMND shape, and the
// CCCD number against the birth date and sex. On failure the Error says which field (number and name) and why;
// codes start with "qr." (e.g. "qr.too_few_fields", "qr.birth_date") or are the ID checker's ("id.…").
Result<IdCardQr> parseIdCardQr(std::string_view payload);

}  // namespace landdesk::identity
