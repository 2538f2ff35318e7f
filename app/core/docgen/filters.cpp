// All filter wiring lives here: each filter adapts a JSON value to one text-kit function.
#include "docgen/filters.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <charconv>

#include "text/area_words.h"
#include "text/dates.h"
#include "text/names.h"
#include "text/number_format.h"
#include "text/number_words.h"
#include "util/decimal.h"

namespace landdesk::docgen {

namespace {

using Poco::Dynamic::Var;

std::string asString(const Var& v) { return v.type() == typeid(std::string) ? v.extract<std::string>() : v.convert<std::string>(); }

// Amounts are integers in the data (or digit strings, as a case exported to JSON may carry them).
Result<int64_t> asInteger(const Var& v) {
  if (v.isInteger()) return v.convert<int64_t>();
  if (v.isString()) {
    std::string s = asString(v);
    int64_t n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec == std::errc() && end == s.data() + s.size() && !s.empty()) return n;
    return makeError("filter.not_integer", "Giá trị không phải số nguyên", "The value is not an integer", "\"" + s + "\"");
  }
  return makeError("filter.not_integer", "Giá trị không phải số nguyên", "The value is not an integer", asString(v));
}

// Areas are canonical decimal strings "120.5"; a JSON number is accepted through its shortest decimal form.
Result<Decimal> asDecimal(const Var& v) {
  std::string s;
  if (v.isString() || v.isInteger()) {
    s = asString(v);
  } else if (v.isNumeric()) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v.convert<double>());
    s.assign(buf, r.ptr);
  }
  if (auto d = Decimal::fromCanonical(s)) return *d;
  return makeError("filter.not_decimal", "Giá trị không phải số thập phân dạng 120.5", "The value is not a decimal like 120.5", "\"" + s + "\"");
}

Result<std::chrono::year_month_day> asDate(const Var& v) {
  if (!v.isString()) return makeError("filter.not_date", "Giá trị không phải ngày dạng YYYY-MM-DD", "The value is not a YYYY-MM-DD date", asString(v));
  return text::parseIsoDate(asString(v));
}

text::WordsStyle styleOf(NumberReading reading) {
  return text::WordsStyle::forRegion(reading == NumberReading::South ? text::Region::South : text::Region::North);
}

Result<std::string> money(const Var& v, NumberReading) {
  auto n = asInteger(v);
  if (!n) return n.error();
  return text::formatInteger(*n);
}
Result<std::string> moneyWords(const Var& v, NumberReading reading) {
  auto n = asInteger(v);
  if (!n) return n.error();
  return text::moneyWords(*n, styleOf(reading));
}
Result<std::string> moneyWordsChan(const Var& v, NumberReading reading) {
  auto n = asInteger(v);
  if (!n) return n.error();
  return text::moneyWords(*n, styleOf(reading), true);
}
Result<std::string> words(const Var& v, NumberReading reading) {
  auto n = asInteger(v);
  if (!n) return n.error();
  return text::integerWords(*n, styleOf(reading));
}
Result<std::string> decimal(const Var& v, NumberReading) {
  auto d = asDecimal(v);
  if (!d) return d.error();
  return text::formatDecimal(*d);
}
Result<std::string> areaWords(const Var& v, NumberReading reading) {
  auto d = asDecimal(v);
  if (!d) return d.error();
  return text::areaWords(*d, styleOf(reading));
}
Result<std::string> dateLong(const Var& v, NumberReading) {
  auto d = asDate(v);
  if (!d) return d.error();
  return text::dateLong(*d);
}
Result<std::string> dateWords(const Var& v, NumberReading reading) {
  auto d = asDate(v);
  if (!d) return d.error();
  return text::dateWords(*d, styleOf(reading));
}
Result<std::string> upper(const Var& v, NumberReading) { return text::upperCase(asString(v)); }
Result<std::string> title(const Var& v, NumberReading) { return text::properNameCase(asString(v)); }
Result<std::string> lower(const Var& v, NumberReading) {
  // The text kit has no lower-case function; ICU with the Vietnamese locale is what upperCase uses too.
  std::string out;
  icu::UnicodeString::fromUTF8(asString(v)).toLower(icu::Locale("vi")).toUTF8String(out);
  return out;
}

struct Entry {
  std::string_view name;
  FilterFn fn;
  std::string_view example;
};

const Entry kFilters[] = {
    {"money", money, "1250000000 → 1.250.000.000"},
    {"money_words", moneyWords, "1250000000 → Một tỷ hai trăm năm mươi triệu đồng"},
    {"money_words_chan", moneyWordsChan, "1250000000 → Một tỷ hai trăm năm mươi triệu đồng chẵn"},
    {"words", words, "105 → một trăm linh năm"},
    {"decimal", decimal, "\"120.5\" → 120,5"},
    {"area_words", areaWords, "\"120.5\" → một trăm hai mươi phẩy năm mét vuông"},
    {"date_long", dateLong, "\"2026-02-05\" → ngày 05 tháng 02 năm 2026"},
    {"date_words", dateWords, "\"2026-02-05\" → ngày năm tháng hai năm hai nghìn không trăm hai mươi sáu"},
    {"upper", upper, "Nguyễn Văn An → NGUYỄN VĂN AN"},
    {"lower", lower, "NGUYỄN → nguyễn"},
    {"title", title, "NGUYỄN VĂN AN → Nguyễn Văn An"},
};

}  // namespace

FilterFn findFilter(std::string_view name) {
  for (const auto& f : kFilters)
    if (f.name == name) return f.fn;
  return nullptr;
}

const std::vector<FilterInfo>& filterCatalog() {
  static const std::vector<FilterInfo> catalog = [] {
    std::vector<FilterInfo> v;
    for (const auto& f : kFilters) v.push_back({f.name, f.example});
    return v;
  }();
  return catalog;
}

}  // namespace landdesk::docgen
