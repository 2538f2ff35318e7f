#include "util/datetime.h"

#include <cstdio>

namespace landdesk {

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}
}  // namespace

std::string isoDate(std::chrono::year_month_day d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

std::string isoDateTime(LocalDateTime t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::hh_mm_ss hms(t - day);
  char buf[48];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  return isoDate(std::chrono::year_month_day(day)) + buf;
}

std::optional<std::chrono::year_month_day> parseCanonicalDate(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d))
    return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                  std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::optional<LocalDateTime> parseCanonicalDateTime(std::string_view s) {
  auto date = parseCanonicalDate(s.substr(0, 10));
  int h, mi, sec = 0;
  if (!date || s.size() < 16 || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':' ||
      !digits(s, 14, 2, mi))
    return std::nullopt;
  if (s.size() != 16 && (s.size() != 19 || s[16] != ':' || !digits(s, 17, 2, sec))) return std::nullopt;
  if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
  return std::chrono::local_days(*date) + std::chrono::hours(h) + std::chrono::minutes(mi) + std::chrono::seconds(sec);
}

LocalDateTime localNow() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return LocalDateTime(now.time_since_epoch()) + std::chrono::hours(7);  // Indochina Time, no DST
}

}  // namespace landdesk
