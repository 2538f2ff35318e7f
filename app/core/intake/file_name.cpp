#include "intake/file_name.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "text/unicode.h"

namespace landdesk::intake {

namespace {

constexpr size_t kMaxBytes = 180;  // well under the 255-byte limit of ext4/NTFS once a numeric prefix is added
constexpr std::string_view kReserved = "<>:\"/\\|?*";
constexpr std::array<std::string_view, 22> kDeviceNames = {"CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4",
                                                           "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3",
                                                           "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};

bool invisible(UChar32 c) {
  const auto type = u_charType(c);
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR || type == U_UNASSIGNED || type == U_SURROGATE ||
         type == U_PRIVATE_USE_CHAR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR;
}

std::string toUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Cuts at a code point boundary so the result stays valid UTF-8.
std::string truncateUtf8(std::string s, size_t maxBytes) {
  if (s.size() <= maxBytes) return s;
  size_t cut = maxBytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

std::string_view trimSpacesAndDots(std::string_view s) {
  const auto drop = [](char c) { return c == ' ' || c == '.'; };
  while (!s.empty() && drop(s.front())) s.remove_prefix(1);
  while (!s.empty() && drop(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string sanitizeFileName(std::string_view raw, std::string_view fallback) {
  // Only the last path segment counts: "../../etc/passwd" -> "passwd", "C:\\Users\\x\\a.jpg" -> "a.jpg".
  const size_t cut = raw.find_last_of("/\\");
  if (cut != std::string_view::npos) raw.remove_prefix(cut + 1);

  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(text::toNfc(raw));
  icu::UnicodeString clean;
  bool lastSpace = false;
  for (int32_t i = 0; i < in.length();) {
    const UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (invisible(c)) continue;
    if (u_isUWhiteSpace(c)) {
      if (!lastSpace) clean.append(UChar32{' '});
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    clean.append(c < 0x80 && kReserved.find(static_cast<char>(c)) != std::string_view::npos ? UChar32{'_'} : c);
  }
  std::string name(trimSpacesAndDots(toUtf8(clean)));
  if (name.empty()) return std::string(fallback);

  // "CON", "con.txt", "Nul.jpg" open a device on Windows, where a desk may copy these files.
  const std::string stem = name.substr(0, name.find('.'));
  std::string upperStem = stem;
  std::transform(upperStem.begin(), upperStem.end(), upperStem.begin(), [](unsigned char c) { return std::toupper(c); });
  if (std::find(kDeviceNames.begin(), kDeviceNames.end(), upperStem) != kDeviceNames.end()) name = "_" + name;

  if (name.size() > kMaxBytes) {
    const size_t dot = name.rfind('.');
    const std::string ext = dot != std::string::npos && name.size() - dot <= 12 ? name.substr(dot) : "";
    name = std::string(trimSpacesAndDots(truncateUtf8(name.substr(0, name.size() - ext.size()), kMaxBytes - ext.size()))) + ext;
  }
  return text::toNfc(name);
}

std::string lowerExtension(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == name.size()) return {};
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

}  // namespace landdesk::intake
