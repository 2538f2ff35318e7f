// Civil dates and local wall-clock minutes for the rules: parsing and printing without time zones.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace landdesk::rules {

// A calendar day in the commune's local time (Vietnam has one zone and no DST, so no zone is carried).
using Date = std::chrono::local_days;
// A local wall-clock instant at minute precision ("2026-03-02 15:01").
using LocalMinutes = std::chrono::local_time<std::chrono::minutes>;
// Minutes since midnight, for office hours and the 15:00 cut-off.
using TimeOfDay = std::chrono::minutes;

// "2026-03-02" (strict: 4-2-2 digits, a real calendar day).
std::optional<Date> parseDate(std::string_view text);
// "2026-03-02 15:01" or "2026-03-02T15:01"; a bare date means 00:00.
std::optional<LocalMinutes> parseDateTime(std::string_view text);
// "15:00" (00:00–24:00).
std::optional<TimeOfDay> parseTimeOfDay(std::string_view text);

std::string formatDate(Date d);                 // 2026-03-02
std::string formatDateTime(LocalMinutes t);     // 2026-03-02 15:01
std::string formatTimeOfDay(TimeOfDay t);       // 15:01
std::string formatDateVi(Date d);               // 02/03/2026, as officers write it

inline Date dayOf(LocalMinutes t) { return std::chrono::floor<std::chrono::days>(t); }
inline TimeOfDay timeOf(LocalMinutes t) { return t - dayOf(t); }
inline LocalMinutes at(Date d, TimeOfDay t) { return LocalMinutes(d) + t; }

// Monday = 1 … Sunday = 7 (ISO), the numbering the data files use.
unsigned isoWeekday(Date d);

}  // namespace landdesk::rules
