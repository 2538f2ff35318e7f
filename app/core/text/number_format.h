// Numbers as officers write and type them: 1.250.000.000 and 120,5 out, and a parser that refuses to guess.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/decimal.h"
#include "util/error.h"

namespace landdesk::text {

// Thousands dot: 1250000000 -> "1.250.000.000"; -1500 -> "-1.500".
std::string formatInteger(int64_t n);
// Decimal comma, thousands dot, scale kept as stored: 120.5 -> "120,5"; 1234.50 -> "1.234,50".
std::string formatDecimal(const Decimal& d);

// A money amount in đồng as typed: "1.250.000.000", "1,250,000,000", "1 250 000 000", "1250000000",
// "1,5 tỷ", "2 triệu", "500 nghìn", "1.250.000.000 đồng" / "đ" / "VNĐ".
// A single separator followed by exactly three digits ("1.250", "1,250") could be a thousands group or a
// decimal, so it is refused (code "number.ambiguous") instead of guessed. Negative, fractional đồng, non-digits
// and amounts beyond 999 999 999 999 999 999 are refused with the field named.
Result<int64_t> parseAmount(std::string_view typed);

// An exact decimal as typed: "120,5", "120.5", "1.234,5", "1,234.5", "1.234.567", "0,125", "1234,567".
// Ambiguous "1.250" / "1,250" is refused (code "number.ambiguous"); at most Decimal::kMaxScale fraction digits;
// negative values are refused (areas, shares and rates are never negative at the desk).
Result<Decimal> parseDecimal(std::string_view typed);

}  // namespace landdesk::text
