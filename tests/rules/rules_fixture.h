// Shared test fixture: the shipped rule book (loaded once) and short constructors for dates and times.
#pragma once

#include <stdexcept>
#include <string>

#include "rules/rule_book.h"
#include "support/temp_dir.h"

namespace landdesk::test {

inline const rules::RuleBook& shippedRules() {
  static const rules::RuleBook book = [] {
    auto loaded = rules::loadRuleBook(sourceDirectory() / "app/core/rules/data");
    if (!loaded) throw std::runtime_error("shipped rules do not load: " + loaded.error().en);
    return std::move(*loaded);
  }();
  return book;
}

inline rules::Date day(const std::string& s) {
  auto d = rules::parseDate(s);
  if (!d) throw std::invalid_argument("bad test date " + s);
  return *d;
}

inline rules::LocalMinutes when(const std::string& s) {
  auto t = rules::parseDateTime(s);
  if (!t) throw std::invalid_argument("bad test time " + s);
  return *t;
}

}  // namespace landdesk::test
