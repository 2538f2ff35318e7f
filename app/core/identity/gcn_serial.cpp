#include "identity/gcn_serial.h"

#include "text/names.h"
#include "text/unicode.h"

namespace landdesk::identity {

namespace {

Error serialError(std::string_view typed) {
  const bool printable = text::isValidUtf8(typed) && typed.size() <= 40;
  return makeError("gcn.serial",
                   "Số phát hành (seri) GCN phải gồm 1–2 chữ cái rồi 6–8 chữ số, ví dụ BA 685616 hoặc AA 01695788",
                   "A GCN serial is 1–2 letters then 6–8 digits, e.g. BA 685616 or AA 01695788",
                   printable ? "số seri GCN \"" + std::string(typed) + "\"" : std::string("số seri GCN"));
}

}  // namespace

Result<std::string> normalizeGcnSerial(std::string_view typed) {
  if (!text::isValidUtf8(typed)) return serialError(typed);
  const std::string upper = text::upperCase(typed);
  std::string_view s = upper;
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);

  // Letters: A–Z or Đ (U+0110, two bytes in UTF-8), at most two.
  const std::string_view kDStroke = "\xC4\x90";
  std::string letters;
  int letterCount = 0;
  while (!s.empty() && letterCount < 3) {
    if (s.front() >= 'A' && s.front() <= 'Z') {
      letters += s.front();
      s.remove_prefix(1);
    } else if (s.starts_with(kDStroke)) {
      letters += kDStroke;
      s.remove_prefix(kDStroke.size());
    } else {
      break;
    }
    ++letterCount;
  }
  if (!s.empty() && s.front() == ' ') s.remove_prefix(1);  // one optional space
  const bool digitsOnly = !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  if (letterCount < 1 || letterCount > 2 || !digitsOnly || s.size() < 6 || s.size() > 8) return serialError(typed);
  return letters + " " + std::string(s);
}

}  // namespace landdesk::identity
