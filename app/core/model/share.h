// Shares of a right written as fractions ("1/3"), and the co-owners of a parcel with their shares.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace landdesk::model {

// An exact share n/d, 0 < n <= d; kept reduced so "2/6" and "1/3" compare equal.
struct Fraction {
  int64_t numerator = 1;
  int64_t denominator = 1;
  friend bool operator==(const Fraction&, const Fraction&) = default;
};

// "1/3", " 1 / 3 ", "1" (the whole); nullopt for anything else (0, 4/3, 1/0, "một phần ba").
std::optional<Fraction> parseShare(std::string_view text);
// "1/3"; the whole is "1/1".
std::string shareText(Fraction f);
// Sum of the fractions, reduced; nullopt when a denominator product would overflow.
std::optional<Fraction> sumShares(const std::vector<Fraction>& shares);

// One co-owner of a parcel's land-use right (a couple's common property, siblings who inherited together).
struct ParcelOwner {
  size_t party = 0;   // index into Case::parties
  std::string share;  // "1/2"; empty when the GCN gives no shares (common undivided ownership)
  friend bool operator==(const ParcelOwner&, const ParcelOwner&) = default;
};

}  // namespace landdesk::model
