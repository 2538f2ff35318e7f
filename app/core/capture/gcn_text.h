// OCR lines prepared for label search (each word folded: no marks, đ→d, lower case) and the small value parsers
// GCN extraction shares: areas with Vietnamese separators, dates, names, land-use codes, the issuing body.
#pragma once

#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "capture/captured_document.h"
#include "capture/ocr_engine.h"

namespace landdesk::capture {

// Some words of one line: their text as read, the box around them, their mean confidence.
struct TextSpan {
  std::string text;
  Box box;
  double confidence = 0;
  TextSpan joined(const TextSpan& next) const;
};

struct TextLine {
  std::vector<OcrWord> words;
  std::string folded;              // folded words joined by single spaces
  std::vector<size_t> starts;      // offset of each word in `folded`
  Box box;

  size_t wordStart(size_t word) const { return word < starts.size() ? starts[word] : folded.size(); }
  size_t wordAfter(size_t offset) const;  // first word starting at or after `offset`
  size_t wordOf(size_t offset) const;     // the word holding `offset`
  TextSpan span(size_t from, size_t to) const;
  // Words after the label up to the next item label on the line ("b) Tờ bản đồ số"), or nullopt.
  std::optional<std::pair<size_t, size_t>> valueAfter(const std::regex& label) const;
};

class GcnText {
 public:
  explicit GcnText(const std::vector<OcrLine>& lines);
  size_t size() const { return lines_.size(); }
  const TextLine& line(size_t i) const { return lines_[i]; }

 private:
  std::vector<TextLine> lines_;
};

// What serials and register numbers are printed with (legal-facts §6.3: letters, Đ included, and digits).
inline constexpr std::string_view kCapitalsAndDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZĐ0123456789";

bool isSectionHeader(const TextLine& line);  // "3. Thông tin tài sản…", "II. Thửa đất…"
std::string trim(std::string_view s);
std::string cleanValue(std::string_view s);      // trimmed, no trailing ; , . and single spaces
std::string cleanName(std::string_view s);       // a printed name without the comma after it
bool isPlausibleName(std::string_view name);     // two or more words, no digits or punctuation
std::string digitsOf(std::string_view s);        // every digit in s
std::string digitsOnly(std::string_view word);   // the digits of a word that is a number ("1322;"), else ""
// "329,8 m²" -> "329.8", "1.010 m2" -> "1010", "2.766,8" -> "2766.8": Vietnamese dot thousands, comma decimal.
std::string parseArea(std::string_view s);
std::optional<std::string> isoFromParts(const std::string& d, const std::string& m, const std::string& y);
std::string fixLandCode(const std::string& code);        // OCR slips in a code ("0NT" -> "ONT") if unambiguous
std::string landCodeForName(const std::string& name);    // the code whose table name is this printed name
const CapturedField* findField(const std::vector<CapturedField>& fields, std::string_view key);
// The issuing body under the "…, ngày … tháng … năm …" line: its lines joined, without "TM."/"KT." and titles.
std::optional<TextSpan> findIssuer(const GcnText& text, size_t dateLine);
// The issuing body with the marks of its fixed words restored ("ỦY BAN NHÂN DÂN HUYÊN X" -> "… HUYỆN X"): the body's
// name and the administrative unit word right after it only; the place name stays as read. Unknown bodies unchanged.
std::string canonicalIssuer(const std::string& issuer);

}  // namespace landdesk::capture
