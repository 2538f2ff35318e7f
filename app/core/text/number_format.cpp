#include "text/number_format.h"
#include "util/ascii_digits.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "text/number_words.h"
#include "text/unicode.h"

namespace landdesk::text {

namespace {

std::string groupDigits(const std::string& digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

Error numberError(std::string code, std::string vi, std::string en, std::string_view fieldVi, std::string_view typed) {
  return makeError(std::move(code), std::move(vi), std::move(en), std::string(fieldVi) + " \"" + std::string(typed) + "\"");
}

// A typed numeral split into its integer digits and fraction digits, separators resolved.
struct Numeral {
  std::string integer;
  std::string fraction;
};

// The separator rules shared by amounts and decimals. Grouping separators ('.', ',' or space) must cut
// the integer into a 1–3 digit head and 3-digit groups; a decimal mark is whichever of '.'/',' is left over.
// `fieldVi` names the field in messages.
Result<Numeral> splitNumeral(std::string_view s, std::string_view fieldVi, std::string_view typed) {
  const auto bad = [&](std::string why, std::string whyEn) {
    return numberError("number.invalid", "Số không hợp lệ (" + why + ")", "Invalid number (" + whyEn + ")", fieldVi, typed);
  };
  if (s.empty()) return numberError("number.empty", "Chưa nhập số", "No number given", fieldVi, typed);
  if (s.front() == '-')
    return numberError("number.negative", "Không nhận số âm", "Negative numbers are not accepted", fieldVi, typed);
  for (char c : s)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == ' '))
      return bad("có ký tự không phải chữ số", "contains a character that is not a digit");

  const size_t dots = std::count(s.begin(), s.end(), '.'), commas = std::count(s.begin(), s.end(), ',');
  const bool spaces = s.find(' ') != std::string_view::npos;
  char group = 0, mark = 0;
  if (dots && commas) {
    // Both present: the last one is the decimal mark ("1.234,5" Vietnamese, "1,234.5" English).
    mark = s.find_last_of(".,") == s.rfind('.') ? '.' : ',';
    group = mark == '.' ? ',' : '.';
    if (std::count(s.begin(), s.end(), mark) != 1) return bad("dấu thập phân lặp lại", "decimal mark repeated");
    if (spaces) return bad("lẫn dấu cách với dấu phân cách", "spaces mixed with separators");
  } else if (dots + commas > 1) {
    group = dots ? '.' : ',';  // "1.250.000" — one kind, several times: only grouping makes sense
    if (spaces) return bad("lẫn dấu cách với dấu phân cách", "spaces mixed with separators");
  } else if (dots + commas == 1) {
    const char sep = dots ? '.' : ',';
    const size_t at = s.find(sep);
    const std::string_view head = s.substr(0, at), tail = s.substr(at + 1);
    // "1.250" is a thousand and a quarter at once; a head of "0" or of four or more digits cannot start a
    // group, and a tail that is not three digits cannot be one.
    if (tail.size() == 3 && !spaces && head.size() <= 3 && head != "0" && allDigits(head) && allDigits(tail))
      return numberError("number.ambiguous",
                         "Không rõ là phân cách hàng nghìn hay dấu thập phân; hãy viết rõ, ví dụ 1.250.000 hoặc 1,25",
                         "Ambiguous: thousands separator or decimal mark? Write e.g. 1.250.000 or 1,25", fieldVi, typed);
    mark = sep;
    if (spaces) group = ' ';
  } else if (spaces) {
    group = ' ';
  }

