#include "rules/money.h"

namespace landdesk::rules {

namespace {
__int128 pow10(int n) {
  __int128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// numerator / denominator, half up (both non-negative).
std::optional<int64_t> roundHalfUp(__int128 numerator, __int128 denominator) {
  if (numerator < 0 || denominator <= 0) return std::nullopt;
  __int128 q = (numerator * 2 + denominator) / (denominator * 2);
  if (q > kMaxMoney) return std::nullopt;
  return static_cast<int64_t>(q);
}
}  // namespace

std::optional<int64_t> percentOf(int64_t amount, const Decimal& percent) {
  return roundHalfUp(static_cast<__int128>(amount) * percent.units(), pow10(percent.scale()) * 100);
}

std::optional<int64_t> areaTimesRate(const Decimal& area, const Decimal& perSquareMetre) {
  return roundHalfUp(static_cast<__int128>(area.units()) * perSquareMetre.units(), pow10(area.scale() + perSquareMetre.scale()));
}

}  // namespace landdesk::rules
