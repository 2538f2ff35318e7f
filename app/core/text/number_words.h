// Integers and money amounts read out in Vietnamese words (legal-facts §7.2), in a northern or southern style.
#pragma once

#include <cstdint>
#include <string>

#include "util/error.h"

namespace landdesk::text {

enum class Region { North, South };

// The regional choices of the reading; one style per commune (a setting), northern by default.
struct WordsStyle {
  bool le = false;    // "lẻ" instead of "linh" for a zero tens digit (105 một trăm lẻ năm)
  bool ngan = false;  // "ngàn" instead of "nghìn"
  bool tu = false;    // "tư" instead of "bốn" after mươi (24 hai mươi tư, legal-facts example 5); 14 is always mười bốn
  bool ti = false;    // "tỉ" instead of "tỷ"

  // linh, nghìn, bốn, tỷ.
  static WordsStyle north();
  // lẻ, ngàn — the two choices legal-facts §7.2 marks as southern. tư stays off because the facts call it
  // optional with formal usage preferring bốn (contracts are formal), and tỉ stays off because it is a
  // spelling variant, not a regional one, and legal texts spell tỷ. Both remain separate switches.
  static WordsStyle south();
  static WordsStyle forRegion(Region region);
};

// Largest integer read: 999 999 999 999 999 999 ("chín trăm … triệu tỷ …").
inline constexpr int64_t kMaxWordsInteger = 999'999'999'999'999'999;

// Lowercase reading: 1250000000 -> "một tỷ hai trăm năm mươi triệu"; 0 -> "không".
// Error "words.negative" / "words.out_of_range" outside 0 … kMaxWordsInteger.
Result<std::string> integerWords(int64_t n, const WordsStyle& style = {});

// Money form with a capital first letter: "Một tỷ hai trăm năm mươi triệu đồng", with chan "… đồng chẵn".
Result<std::string> moneyWords(int64_t dong, const WordsStyle& style = {}, bool chan = false);

}  // namespace landdesk::text
