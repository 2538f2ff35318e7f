// Turns SQLite statement texts into PostgreSQL ones: `?` and `?N` placeholders become `$n`, in one place.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace landdesk::storage::postgresql {

// `?` -> `$1, $2…` in order, `?N` -> `$N`; text inside '…' and "…" is left alone.
std::string numberedPlaceholders(std::string_view sqliteText);

// Keeps `text` alive for the life of the program (the dialect tables hold string_views).
std::string_view keep(std::string text);

// A statement table whose every member is a string_view, with each text rewritten by numberedPlaceholders. The
// tables are plain aggregates of string_views (static_asserted), so they are walked as an array of them; entries
// PostgreSQL spells differently are then overridden by name by the caller.
template <class Table>
Table withNumberedPlaceholders(const Table& sqlite) {
  static_assert(std::is_standard_layout_v<Table> && sizeof(Table) % sizeof(std::string_view) == 0,
                "a statement table must hold string_views only");
  Table out = sqlite;
  auto* texts = reinterpret_cast<std::string_view*>(&out);
  for (std::size_t i = 0; i < sizeof(Table) / sizeof(std::string_view); ++i)
    if (!texts[i].empty()) texts[i] = keep(numberedPlaceholders(texts[i]));
  return out;
}

}  // namespace landdesk::storage::postgresql
