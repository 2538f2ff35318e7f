#include "intake/qr_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>

#include "model/sex.h"
#include "text/unicode.h"
#include "util/datetime.h"

namespace landdesk::intake {

namespace {

Error garbage(int line, const std::string& whatVi, const std::string& whatEn) {
  const std::string at = " (dòng " + std::to_string(line) + ")", atEn = " (line " + std::to_string(line) + ")";
  return Error{"intake.qr_keyboard_garbage",
               "Mã QR do máy quét gõ vào bị sai ký tự" + at + ": " + whatVi +
                   "; máy quét đang ở chế độ bàn phím không hỗ trợ tiếng Việt — hãy bật chế độ Unicode (hoặc USB COM) "
                   "rồi quét lại",
               "The QR payload the scanner typed is garbled" + atEn + ": " + whatEn +
                   "; the scanner is in a keyboard mode without Vietnamese — switch it to Unicode (or USB COM) and "
                   "scan again"};
}

// UTF-16 with BOM to UTF-8; everything else is returned as it is (validated later).
std::string decodeBom(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return std::string(bytes.substr(3));
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const char* charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    icu::UnicodeString u(bytes.data() + 2, static_cast<int32_t>(bytes.size() - 2), charset);
    std::string out;
    u.toUTF8String(out);
    return out;
  }
  return std::string(bytes);
}

// Letters of Vietnamese (and f j w z of foreign names) after canonical decomposition: ASCII letters, đ/Đ, and the
// marks Vietnamese uses (breve, circumflex, horn, five tones). Mojibake ("á»…", "Ä'", "Æ°") always brings a
// character outside this set.
bool vietnameseLetter(UChar32 c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0x0110 || c == 0x0111) return true;
  switch (c) {
    case 0x0300: case 0x0301: case 0x0302: case 0x0303: case 0x0306: case 0x0309: case 0x031B: case 0x0323:
      return true;
    default: return false;
  }
}

// The first character of `field` a scanner could not have read from a real card, or -1.
UChar32 foreignCharacter(std::string_view field, bool address) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return -1;
  const icu::UnicodeString s = nfd->normalize(icu::UnicodeString::fromUTF8(std::string(field)), status);
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (vietnameseLetter(c) || c == ' ' || c == '\'' || c == '-') continue;
    if (address && ((c >= '0' && c <= '9') || std::u16string_view(u",./()#:;&").find(static_cast<char16_t>(c)) != std::u16string_view::npos || c == 0x2013))
      continue;
    return c;
  }
  return -1;
}

std::string field(const std::string& payload, size_t index) {
  size_t start = 0;
  for (size_t i = 0; i < index; ++i) {
    start = payload.find('|', start);
    if (start == std::string::npos) return {};
    ++start;
  }
  return payload.substr(start, payload.find('|', start) - start);
}

std::string codePointText(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  char hex[16];
  std::snprintf(hex, sizeof hex, " (U+%04X)", static_cast<unsigned>(c));
  return "\"" + out + "\"" + hex;
}

Result<ScannedCard> parseLine(std::string line, int number) {
  // AIM symbology identifier ("]Q1" … "]Q6") that some scanners type before the data.
  if (line.size() > 3 && line[0] == ']' && line[1] == 'Q' && line[2] >= '0' && line[2] <= '9') line.erase(0, 3);
  if (line.find("\xEF\xBF\xBD") != std::string::npos)
    return garbage(number, "có ký tự thay thế U+FFFD", "it holds the replacement character U+FFFD");
  // With fewer than seven fields the parser's field-count message says more than a guess about letters would.
  const bool sevenFields = std::count(line.begin(), line.end(), '|') >= 6;
  for (size_t index : {size_t{2}, size_t{5}}) {
    if (!sevenFields) break;
    const std::string value = field(line, index);
    // Markup is refused by the parser with its own message; garbage is judged on the rest.
    if (value.find_first_of("<>{}") != std::string::npos) continue;
    if (UChar32 bad = foreignCharacter(value, index == 5); bad >= 0) {
      const std::string which = index == 2 ? "họ tên" : "địa chỉ", whichEn = index == 2 ? "the name" : "the address";
      return garbage(number, which + " có ký tự " + codePointText(bad) + " không có trong chữ Việt",
                     whichEn + " holds " + codePointText(bad) + ", which no Vietnamese word has");
    }
  }
  auto card = identity::parseIdCardQr(line);
  if (!card) {
    Error e = card.error();
    e.vi = "Dòng " + std::to_string(number) + ": " + e.vi;
    e.en = "Line " + std::to_string(number) + ": " + e.en;
    return e;
  }
  return ScannedCard{number, line, std::move(*card)};
}

}  // namespace

Result<std::vector<ScannedCard>> parseScannerText(std::string_view bytes) {
  const std::string text = decodeBom(bytes);
  if (!text::isValidUtf8(text)) return garbage(1, "tệp không phải UTF-8", "the file is not UTF-8");
  std::vector<ScannedCard> cards;
  int number = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find_first_of("\r\n", start);
    if (end == std::string::npos) end = text.size();
    ++number;
    // CRLF is one line end, not an empty line between two.
    std::string line = text.substr(start, end - start);
    start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto card = parseLine(std::move(line), number);
    if (!card) return card.error();
    cards.push_back(std::move(*card));
  }
  if (cards.empty()) return makeError("qr.empty", "Tệp mã QR trống", "The QR text file is empty");
  return cards;
}

std::vector<std::pair<std::string, std::string>> cardFields(const identity::IdCardQr& card) {
  std::vector<std::pair<std::string, std::string>> out = {{"id_number", card.idNumber}};
  if (!card.oldIdNumber.empty()) out.emplace_back("old_id_number", card.oldIdNumber);
  out.emplace_back("full_name", card.fullName);
  out.emplace_back("birth_date", isoDate(card.birthDate));
  out.emplace_back("sex", std::string(model::sexLabel(card.sex)));
  if (!card.address.empty()) out.emplace_back("address", card.address);
  out.emplace_back("issue_date", isoDate(card.issueDate));
  return out;
}

}  // namespace landdesk::intake
