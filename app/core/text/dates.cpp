#include "text/dates.h"
#include "util/ascii_digits.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace landdesk::text {

namespace {

using namespace std::chrono;

std::string twoDigits(unsigned v) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02u", v % 100);
  return buf;
}

Error invalidDate(std::string_view typed, std::string_view expectedVi, std::string_view expectedEn) {
  return makeError("date.invalid", "Ngày không hợp lệ (cần dạng " + std::string(expectedVi) + ")",
                   "Invalid date (expected " + std::string(expectedEn) + ")", "ngày \"" + std::string(typed) + "\"");
}

Result<year_month_day> makeDate(int y, int m, int d, std::string_view typed) {
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (y < 1000 || !ymd.ok())
    return makeError("date.invalid", "Ngày không có thật trong lịch", "No such day in the calendar",
                     "ngày \"" + std::string(typed) + "\"");
  return ymd;
}

}  // namespace

std::string dateLong(year_month_day d) {
  const unsigned m = static_cast<unsigned>(d.month());
  return "ngày " + twoDigits(static_cast<unsigned>(d.day())) + " tháng " + (m <= 2 ? twoDigits(m) : std::to_string(m)) +
         " năm " + std::to_string(static_cast<int>(d.year()));
}

std::string placeDateLine(std::string_view place, year_month_day d) { return std::string(place) + ", " + dateLong(d); }

Result<std::string> dateWords(year_month_day d, const WordsStyle& style) {
  if (!d.ok() || static_cast<int>(d.year()) < 0)
    return makeError("date.invalid", "Ngày không hợp lệ", "Invalid date", isoDate(d));
  // Month names, not numbers: April is always "tháng tư".
  static constexpr std::array<std::string_view, 12> kMonths = {"một", "hai", "ba",  "tư",   "năm",     "sáu",
                                                               "bảy", "tám", "chín", "mười", "mười một", "mười hai"};
  auto day = integerWords(static_cast<unsigned>(d.day()), style);
  auto year = integerWords(static_cast<int>(d.year()), style);
  if (!day) return day.error();
  if (!year) return year.error();
  return "ngày " + *day + " tháng " + std::string(kMonths[static_cast<unsigned>(d.month()) - 1]) + " năm " + *year;
}

Result<year_month_day> parseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !allDigits(text.substr(0, 4)) ||
      !allDigits(text.substr(5, 2)) || !allDigits(text.substr(8, 2)))
    return invalidDate(text, "YYYY-MM-DD", "YYYY-MM-DD");
  return makeDate(toInt(text.substr(0, 4)), toInt(text.substr(5, 2)), toInt(text.substr(8, 2)), text);
}

Result<year_month_day> parseDmyDate(std::string_view text) {
  if (text.size() == 8 && allDigits(text))  // the QR form ddmmyyyy
    return makeDate(toInt(text.substr(4, 4)), toInt(text.substr(2, 2)), toInt(text.substr(0, 2)), text);
  // d/m/yyyy with one separator kind ('/', '-' or '.'), day and month of one or two digits.
  const size_t first = text.find_first_of("/-.");
  if (first == std::string_view::npos) return invalidDate(text, "dd/mm/yyyy hoặc ddmmyyyy", "dd/mm/yyyy or ddmmyyyy");
  const char sep = text[first];
  const size_t second = text.find(sep, first + 1);
  if (second == std::string_view::npos) return invalidDate(text, "dd/mm/yyyy hoặc ddmmyyyy", "dd/mm/yyyy or ddmmyyyy");
  const std::string_view d = text.substr(0, first), m = text.substr(first + 1, second - first - 1),
                         y = text.substr(second + 1);
  if (!allDigits(d) || !allDigits(m) || !allDigits(y) || d.size() > 2 || m.size() > 2 || y.size() != 4)
    return invalidDate(text, "dd/mm/yyyy hoặc ddmmyyyy", "dd/mm/yyyy or ddmmyyyy");
  return makeDate(toInt(y), toInt(m), toInt(d), text);
}

}  // namespace landdesk::text
