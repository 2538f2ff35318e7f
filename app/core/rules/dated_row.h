// What every rule row carries: a stable key, its validity dates and the legal source it comes from.
#pragma once

#include <optional>
#include <string>

#include "rules/calendar_time.h"

namespace landdesk::rules {

// How sure the shipped value is (legal-facts.md legend): H high, M medium, L low.
enum class Confidence { High, Medium, Low };

const char* confidenceCode(Confidence c);  // "H" / "M" / "L"

// The document and article a value comes from, e.g. {"TT 226/2016/TT-BTC", "Điều 4"}.
struct LegalSource {
  std::string document;
  std::string article;
  Confidence confidence = Confidence::Medium;
  std::string note;  // open questions, what to verify

  // "TT 226/2016/TT-BTC, Điều 4" — the line shown beside a figure.
  std::string citation() const;
};

// [from, to] inclusive; no `to` means still in force.
struct Validity {
  Date from;
  std::optional<Date> to;

  bool contains(Date d) const { return d >= from && (!to || d <= *to); }
  bool overlaps(const Validity& o) const { return (!o.to || from <= *o.to) && (!to || o.from <= *to); }
};

// The common head of every row. `key` is stable across edits, so the lead can store the same rows in the
// database (primary key = table + key) and an administrator's edit replaces the row with that key.
struct DatedRow {
  std::string key;
  Validity validity;
  LegalSource source;
};

}  // namespace landdesk::rules
