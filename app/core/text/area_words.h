// Land areas read out in words: "120,05 m²" -> "một trăm hai mươi phẩy không năm mét vuông".
#pragma once

#include <string>

#include "text/number_words.h"
#include "util/decimal.h"
#include "util/error.h"

namespace landdesk::text {

// Lowercase reading of an area in m², exactly as written (scale kept, so 120,50 reads "… phẩy năm mươi …").
// The fraction after "phẩy": each leading zero is read "không", then the remaining digits are read as one
// number when there are at most three of them (120,55 -> "phẩy năm mươi lăm", 120,05 -> "phẩy không năm"),
// digit by digit when longer (120,1234 -> "phẩy một hai ba bốn"), since nobody says such tails as one number.
// Errors: "words.negative" for a negative area, "words.out_of_range" for an integer part beyond the words range.
Result<std::string> areaWords(const Decimal& m2, const WordsStyle& style = {});

}  // namespace landdesk::text
