#include "capture/gcn_text.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iterator>
#include <sstream>

#include "identity/land_types.h"
#include "text/unicode.h"

namespace landdesk::capture {

namespace {

bool isBlank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Upper-case word (Vietnamese capitals included) of two or more characters: fold differs only by case.
bool isUpperWord(const std::string& word) {
  std::string folded = text::foldForSearch(word);
  int letters = 0;
  for (char c : folded) {
    if (c >= 'a' && c <= 'z') ++letters;
    else return false;
  }
  if (letters < 2 && folded != "va") return false;
  // A lower-case letter in the original means it is not upper case.
  for (char c : word)
    if (c >= 'a' && c <= 'z') return false;
  return text::foldForSearch(word) != word || letters >= 2;
}

}  // namespace

TextSpan TextSpan::joined(const TextSpan& next) const {
  if (next.text.empty()) return *this;
  if (text.empty()) return next;
  return {text + " " + next.text, unite(box, next.box), (confidence + next.confidence) / 2};
}

size_t TextLine::wordAfter(size_t offset) const {
  for (size_t i = 0; i < starts.size(); ++i)
    if (starts[i] >= offset) return i;
  return starts.size();
}

size_t TextLine::wordOf(size_t offset) const {
  size_t w = 0;
  for (size_t i = 0; i < starts.size(); ++i)
    if (starts[i] <= offset) w = i;
  return w;
}

TextSpan TextLine::span(size_t from, size_t to) const {
  TextSpan s;
  to = std::min(to, words.size());
  double sum = 0;
  for (size_t i = from; i < to; ++i) {
    if (!s.text.empty()) s.text += ' ';
    s.text += words[i].text;
    s.box = unite(s.box, words[i].box);
    sum += words[i].confidence;
  }
  if (to > from) s.confidence = sum / static_cast<double>(to - from);
  return s;
}

std::optional<std::pair<size_t, size_t>> TextLine::valueAfter(const std::regex& label) const {
  std::smatch m;
  if (!std::regex_search(folded, m, label)) return std::nullopt;
  size_t first = wordAfter(static_cast<size_t>(m.position(0) + m.length(0)));
  size_t end = words.size();
  static const std::regex kItem(R"(^([a-h]|d)\)$)");
  for (size_t i = first + 1; i < words.size(); ++i) {
    std::string w = folded.substr(starts[i], (i + 1 < starts.size() ? starts[i + 1] - 1 : folded.size()) - starts[i]);
    if (std::regex_match(w, kItem)) {
      end = i;
      break;
    }
  }
  if (first >= end) return std::nullopt;
  return std::make_pair(first, end);
}

GcnText::GcnText(const std::vector<OcrLine>& lines) {
  for (const OcrLine& l : lines) {
    TextLine t;
    for (const OcrWord& w : l.words) {
      if (isBlank(w.text)) continue;
      if (!t.folded.empty()) t.folded += ' ';
      t.starts.push_back(t.folded.size());
      t.folded += text::foldForSearch(w.text);
      t.words.push_back(w);
      t.box = unite(t.box, w.box);
    }
    if (!t.words.empty()) lines_.push_back(std::move(t));
  }
}

bool isSectionHeader(const TextLine& line) {
  static const std::regex kHeader(R"(^(\d|i{1,3}|iv|v|l|il)\s?\.\s)");
  return std::regex_search(line.folded, kHeader);
}

std::string trim(std::string_view s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  return a == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a + 1));
}

std::string cleanValue(std::string_view s) {
  std::string t = trim(s);
  while (!t.empty() && (t.back() == ';' || t.back() == ',' || t.back() == '.' || t.back() == ':')) t.pop_back();
  while (!t.empty() && (t.front() == ':' || t.front() == ' ')) t.erase(0, 1);
  std::string out;
  for (char c : t)
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
  return trim(out);
}

std::string cleanName(std::string_view s) { return cleanValue(s); }

