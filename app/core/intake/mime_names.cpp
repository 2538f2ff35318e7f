#include "intake/mime_names.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "text/unicode.h"

namespace landdesk::intake {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); });
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "%E1%BB%95" -> bytes; a '%' not followed by two hex digits is kept as it is.
std::string percentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::optional<std::string> plainValue(const HeaderParameters& params, std::string_view name) {
  for (const auto& [key, value] : params)
    if (equalsIgnoreCase(key, name)) return value;
  return std::nullopt;
}

// Text for display: UTF-8 kept, anything else read as Windows-1258, the code page of Vietnamese Windows.
std::string asUtf8(const std::string& raw) {
  if (text::isValidUtf8(raw)) return raw;
  if (auto converted = convertToUtf8(raw, "windows-1258")) return *converted;
  return text::toNfc(raw);  // ill-formed bytes become U+FFFD
}

}  // namespace

std::optional<std::string> convertToUtf8(std::string_view bytes, std::string_view charset) {
  if (charset.empty() || equalsIgnoreCase(charset, "utf-8") || equalsIgnoreCase(charset, "us-ascii")) {
    if (!text::isValidUtf8(bytes)) return std::nullopt;
    return text::toNfc(bytes);
  }
  UErrorCode status = U_ZERO_ERROR;
  const std::string from(charset);
  UConverter* conv = ucnv_open(from.c_str(), &status);
  if (U_FAILURE(status)) return std::nullopt;
  // Stop (rather than substitute) on bytes the charset does not define, so a wrong label is noticed.
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string units(bytes.size() * 2 + 4, u'\0');
  const int32_t n = ucnv_toUChars(conv, units.data(), static_cast<int32_t>(units.size()), bytes.data(),
                                  static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(conv);
  if (U_FAILURE(status) || n < 0) return std::nullopt;
  std::string out;
  icu::UnicodeString(units.data(), n).toUTF8String(out);
  return text::toNfc(out);
}

std::optional<std::string> decodeRfc2231(const HeaderParameters& params, std::string_view name) {
  const std::string base(name);
  // Single extended value: name*=charset'lang'value.
  if (auto v = plainValue(params, base + "*")) {
    const size_t q1 = v->find('\''), q2 = q1 == std::string::npos ? q1 : v->find('\'', q1 + 1);
    if (q2 == std::string::npos) return asUtf8(percentDecode(*v));
    return convertToUtf8(percentDecode(v->substr(q2 + 1)), v->substr(0, q1)).value_or(asUtf8(percentDecode(v->substr(q2 + 1))));
  }
  // Continuations: name*0[*], name*1[*], … in numeric order, with no gaps.
  std::map<int, std::pair<std::string, bool>> parts;
  const std::string prefix = base + "*";
  for (const auto& [key, value] : params) {
    if (key.size() <= prefix.size() || !equalsIgnoreCase(std::string_view(key).substr(0, prefix.size()), prefix)) continue;
    std::string_view rest = std::string_view(key).substr(prefix.size());
    const bool encoded = rest.ends_with('*');
    if (encoded) rest.remove_suffix(1);
    if (rest.empty() || rest.size() > 3 || !std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    parts[std::stoi(std::string(rest))] = {value, encoded};
  }
  if (parts.empty()) return std::nullopt;
  std::string charset, bytes;
  int expected = 0;
  for (const auto& [index, part] : parts) {
    if (index != expected++) break;  // a gap ends the value (RFC 2231 §3)
    std::string value = part.first;
    if (index == 0 && part.second) {
      const size_t q1 = value.find('\''), q2 = q1 == std::string::npos ? q1 : value.find('\'', q1 + 1);
      if (q2 != std::string::npos) {
        charset = value.substr(0, q1);
        value = value.substr(q2 + 1);
      }
    }
    bytes += part.second ? percentDecode(value) : value;
  }
  return convertToUtf8(bytes, charset).value_or(asUtf8(bytes));
}

std::string attachmentName(const HeaderParameters& disposition, const HeaderParameters& contentType) {
  if (auto v = decodeRfc2231(disposition, "filename")) return *v;
  if (auto v = plainValue(disposition, "filename"); v && !v->empty()) return asUtf8(*v);
  if (auto v = decodeRfc2231(contentType, "name")) return *v;
  if (auto v = plainValue(contentType, "name"); v && !v->empty()) return asUtf8(*v);
  return {};
}

}  // namespace landdesk::intake
