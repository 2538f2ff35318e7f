// Canonical text forms of dates and local times as stored and exchanged: "2026-02-05", "2026-02-05T14:30:00".
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace landdesk {

// Vietnam has one time zone; stored times are local wall-clock times at the desk.
using LocalDateTime = std::chrono::local_seconds;

std::string isoDate(std::chrono::year_month_day d);
std::string isoDateTime(LocalDateTime t);
// Strict canonical parsing: refuses 2026-02-31 and anything not in the exact form.
std::optional<std::chrono::year_month_day> parseCanonicalDate(std::string_view s);
// Accepts "2026-02-05T14:30:00", "2026-02-05 14:30[:00]".
std::optional<LocalDateTime> parseCanonicalDateTime(std::string_view s);

LocalDateTime localNow();

}  // namespace landdesk
