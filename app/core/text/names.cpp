#include "text/names.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/unicode.h"

namespace landdesk::text {

namespace {

const icu::Locale& vietnamese() {
  static const icu::Locale locale("vi");
  return locale;
}

icu::UnicodeString fromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string toUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::string properNameCase(std::string_view utf8) {
  icu::UnicodeString s = fromUtf8(toNfc(utf8));
  s.toTitle(nullptr, vietnamese());  // word break iterator: first letter of each word up, the rest down
  return toNfc(toUtf8(s));
}

std::string upperCase(std::string_view utf8) {
  icu::UnicodeString s = fromUtf8(toNfc(utf8));
  s.toUpper(vietnamese());
  return toNfc(toUtf8(s));
}

std::string capitalizeFirst(std::string_view utf8) {
  const icu::UnicodeString s = fromUtf8(toNfc(utf8));
  if (s.isEmpty()) return {};
  const int32_t firstLength = U16_LENGTH(s.char32At(0));
  icu::UnicodeString head(s, 0, firstLength);
  head.toUpper(vietnamese());
  head.append(s, firstLength, s.length() - firstLength);
  return toUtf8(head);
}

std::string_view honorific(model::Sex sex) { return sex == model::Sex::Female ? "Bà" : "Ông"; }

Result<std::string> cleanField(std::string_view raw, std::string_view fieldVi, std::string_view fieldEn) {
  const std::string field = std::string(fieldVi) + " / " + std::string(fieldEn);
  if (!isValidUtf8(raw))
    return makeError("text.invalid_utf8", "Văn bản không phải UTF-8 hợp lệ", "Text is not valid UTF-8", field);
  const icu::UnicodeString s = fromUtf8(toNfc(raw));
  icu::UnicodeString out;
  bool pendingSpace = false;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    // Checked before whitespace: tab and newline are control characters, not spaces, in a one-line field.
    const int8_t type = u_charType(c);
    if (type == U_CONTROL_CHAR || type == U_FORMAT_CHAR)
      return makeError("text.control_char", "Có ký tự điều khiển hoặc ký tự ẩn", "Contains a control or invisible character", field);
    if (c == '<' || c == '>' || c == '{' || c == '}')
      return makeError("text.markup", "Không được chứa ký tự < > { }", "Must not contain < > { }", field);
    if (u_isUWhiteSpace(c)) {
      pendingSpace = !out.isEmpty();
      continue;
    }
    if (pendingSpace) out.append(static_cast<UChar32>(' '));
    pendingSpace = false;
    out.append(c);
  }
  if (out.isEmpty()) return makeError("text.empty", "Chưa nhập", "Empty", field);
  return toUtf8(out);
}

Result<std::string> cleanName(std::string_view raw) { return cleanField(raw, "họ và tên", "full name"); }

}  // namespace landdesk::text
