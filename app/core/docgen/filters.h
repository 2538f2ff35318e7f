// The |filters a tag may name ({gia|money_words}); the one place that wires the Vietnamese text kit into templates.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace landdesk::docgen {

// A filter turns the data value (the raw JSON value for the first filter, the previous filter's text after
// that) into text. A value it cannot handle (letters given to money_words) is an Error, reported as a render
// warning with the tag and its place. `reading` is the office's reading of numbers in words, passed per render so
// docgen never needs the office model.
enum class NumberReading {
  North,  // linh, nghìn (the default of legal-facts §7.2)
  South,  // lẻ, ngàn (text::WordsStyle::south())
};
// docgen's own enum rather than text::WordsStyle: this header reaches every caller of the engine, and a
// landdesk::text declaration there collides with callers' own `text(...)` helpers under `using namespace landdesk`.
using FilterFn = Result<std::string> (*)(const Poco::Dynamic::Var& value, NumberReading reading);

// nullptr for an unknown name.
FilterFn findFilter(std::string_view name);

struct FilterInfo {
  std::string_view name;
  std::string_view example;  // "1250000000 → Một tỷ hai trăm năm mươi triệu đồng"
};
const std::vector<FilterInfo>& filterCatalog();

}  // namespace landdesk::docgen
