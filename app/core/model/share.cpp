#include "model/share.h"

#include <charconv>
#include <numeric>

namespace landdesk::model {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<int64_t> number(std::string_view s) {
  s = trim(s);
  int64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || n <= 0 || n > 1'000'000) return std::nullopt;
  return n;
}

Fraction reduced(int64_t n, int64_t d) {
  const int64_t g = std::gcd(n, d);
  return {n / g, d / g};
}

}  // namespace

std::optional<Fraction> parseShare(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) {
    auto n = number(text);
    if (!n || *n != 1) return std::nullopt;
    return Fraction{1, 1};
  }
  auto n = number(text.substr(0, slash)), d = number(text.substr(slash + 1));
  if (!n || !d || *n > *d) return std::nullopt;
  return reduced(*n, *d);
}

std::string shareText(Fraction f) { return std::to_string(f.numerator) + "/" + std::to_string(f.denominator); }

std::optional<Fraction> sumShares(const std::vector<Fraction>& shares) {
  int64_t n = 0, d = 1;
  for (const Fraction& f : shares) {
    const int64_t l = std::lcm(d, f.denominator);
    if (l > 1'000'000'000'000) return std::nullopt;
    n = n * (l / d) + f.numerator * (l / f.denominator);
    d = l;
  }
  if (n == 0) return Fraction{0, 1};
  return reduced(n, d);
}

}  // namespace landdesk::model
