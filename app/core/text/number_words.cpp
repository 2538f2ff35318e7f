#include "text/number_words.h"

#include <array>

#include "text/names.h"

namespace landdesk::text {

namespace {

constexpr std::array<std::string_view, 10> kDigits = {"không", "một", "hai", "ba", "bốn",
                                                      "năm", "sáu", "bảy", "tám", "chín"};

void append(std::string& out, std::string_view word) {
  if (!out.empty()) out += ' ';
  out += word;
}

// One group of three digits. `full` says a higher group was read before it, so an empty hundreds digit is
// spoken ("không trăm") and a lone units digit takes "linh"/"lẻ" (1.001 một nghìn không trăm linh một).
void appendGroup(std::string& out, int group, bool full, const WordsStyle& style) {
  const int h = group / 100, t = group / 10 % 10, u = group % 10;
  const bool hundreds = h > 0 || full;
  if (hundreds) {
    append(out, kDigits[h]);
    append(out, "trăm");
  }
  if (t == 0) {
    if (u == 0) return;
    if (hundreds) append(out, style.le ? "lẻ" : "linh");
    append(out, kDigits[u]);  // 105 linh năm, 101 linh một, 104 linh bốn: no mốt/lăm/tư without a tens word
    return;
  }
  if (t == 1) {
    append(out, "mười");
    if (u == 5) append(out, "lăm");
    else if (u > 0) append(out, kDigits[u]);  // 11 mười một, 14 mười bốn (never tư)
    return;
  }
  append(out, kDigits[t]);
  append(out, "mươi");
  if (u == 1) append(out, "mốt");
  else if (u == 4) append(out, style.tu ? "tư" : "bốn");
  else if (u == 5) append(out, "lăm");
  else if (u > 0) append(out, kDigits[u]);
}

// Below one tỷ: groups of triệu, nghìn and units; empty groups are skipped.
void appendBelowBillion(std::string& out, int64_t n, bool full, const WordsStyle& style) {
  const int groups[3] = {static_cast<int>(n / 1'000'000), static_cast<int>(n / 1000 % 1000), static_cast<int>(n % 1000)};
  const std::string_view labels[3] = {"triệu", style.ngan ? "ngàn" : "nghìn", ""};
  for (int i = 0; i < 3; ++i) {
    if (groups[i] == 0) continue;
    appendGroup(out, groups[i], full, style);
    if (!labels[i].empty()) append(out, labels[i]);
    full = true;
  }
}

}  // namespace

WordsStyle WordsStyle::north() { return WordsStyle{}; }

WordsStyle WordsStyle::south() {
  WordsStyle s;
  s.le = true;
  s.ngan = true;
  return s;
}

WordsStyle WordsStyle::forRegion(Region region) { return region == Region::South ? south() : north(); }

Result<std::string> integerWords(int64_t n, const WordsStyle& style) {
  if (n < 0)
    return makeError("words.negative", "Số âm không đọc thành chữ được", "A negative number cannot be read in words",
                     "số " + std::to_string(n));
  if (n > kMaxWordsInteger)
    return makeError("words.out_of_range", "Số quá lớn để đọc thành chữ (tối đa 999.999.999.999.999.999)",
                     "Number too large to read in words (at most 999,999,999,999,999,999)", "số " + std::to_string(n));
  if (n == 0) return std::string(kDigits[0]);
  // Above a tỷ the count of tỷ is itself read with nghìn and triệu: "nghìn tỷ" = 10^12, "triệu tỷ" = 10^15.
  std::string out;
  const int64_t billions = n / 1'000'000'000, rest = n % 1'000'000'000;
  if (billions > 0) {
    appendBelowBillion(out, billions, false, style);
    append(out, style.ti ? "tỉ" : "tỷ");
  }
  appendBelowBillion(out, rest, billions > 0, style);
  return out;
}

Result<std::string> moneyWords(int64_t dong, const WordsStyle& style, bool chan) {
  auto words = integerWords(dong, style);
  if (!words) return words.error();
  std::string out = capitalizeFirst(*words) + " đồng";
  if (chan) out += " chẵn";
  return out;
}

}  // namespace landdesk::text
