// landdesk-cli words | area | date | number parse | name case: the Vietnamese text kit on the command line.
#include <ostream>

#include "../cli_output.h"
#include "../command_table.h"
#include "text/area_words.h"
#include "text/dates.h"
#include "text/names.h"
#include "text/number_format.h"
#include "text/number_words.h"
#include "text/unicode.h"

namespace landdesk::cli {

namespace {

const OptionSpec kStyleOption{"--style", true, "north (linh, nghìn; default) or south (lẻ, ngàn)"};

// The positional words joined back with single spaces, so an unquoted "NGUYỄN VĂN AN" still works.
std::string joined(const Invocation& inv) {
  std::string out;
  for (const std::string& w : inv.args.positional()) out += (out.empty() ? "" : " ") + w;
  return out;
}

Result<text::WordsStyle> styleOf(const Invocation& inv) {
  const std::string name = text::foldForSearch(inv.args.valueOr("--style", "north"));
  if (name == "north" || name == "bac" || name == "mien bac") return text::WordsStyle::north();
  if (name == "south" || name == "nam" || name == "mien nam") return text::WordsStyle::south();
  return makeError("cli.style", "Kiểu đọc phải là north hoặc south", "The style must be north or south", "--style");
}

// A whole number as typed on the command line: plain digits (any length, so "beyond range" is reported as
// such), a leading minus (reported as negative), or anything parseAmount accepts ("1.250.000.000", "1,5 tỷ").
Result<int64_t> integerArgument(const std::string& s) {
  const bool negative = s.starts_with("-");
  const std::string_view digits = std::string_view(s).substr(negative ? 1 : 0);
  if (!digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos) {
    if (negative)
      return makeError("words.negative", "Số âm không đọc thành chữ được", "A negative number cannot be read in words",
                       "số " + s);
    const size_t first = digits.find_first_not_of('0');
    if (first != std::string_view::npos && digits.size() - first > 18)
      return makeError("words.out_of_range", "Số quá lớn để đọc thành chữ (tối đa 999.999.999.999.999.999)",
                       "Number too large to read in words (at most 999,999,999,999,999,999)", "số " + s);
    return std::stoll(std::string(digits));
  }
  auto amount = text::parseAmount(s);
  if (!amount)
    return Error{amount.error().code, "Số N cần đọc không hợp lệ — " + amount.error().vi,
                 "Invalid number N to read — " + amount.error().en};
  return amount;
}

int runWords(Invocation& inv) {
  static const Command self{{"words"}, "N", "", {}, nullptr};
  if (inv.args.positional().empty()) return usageError(inv, self, "Thiếu số cần đọc", "Missing the number to read");
  const std::string typed = joined(inv);
  auto style = styleOf(inv);
  if (!style) return fail(inv, style.error(), kExitUsage);
  auto n = integerArgument(typed);
  if (!n) return fail(inv, n.error());
  auto words = inv.args.has("--money") ? text::moneyWords(*n, *style, inv.args.has("--chan")) : text::integerWords(*n, *style);
  if (!words) return fail(inv, words.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("value", *n);
    o->set("formatted", text::formatInteger(*n));
    o->set("words", *words);
    printJson(inv, o);
  } else {
    inv.out << *words << '\n';
  }
  return kExitOk;
}

int runArea(Invocation& inv) {
  static const Command self{{"area"}, "M2", "", {}, nullptr};
  if (inv.args.positional().empty()) return usageError(inv, self, "Thiếu diện tích", "Missing the area");
  std::string typed = joined(inv);
  for (const std::string_view unit : {"m²", "m2"})
    if (typed.ends_with(unit)) typed.resize(typed.size() - unit.size());
  auto style = styleOf(inv);
  if (!style) return fail(inv, style.error(), kExitUsage);
  auto area = text::parseDecimal(typed);
  if (!area) return fail(inv, area.error());
  auto words = text::areaWords(*area, *style);
  if (!words) return fail(inv, words.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("value", area->canonical());
    o->set("formatted", text::formatDecimal(*area));
    o->set("words", *words);
    printJson(inv, o);
  } else {
    inv.out << *words << '\n';
  }
  return kExitOk;
}

int runDate(Invocation& inv) {
  static const Command self{{"date"}, "YYYY-MM-DD", "", {}, nullptr};
  if (inv.args.positional().size() != 1) return usageError(inv, self, "Cần đúng một ngày", "Exactly one date is needed");
  const std::string& typed = inv.args.positional()[0];
  auto style = styleOf(inv);
  if (!style) return fail(inv, style.error(), kExitUsage);
  // ISO when it looks like ISO, else the officer's dd/mm/yyyy, so the error speaks about the form meant.
  auto date = typed.size() >= 5 && typed[4] == '-' ? text::parseIsoDate(typed) : text::parseDmyDate(typed);
  if (!date) return fail(inv, date.error());
  std::string line;
  if (inv.args.has("--words")) {
    auto words = text::dateWords(*date, *style);
    if (!words) return fail(inv, words.error());
    line = *words;
  } else if (auto place = inv.args.value("--place")) {
    auto cleaned = text::cleanField(*place, "địa danh", "place");
    if (!cleaned) return fail(inv, cleaned.error());
    line = text::placeDateLine(*cleaned, *date);
  } else {
    line = text::dateLong(*date);
  }
  if (inv.json) {
    auto o = jsonObject();
    o->set("date", isoDate(*date));
    o->set("text", line);
    printJson(inv, o);
  } else {
    inv.out << line << '\n';
  }
  return kExitOk;
}

int runNumberParse(Invocation& inv) {
  static const Command self{{"number", "parse"}, "TEXT", "", {}, nullptr};
  if (inv.args.positional().empty()) return usageError(inv, self, "Thiếu số", "Missing the number");
  const std::string typed = joined(inv);
  auto amount = text::parseAmount(typed);
  if (amount) {
    if (inv.json) {
      auto o = jsonObject();
      o->set("kind", "integer");
      o->set("value", *amount);
      o->set("formatted", text::formatInteger(*amount));
      printJson(inv, o);
    } else {
      inv.out << *amount << '\n';
    }
    return kExitOk;
  }
  // Not whole đồng: it may still be a decimal ("120,5"); any other refusal stands as given.
  if (amount.error().code != "number.fraction") return fail(inv, amount.error());
  auto decimal = text::parseDecimal(typed);
  if (!decimal) return fail(inv, decimal.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("kind", "decimal");
    o->set("value", decimal->canonical());
    o->set("formatted", text::formatDecimal(*decimal));
    printJson(inv, o);
  } else {
    inv.out << decimal->canonical() << '\n';
  }
  return kExitOk;
}

int runNameCase(Invocation& inv) {
  static const Command self{{"name", "case"}, "TEXT", "", {}, nullptr};
  if (inv.args.positional().empty()) return usageError(inv, self, "Thiếu họ tên", "Missing the name");
  auto name = text::cleanName(joined(inv));
  if (!name) return fail(inv, name.error());
  const std::string out = inv.args.has("--upper") ? text::upperCase(*name) : text::properNameCase(*name);
  if (inv.json) {
    auto o = jsonObject();
    o->set("name", out);
    o->set("search_key", text::foldForSearch(out));
    printJson(inv, o);
  } else {
    inv.out << out << '\n';
  }
  return kExitOk;
}

}  // namespace

std::vector<Command> textCommands() {
  return {
      {{"words"}, "N", "read an integer in Vietnamese words (lowercase)",
       {kStyleOption, {"--money", false, "money form: \"Một … đồng\""}, {"--chan", false, "with --money: end in \"đồng chẵn\""}},
       runWords},
      {{"area"}, "M2", "read an area (e.g. 120,5) in words, \"… mét vuông\"", {kStyleOption}, runArea},
      {{"date"}, "YYYY-MM-DD", "print a date as \"ngày 05 tháng 02 năm 2026\"",
       {kStyleOption, {"--words", false, "the date in words, for lời chứng"}, {"--place", true, "prefix \"<place>, \""}},
       runDate},
      {{"number", "parse"}, "TEXT", "parse a typed amount or decimal (refuses ambiguous 1.250)", {}, runNumberParse},
      {{"name", "case"}, "TEXT", "clean a name and print it in proper case",
       {{"--upper", false, "print in upper case instead"}}, runNameCase},
  };
}

}  // namespace landdesk::cli
