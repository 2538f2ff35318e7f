#include "text/area_words.h"

#include <array>

namespace landdesk::text {

namespace {

constexpr std::array<std::string_view, 10> kDigits = {"không", "một", "hai", "ba", "bốn",
                                                      "năm", "sáu", "bảy", "tám", "chín"};

// Longest fraction still spoken as one number ("phẩy một trăm hai mươi lăm"); longer tails go digit by digit.
constexpr size_t kFractionAsNumber = 3;

}  // namespace

Result<std::string> areaWords(const Decimal& m2, const WordsStyle& style) {
  if (m2.isNegative())
    return makeError("words.negative", "Diện tích âm không đọc thành chữ được", "A negative area cannot be read in words",
                     "diện tích " + m2.canonical());
  auto whole = integerWords(m2.integerPart(), style);
  if (!whole) return whole.error();
  std::string out = *whole;
  const std::string fraction = m2.fractionDigits();
  if (!fraction.empty()) {
    out += " phẩy";
    // Written zeros after the comma are spoken, so "120,05" is never heard as "120,5".
    size_t i = 0;
    while (i < fraction.size() && fraction[i] == '0') {
      out += " không";
      ++i;
    }
    const std::string_view tail = std::string_view(fraction).substr(i);
    if (!tail.empty() && tail.size() <= kFractionAsNumber) {
      out += " " + *integerWords(std::stoll(std::string(tail)), style);  // ≤ 999, always in range
    } else {
      for (char c : tail) out += " " + std::string(kDigits[static_cast<size_t>(c - '0')]);
    }
  }
  return out + " mét vuông";
}

}  // namespace landdesk::text
