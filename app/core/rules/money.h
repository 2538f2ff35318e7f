// Exact money arithmetic for rates: int64 đồng times a Decimal rate, rounded half up to the đồng.
#pragma once

#include <cstdint>
#include <optional>

#include "util/decimal.h"

namespace landdesk::rules {

// Rounding rule for every computed fee and tax: exact product, then half up to 1 đồng (0,5 đ → 1 đ).
// Results beyond 10^15 đồng are refused (nullopt): no real fee or tax is that large.
std::optional<int64_t> percentOf(int64_t amount, const Decimal& percent);
// `area` m² × `perSquareMetre` đồng/m², same rounding.
std::optional<int64_t> areaTimesRate(const Decimal& area, const Decimal& perSquareMetre);

inline constexpr int64_t kMaxMoney = 1'000'000'000'000'000;  // 10^15 đ: anything larger is absurd input

}  // namespace landdesk::rules
