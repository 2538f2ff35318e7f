// An exact decimal (areas in m², shares, rates): an integer count of 10^-scale units, never a double.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace landdesk {

class Decimal {
 public:
  static constexpr int kMaxScale = 6;

  Decimal() = default;
  // units × 10^-scale, e.g. Decimal(1205, 1) is 120.5; scale is kept (120.50 stays 120.50).
  Decimal(int64_t units, int scale);

  // Parses the canonical storage form "120.5" / "-3" / "0.05" (dot, no grouping). Officer input is parsed
  // by text::parseDecimal, which also accepts "120,5".
  static std::optional<Decimal> fromCanonical(std::string_view s);
  // "120.5": dot, no grouping, trailing zeros kept as given.
  std::string canonical() const;

  int64_t units() const { return units_; }
  int scale() const { return scale_; }
  int64_t integerPart() const;
  // The digits after the point, leading zeros kept: 120.05 -> "05".
  std::string fractionDigits() const;
  bool isNegative() const { return units_ < 0; }

  // Same value at a larger scale; nullopt on overflow.
  std::optional<Decimal> rescaled(int scale) const;
  // Sum at the larger of the two scales; nullopt on overflow.
  std::optional<Decimal> plus(const Decimal& other) const;

  // Value comparison: 120.5 == 120.50.
  friend bool operator==(const Decimal& a, const Decimal& b) { return a.compare(b) == 0; }
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) { return a.compare(b) <=> 0; }

 private:
  int compare(const Decimal& other) const;
  int64_t units_ = 0;
  int scale_ = 0;
};

}  // namespace landdesk
