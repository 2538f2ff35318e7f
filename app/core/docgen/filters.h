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
// warning with the tag and its place.
using FilterFn = Result<std::string> (*)(const Poco::Dynamic::Var& value);

// nullptr for an unknown name.
FilterFn findFilter(std::string_view name);

struct FilterInfo {
  std::string_view name;
  std::string_view example;  // "1250000000 → Một tỷ hai trăm năm mươi triệu đồng"
};
const std::vector<FilterInfo>& filterCatalog();

}  // namespace landdesk::docgen
