// Unicode at the input boundary: UTF-8 validation, NFC normalisation and the diacritic-free search fold.
#pragma once

#include <string>
#include <string_view>

namespace landdesk::text {

bool isValidUtf8(std::string_view s);

// NFC form of valid UTF-8; ill-formed sequences become U+FFFD (validate first where that matters).
std::string toNfc(std::string_view utf8);

// The search key of a text: tone and vowel marks removed, đ/Đ mapped to d, lower case, NFC.
// "Nguyễn Văn Đông" -> "nguyen van dong"; the same fold is applied to stored text and to queries.
std::string foldForSearch(std::string_view utf8);

}  // namespace landdesk::text
