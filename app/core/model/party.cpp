#include "model/party.h"

#include <chrono>
#include <cstdio>

#include "util/datetime.h"

namespace landdesk::model {

std::string BirthDate::canonical() const {
  if (yearOnly()) return std::to_string(year);
  return isoDate(std::chrono::year_month_day{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)});
}

std::optional<BirthDate> BirthDate::fromCanonical(std::string_view s) {
  if (s.size() == 4) {
    int y = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return std::nullopt;
      y = y * 10 + (c - '0');
    }
    return BirthDate{y, 0, 0};
  }
  auto d = parseCanonicalDate(s);
  if (!d) return std::nullopt;
  return BirthDate{static_cast<int>(d->year()), static_cast<unsigned>(d->month()), static_cast<unsigned>(d->day())};
}

}  // namespace landdesk::model
