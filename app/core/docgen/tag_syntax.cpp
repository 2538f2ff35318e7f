#include "docgen/tag_syntax.h"

namespace landdesk::docgen {

namespace {

// Word inserts non-breaking spaces freely; they count as spaces around names.
std::string_view trim(std::string_view s) {
  auto isSpace = [](std::string_view t, size_t i, size_t& len) {
    if (t[i] == ' ' || t[i] == '\t') { len = 1; return true; }
    if (t.substr(i).starts_with("\xC2\xA0")) { len = 2; return true; }
    return false;
  };
  size_t len = 0;
  while (!s.empty() && isSpace(s, 0, len)) s.remove_prefix(len);
  while (!s.empty()) {
    if (s.back() == ' ' || s.back() == '\t') s.remove_suffix(1);
    else if (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
    else break;
  }
  return s;
}

bool validName(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c == ' ' || c == '\t' || c == '{' || c == '}' || c == '#' || c == '^' || c == '/' || c == '|' ||
        static_cast<unsigned char>(c) < 0x20)
      return false;
  return s.find("\xC2\xA0") == std::string_view::npos;
}

}  // namespace

std::variant<TagSpec, std::string> parseTag(std::string_view inner) {
  const std::string malformed = "malformed_tag";
  std::string_view s = trim(inner);
  TagSpec spec;
  if (!s.empty() && (s[0] == '#' || s[0] == '^' || s[0] == '/')) {
    spec.kind = s[0] == '#' ? TagKind::SectionOpen : s[0] == '^' ? TagKind::InvertedOpen : TagKind::SectionClose;
    s = trim(s.substr(1));
  } else if (!s.empty() && s[0] == '%') {
    spec.kind = TagKind::Image;
    s = trim(s.substr(1));
  }
  std::vector<std::string_view> pieces;
  for (size_t start = 0;;) {
    size_t bar = s.find('|', start);
    pieces.push_back(trim(s.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start)));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  std::string_view path = pieces.front();
  if (pieces.size() > 1 && spec.kind != TagKind::Value && spec.kind != TagKind::Image) return malformed;
  for (size_t i = 1; i < pieces.size(); ++i) {
    if (!validName(pieces[i]) || pieces[i].find('.') != std::string_view::npos) return malformed;
    spec.filters.emplace_back(pieces[i]);
  }
  spec.path = std::string(path);
  if (path.empty()) {
    if (spec.kind == TagKind::SectionClose) return spec;  // {/} closes the innermost section, as in docxtemplater
    return malformed;
  }
  if (path == ".") return spec;
  for (size_t start = 0;;) {
    size_t dot = path.find('.', start);
    std::string_view seg = path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (!validName(seg)) return malformed;
    spec.segments.emplace_back(seg);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return spec;
}

}  // namespace landdesk::docgen
