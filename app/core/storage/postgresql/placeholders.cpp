#include "storage/postgresql/placeholders.h"

#include <deque>
#include <mutex>

namespace landdesk::storage::postgresql {

std::string numberedPlaceholders(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  int next = 0;
  char quote = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      size_t digits = i + 1;
      while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
      if (digits > i + 1) {
        out += '$';
        out.append(s.substr(i + 1, digits - i - 1));
        i = digits - 1;
      } else {
        out += '$' + std::to_string(++next);
      }
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view keep(std::string text) {
  static std::mutex guard;
  static std::deque<std::string> kept;  // a deque never moves its elements
  std::lock_guard lock(guard);
  return kept.emplace_back(std::move(text));
}

}  // namespace landdesk::storage::postgresql