  Numeral n;
  std::string_view intPart = s;
  if (mark) {
    const size_t at = s.rfind(mark);
    intPart = s.substr(0, at);
    n.fraction = std::string(s.substr(at + 1));
    if (!allDigits(n.fraction)) return bad("thiếu chữ số sau dấu thập phân", "no digits after the decimal mark");
  }
  if (group) {
    std::vector<std::string_view> parts;
    for (size_t start = 0;;) {
      const size_t at = intPart.find(group, start);
      parts.push_back(intPart.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
      if (at == std::string_view::npos) break;
      start = at + 1;
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      const bool ok = allDigits(parts[i]) && (i == 0 ? parts[i].size() <= 3 : parts[i].size() == 3);
      if (!ok) return bad("nhóm chữ số không đúng (mỗi nhóm 3 chữ số)", "digit groups must have 3 digits");
      n.integer += parts[i];
    }
  } else {
    n.integer = std::string(intPart);
  }
  if (!allDigits(n.integer)) return bad("thiếu chữ số", "digits missing");
  return n;
}

// Digits to an integer, refusing anything beyond the words range.
std::optional<int64_t> toInteger(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  if (digits.size() > 18) return std::nullopt;
  int64_t v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::string formatInteger(int64_t n) {
  if (n < 0) {
    // Through unsigned so INT64_MIN has a magnitude too.
    const uint64_t magnitude = 0 - static_cast<uint64_t>(n);
    return "-" + groupDigits(std::to_string(magnitude));
  }
  return groupDigits(std::to_string(n));
}

std::string formatDecimal(const Decimal& d) {
  const int64_t whole = d.integerPart();
  std::string out = d.isNegative() ? "-" : "";
  out += groupDigits(std::to_string(whole < 0 ? -whole : whole));
  if (d.scale() > 0) out += "," + d.fractionDigits();
  return out;
}

Result<int64_t> parseAmount(std::string_view typed) {
  const std::string_view fieldVi = "số tiền";
  if (!isValidUtf8(typed))
    return numberError("number.invalid_utf8", "Văn bản không phải UTF-8 hợp lệ", "Text is not valid UTF-8", fieldVi, "");
  const std::string nfc = toNfc(typed);
  std::string_view s = trim(nfc);
  // The numeral, then an optional word: a multiplier (tỷ, triệu, nghìn) and/or the currency (đồng, đ, VNĐ).
  size_t end = 0;
  while (end < s.size() && (std::isdigit(static_cast<unsigned char>(s[end])) || s[end] == '.' || s[end] == ',' ||
                            s[end] == ' ' || (end == 0 && s[end] == '-')))
    ++end;
  const std::string_view numeral = trim(s.substr(0, end));
  std::string unit = foldForSearch(trim(s.substr(end)));
  for (const std::string_view currency : {"dong", "vnd", "d"}) {
    if (unit.ends_with(currency)) {
      unit.resize(unit.size() - currency.size());
      while (!unit.empty() && unit.back() == ' ') unit.pop_back();
      break;
    }
  }
  int64_t multiplier = 1;
  if (unit == "ty" || unit == "ti") multiplier = 1'000'000'000;
  else if (unit == "trieu") multiplier = 1'000'000;
  else if (unit == "nghin" || unit == "ngan") multiplier = 1000;
  else if (!unit.empty())
    return numberError("number.invalid", "Số tiền có chữ không hiểu được (chỉ nhận tỷ, triệu, nghìn, đồng)",
                       "Unknown word in the amount (only tỷ, triệu, nghìn, đồng)", fieldVi, typed);

  auto parts = splitNumeral(numeral, fieldVi, typed);
  if (!parts) return parts.error();
  // Only a multiplier makes a fraction meaningful ("1,5 tỷ"); the result must still be whole đồng.
  std::string fraction = parts->fraction;
  int zeros = 0;
  for (int64_t m = multiplier; m > 1; m /= 10) ++zeros;
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  if (static_cast<int>(fraction.size()) > zeros)
    return numberError("number.fraction", "Số tiền phải là số đồng nguyên, không có phần thập phân",
                       "An amount must be whole đồng, without a fraction", fieldVi, typed);
  const auto tooLarge = [&] {
    return numberError("number.out_of_range", "Số tiền quá lớn (tối đa 999.999.999.999.999.999)",
                       "Amount too large (at most 999,999,999,999,999,999)", fieldVi, typed);
  };
  const auto whole = toInteger(parts->integer);
  if (!whole) return tooLarge();
  fraction.append(static_cast<size_t>(zeros) - fraction.size(), '0');
  const int64_t fractionValue = fraction.empty() ? 0 : *toInteger(fraction);
  if (*whole > (kMaxWordsInteger - fractionValue) / multiplier) return tooLarge();
  return *whole * multiplier + fractionValue;
}

Result<Decimal> parseDecimal(std::string_view typed) {
  const std::string_view fieldVi = "số";
  if (!isValidUtf8(typed))
    return numberError("number.invalid_utf8", "Văn bản không phải UTF-8 hợp lệ", "Text is not valid UTF-8", fieldVi, "");
  const std::string nfc = toNfc(typed);
  auto parts = splitNumeral(trim(nfc), fieldVi, typed);
  if (!parts) return parts.error();
  if (parts->fraction.size() > static_cast<size_t>(Decimal::kMaxScale))
    return numberError("number.too_precise", "Quá 6 chữ số sau dấu phẩy", "More than 6 digits after the decimal mark",
                       fieldVi, typed);
  const std::string digits = parts->integer + parts->fraction;
  const auto units = toInteger(digits);
  if (!units)
    return numberError("number.out_of_range", "Số quá lớn", "Number too large", fieldVi, typed);
  return Decimal(*units, static_cast<int>(parts->fraction.size()));
}

}  // namespace landdesk::text
