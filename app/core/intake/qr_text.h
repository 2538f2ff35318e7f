// A CCCD QR payload as a keyboard-mode USB scanner typed it into a text file, read back into ID-card fields.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "identity/id_card_qr.h"
#include "util/error.h"

namespace landdesk::intake {

struct ScannedCard {
  int line = 1;         // 1-based line of the file the payload stood on
  std::string payload;  // as typed, decoded to UTF-8, CR/LF and scanner prefix removed
  identity::IdCardQr card;
};

// Accepts UTF-8 (with or without BOM) and UTF-16 with BOM (Notepad's "Unicode"), CR, LF or CRLF line ends, a
// trailing newline, and the "]Q1" symbology prefix some scanners add; every non-empty line is one card. Refuses
// ("intake.qr_keyboard_garbage") what a scanner in a non-Unicode keyboard mode types for Vietnamese letters:
// bytes that are not UTF-8, '?' or U+FFFD in place of letters, mojibake such as "Nguyá»…n"; otherwise the
// parser's own errors (wrong field count, impossible date, markup, number rules), prefixed with the line number.
Result<std::vector<ScannedCard>> parseScannerText(std::string_view bytes);

// The card's values under the keys `landdesk-cli scan --json` uses (id_number, full_name, birth_date YYYY-MM-DD …).
std::vector<std::pair<std::string, std::string>> cardFields(const identity::IdCardQr& card);

}  // namespace landdesk::intake