bool isPlausibleName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if ((c >= '0' && c <= '9') || std::string_view(":;,.()/|\\[]{}<>\"'!?*&%$#@=+_~").find(c) != std::string_view::npos)
      return false;
  return std::count(name.begin(), name.end(), ' ') >= 1;
}

std::string digitsOf(std::string_view s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

std::string digitsOnly(std::string_view word) {
  std::string w = cleanValue(word);
  if (w.empty()) return {};
  for (char c : w)
    if (c < '0' || c > '9') return {};
  return w;
}

std::string parseArea(std::string_view s) {
  static const std::regex kNumber(R"(^\s*:?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?)");
  std::string str(s);
  std::smatch m;
  if (!std::regex_search(str, m, kNumber)) return {};
  std::string integer = m[1].str();
  std::erase(integer, '.');
  integer.erase(0, std::min(integer.find_first_not_of('0'), integer.size() - 1));
  std::string fraction = m[2].matched ? m[2].str() : std::string();
  // What follows must not be another digit group the regex could not take (e.g. "1.01" misread).
  std::string after = str.substr(static_cast<size_t>(m.position(0) + m.length(0)));
  if (!after.empty() && (after[0] == '.' || after[0] == ',') && after.size() > 1 && after[1] >= '0' && after[1] <= '9')
    return {};
  return fraction.empty() ? integer : integer + "." + fraction;
}

std::optional<std::string> isoFromParts(const std::string& d, const std::string& m, const std::string& y) {
  std::chrono::year_month_day ymd{std::chrono::year{std::stoi(y)}, std::chrono::month{static_cast<unsigned>(std::stoi(m))},
                                  std::chrono::day{static_cast<unsigned>(std::stoi(d))}};
  if (!ymd.ok() || std::stoi(y) < 1900 || std::stoi(y) > 2200) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", std::stoi(y), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return std::string(buf);
}

std::string fixLandCode(const std::string& code) {
  std::string fixed = code;
  for (char& c : fixed) {
    if (c == '0') c = 'O';
    if (c == '1') c = 'L';
  }
  return identity::findLandType(fixed) ? fixed : std::string();
}

std::string landCodeForName(const std::string& name) {
  std::string key = text::foldForSearch(name);
  if (key.empty()) return {};
  std::string prefixCode;
  int prefixMatches = 0;
  for (const identity::LandType& t : identity::landTypes()) {
    std::string tableName = text::foldForSearch(t.name);
    if (tableName == key) return std::string(t.code);
    if (tableName.starts_with(key + " ") && std::count(key.begin(), key.end(), ' ') >= 3) {
      prefixCode = t.code;
      ++prefixMatches;
    }
  }
  return prefixMatches == 1 ? prefixCode : std::string();
}

const CapturedField* findField(const std::vector<CapturedField>& fields, std::string_view key) {
  for (const CapturedField& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}

std::optional<TextSpan> findIssuer(const GcnText& text, size_t dateLine) {
  const TextLine& date = text.line(dateLine);
  int h = std::max(8, date.box.height);
  int left = date.box.x - date.box.width / 3, right = date.box.x + date.box.width * 4 / 3;
  // Lines below the date line, restricted to the words under it: OCR may join a line of the facing page.
  struct Part {
    const TextLine* line;
    size_t from, to;
  };
  std::vector<Part> below;
  for (size_t i = 0; i < text.size(); ++i) {
    const TextLine& l = text.line(i);
    if (l.box.y <= date.box.y + h / 2 || l.box.y >= date.box.y + 7 * h) continue;
    size_t from = l.words.size(), to = 0;
    for (size_t w = 0; w < l.words.size(); ++w) {
      int centre = l.words[w].box.x + l.words[w].box.width / 2;
      if (centre > left && centre < right) from = std::min(from, w), to = w + 1;
    }
    if (from < to) below.push_back({&l, from, to});
  }
  std::sort(below.begin(), below.end(), [](const Part& a, const Part& b) { return a.line->box.y < b.line->box.y; });
  static const std::regex kBody(R"((uy ban|ubnd|so |van phong|chi nhanh|bo ))");
  // The signer's title ends the body; a misread "KT." before it ("CS GIÁM ĐỐC") must not join the body.
  static const std::regex kTitle(R"(^(kt\.?|tl\.?|tuq\.?|q\.?\s)|(^|\s)(pho )?(chu tich|giam doc|truong phong|thu truong)$)");
  std::optional<TextSpan> issuer;
  for (const Part& part : below) {
    const TextLine& l = *part.line;
    size_t offset = l.wordStart(part.from);
    size_t endOffset = part.to < l.words.size() ? l.wordStart(part.to) - 1 : l.folded.size();
    std::string f = l.folded.substr(offset, endOffset - offset);
    // A sketch's labels or the north arrow can sit left of the block: the title check starts at its first capitals.
    size_t firstUpper = part.from;
    while (firstUpper < part.to && !isUpperWord(l.words[firstUpper].text)) ++firstUpper;
    size_t upperOffset = firstUpper < part.to ? l.wordStart(firstUpper) : endOffset;
    if (std::regex_search(f, kTitle) || std::regex_search(l.folded.substr(upperOffset, endOffset - upperOffset), kTitle)) break;
    size_t from = part.from;
    if (!issuer) {
      std::smatch m;
      if (!std::regex_search(f, m, kBody)) continue;
      from = l.wordOf(offset + static_cast<size_t>(m.position(0)));
    } else {
      while (from < part.to && !isUpperWord(l.words[from].text)) ++from;
    }
    size_t to = from;
    while (to < part.to && isUpperWord(l.words[to].text)) ++to;
    if (to == from) break;
    TextSpan s = l.span(from, to);
    issuer = issuer ? issuer->joined(s) : s;
  }
  return issuer;
}

}  // namespace landdesk::capture

namespace landdesk::capture {

namespace {

std::vector<std::string> splitWords(const std::string& s) {
  std::istringstream in(s);
  return {std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
}

// Replaces words[at…] by `canonical` when their folded forms spell `folded`; the number of words replaced, or 0.
size_t restore(std::vector<std::string>& words, size_t at, std::string_view folded, std::string_view canonical) {
  std::vector<std::string> want = splitWords(std::string(folded));
  if (at + want.size() > words.size()) return 0;
  for (size_t i = 0; i < want.size(); ++i)
    if (text::foldForSearch(words[at + i]) != want[i]) return 0;
  std::vector<std::string> with = splitWords(std::string(canonical));
  for (size_t i = 0; i < want.size(); ++i) words[at + i] = with[i];
  return want.size();
}

}  // namespace

std::string canonicalIssuer(const std::string& issuer) {
  static const std::pair<std::string_view, std::string_view> kBodies[] = {
      {"chi nhanh van phong dang ky dat dai", "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"},
      {"van phong dang ky dat dai", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"},
      {"so tai nguyen va moi truong", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"},
      {"so nong nghiep va moi truong", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"},
      {"uy ban nhan dan", "ỦY BAN NHÂN DÂN"},
  };
  static const std::pair<std::string_view, std::string_view> kUnits[] = {
      {"thanh pho", "THÀNH PHỐ"}, {"thi xa", "THỊ XÃ"}, {"thi tran", "THỊ TRẤN"}, {"huyen", "HUYỆN"},
      {"tinh", "TỈNH"},           {"quan", "QUẬN"},     {"phuong", "PHƯỜNG"},     {"xa", "XÃ"},
  };
  std::vector<std::string> words = splitWords(issuer);
  size_t at = 0;
  for (auto [folded, canonical] : kBodies)
    if ((at = restore(words, 0, folded, canonical)) > 0) break;
  if (at == 0) return issuer;
  for (auto [folded, canonical] : kUnits)
    if (restore(words, at, folded, canonical) > 0) break;
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace landdesk::capture
