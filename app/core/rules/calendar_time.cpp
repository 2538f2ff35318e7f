#include "rules/calendar_time.h"

#include <cstdio>

namespace landdesk::rules {

namespace {
// Reads exactly `n` digits at `pos`.
std::optional<int> digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return std::nullopt;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}
}  // namespace

std::optional<Date> parseDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(*y), std::chrono::month(static_cast<unsigned>(*m)),
                                  std::chrono::day(static_cast<unsigned>(*d))};
  if (!ymd.ok()) return std::nullopt;
  return Date(ymd);
}

std::optional<TimeOfDay> parseTimeOfDay(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  auto h = digits(s, 0, 2), m = digits(s, 3, 2);
  if (!h || !m || *m > 59 || *h > 24 || (*h == 24 && *m != 0)) return std::nullopt;
  return std::chrono::hours(*h) + std::chrono::minutes(*m);
}

std::optional<LocalMinutes> parseDateTime(std::string_view s) {
  auto d = parseDate(s.substr(0, std::min<size_t>(10, s.size())));
  if (!d) return std::nullopt;
  if (s.size() == 10) return LocalMinutes(*d);
  if (s.size() != 16 || (s[10] != ' ' && s[10] != 'T')) return std::nullopt;
  auto t = parseTimeOfDay(s.substr(11));
  if (!t || *t >= std::chrono::hours(24)) return std::nullopt;
  return at(*d, *t);
}

std::string formatDate(Date d) {
  std::chrono::year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string formatDateVi(Date d) {
  std::chrono::year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(ymd.day()), static_cast<unsigned>(ymd.month()),
                static_cast<int>(ymd.year()));
  return buf;
}

std::string formatTimeOfDay(TimeOfDay t) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(t.count() / 60), static_cast<int>(t.count() % 60));
  return buf;
}

std::string formatDateTime(LocalMinutes t) { return formatDate(dayOf(t)) + " " + formatTimeOfDay(timeOf(t)); }

unsigned isoWeekday(Date d) { return std::chrono::weekday(d).iso_encoding(); }

}  // namespace landdesk::rules
