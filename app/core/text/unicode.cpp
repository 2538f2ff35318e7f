#include "text/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace landdesk::text {

namespace {

const icu::Normalizer2& normalizer(bool composed) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      composed ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU normaliser unavailable: ") + u_errorName(status));
  return *n;
}

std::string toUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

bool isValidUtf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string toNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  const icu::UnicodeString out = normalizer(true).normalize(in, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFC normalisation failed: ") + u_errorName(status));
  return toUtf8(out);
}

std::string foldForSearch(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  const icu::UnicodeString decomposed = normalizer(false).normalize(in, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFD normalisation failed: ") + u_errorName(status));
  icu::UnicodeString folded;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0111 || c == 0x0110) {  // đ, Đ: no Unicode decomposition, folded by hand
      folded.append(static_cast<UChar32>('d'));
      continue;
    }
    folded.append(u_tolower(c));
  }
  return toUtf8(folded);
}

}  // namespace landdesk::text
