#include "util/decimal.h"

#include <stdexcept>

namespace landdesk {

namespace {
constexpr int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
}

Decimal::Decimal(int64_t units, int scale) : units_(units), scale_(scale) {
  if (scale < 0 || scale > kMaxScale) throw std::invalid_argument("Decimal scale out of range");
}

std::optional<Decimal> Decimal::fromCanonical(std::string_view s) {
  bool negative = false;
  if (!s.empty() && s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  int64_t units = 0;
  int scale = -1;
  bool digit = false;
  for (char c : s) {
    if (c == '.') {
      if (scale >= 0 || !digit) return std::nullopt;
      scale = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (units > (INT64_MAX - 9) / 10) return std::nullopt;
    units = units * 10 + (c - '0');
    digit = true;
    if (scale >= 0 && ++scale > kMaxScale) return std::nullopt;
  }
  if (scale == 0) return std::nullopt;  // "12." is not canonical
  return Decimal(negative ? -units : units, scale < 0 ? 0 : scale);
}

int64_t Decimal::integerPart() const { return units_ / kPow10[scale_]; }

std::string Decimal::fractionDigits() const {
  if (scale_ == 0) return {};
  int64_t frac = units_ % kPow10[scale_];
  if (frac < 0) frac = -frac;
  std::string digits = std::to_string(frac);
  return std::string(static_cast<size_t>(scale_) - digits.size(), '0') + digits;
}

std::string Decimal::canonical() const {
  std::string out = units_ < 0 ? "-" : "";
  int64_t ip = integerPart();
  out += std::to_string(ip < 0 ? -ip : ip);
  if (scale_ > 0) out += "." + fractionDigits();
  return out;
}

std::optional<Decimal> Decimal::rescaled(int scale) const {
  if (scale < scale_ || scale > kMaxScale) return std::nullopt;
  int64_t result;
  if (__builtin_mul_overflow(units_, kPow10[scale - scale_], &result)) return std::nullopt;
  return Decimal(result, scale);
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const {
  const int scale = std::max(scale_, other.scale_);
  auto a = rescaled(scale), b = other.rescaled(scale);
  int64_t sum;
  if (!a || !b || __builtin_add_overflow(a->units_, b->units_, &sum)) return std::nullopt;
  return Decimal(sum, scale);
}

int Decimal::compare(const Decimal& other) const {
  const int scale = std::max(scale_, other.scale_);
  auto a = rescaled(scale), b = other.rescaled(scale);
  if (a && b) return a->units_ < b->units_ ? -1 : a->units_ > b->units_ ? 1 : 0;
  // Overflow at the common scale: compare as long double (only reachable with absurd magnitudes).
  long double x = static_cast<long double>(units_) / kPow10[scale_];
  long double y = static_cast<long double>(other.units_) / kPow10[other.scale_];
  return x < y ? -1 : x > y ? 1 : 0;
}

}  // namespace landdesk
