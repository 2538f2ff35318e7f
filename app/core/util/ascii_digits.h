// Plain ASCII digit strings, as in ID numbers, dates and typed amounts.
#pragma once

#include <string_view>

namespace landdesk {

// True for a non-empty run of 0-9 only.
inline bool allDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// The value of a short digit run (callers check allDigits and the length first).
inline int toInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace landdesk
