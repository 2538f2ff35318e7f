#include "capture/gcn_fields.h"

#include <algorithm>
#include <regex>
#include <string>

#include "capture/gcn_text.h"
#include "identity/gcn_serial.h"
#include "identity/land_types.h"
#include "text/unicode.h"

namespace landdesk::capture {

namespace {

// Item labels of both forms, folded (no marks, đ→d, lower case); OCR noise on marks is folded away too.
const std::regex kParcel(R"(thua dat so\s*:?)");
const std::regex kSheet(R"(to ban do so\s*:?)");
const std::regex kAddress(R"((^|\) ?)dia chi\s*:)");
const std::regex kArea(R"(dien tich\s*:?)");
const std::regex kUseForm(R"(hinh thuc su dung\s*:?)");
const std::regex kPurpose(R"(muc dich su dung\s*:?)");
const std::regex kTerm(R"(thoi han su dung\s*:?)");
const std::regex kOrigin(R"(nguon goc su dung\s*:?)");
const std::regex kRegister(R"(so vao so cap (giay chung nhan|gcn)\s*:?)");
const std::regex kOwner(R"((^|\s|:)(ong|ba)\s*:)");
const std::regex kBirthYear(R"(nam sinh\s*:?)");
const std::regex kIdLabel(R"((cccd|cmnd|can cuoc cong dan|can cuoc|so dinh danh ca nhan|ho chieu)( so)?\s*:?)");
const std::regex kDateLine(R"(ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4}))");
// Where one item's value ends: the next item's letter, "3." sections, or a following label on the same line.
const std::regex kNextItem(R"(^([a-h]|d)\)|^\d\.\s|^(ii?|i|ii)\.\s)");

void add(std::vector<CapturedField>& out, std::string key, std::string value, const TextSpan& span) {
  if (value.empty()) return;
  out.push_back({std::move(key), std::move(value), span.confidence, span.box, 0});
}

// A line that carries another item's label (its letter may be misread: "ø)" for "g)") or a new section.
bool startsNewItem(const TextLine& l) {
  static const std::regex kAnyLabel(
      R"(^\S{1,2}\)|thua dat so|to ban do|dia chi|dien tich|hinh thuc su dung|muc dich su dung|thoi han su dung|)"
      R"(nguon goc su dung|thong tin|ghi chu|so do thua|tai san gan lien|so vao so|ngay \d{1,2} thang)");
  return std::regex_search(l.folded, kAnyLabel);
}

// Continuation lines of a free-text value: lines just below, starting at the value's left margin or the
// label's, not starting a new item.
TextSpan withContinuation(const GcnText& text, size_t lineIndex, TextSpan span) {
  const TextLine* prev = &text.line(lineIndex);
  for (size_t next = lineIndex + 1; next < text.size(); ++next) {
    const TextLine& l = text.line(next);
    int gap = l.box.y - (prev->box.y + prev->box.height);
    int h = std::max(prev->box.height, 1);
    if (gap < -h / 2 || gap > h) break;
    if (l.box.x < prev->box.x - 2 * h || l.box.x > text.line(lineIndex).box.x + 4 * h) break;
    if (std::regex_search(l.folded, kNextItem) || isSectionHeader(l) || startsNewItem(l)) break;
    span = span.joined(l.span(0, l.words.size()));
    prev = &l;
  }
  return span;
}

void extractOwners(const GcnText& text, std::vector<CapturedField>& out) {
  int owner = -1;
  bool wantId = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const TextLine& l = text.line(i);
    std::smatch m;
    size_t from = 0;
    if (std::regex_search(l.folded, m, kOwner) && std::regex_search(l.folded, kBirthYear)) {
      ++owner;
      wantId = false;
      size_t nameStart = l.wordAfter(static_cast<size_t>(m.position(0) + m.length(0)));
      size_t yearLabel = l.wordOf(l.folded.find("nam sinh"));
      TextSpan name = l.span(nameStart, yearLabel);
      std::string prefix = "owners." + std::to_string(owner) + ".";
      std::string fullName = cleanName(name.text);
      if (isPlausibleName(fullName)) add(out, prefix + "full_name", fullName, name);
      std::smatch y;
      std::string tail = l.folded.substr(l.wordStart(yearLabel));
      if (std::regex_search(tail, y, kBirthYear)) {
        size_t w = l.wordAfter(l.wordStart(yearLabel) + static_cast<size_t>(y.position(0) + y.length(0)));
        TextSpan year = l.span(w, w + 1);
        if (digitsOf(year.text).size() >= 2) add(out, prefix + "birth_year", cleanValue(year.text), year);
        from = w + 1;
      }
      wantId = true;
    }
    if (owner < 0 || !wantId) continue;
    std::string rest = l.folded.substr(std::min(l.folded.size(), from < l.words.size() ? l.wordStart(from) : l.folded.size()));
    size_t restOffset = l.folded.size() - rest.size();
    std::smatch id;
    std::string prefix = "owners." + std::to_string(owner) + ".";
    auto takeId = [&](const TextSpan& span) {
      if (digitsOf(span.text).size() >= 6) {
        add(out, prefix + "id_number", cleanValue(span.text), span);
        wantId = false;
        return true;
      }
      return false;
    };
    if (std::regex_search(rest, id, kIdLabel)) {
      size_t w = l.wordAfter(restOffset + static_cast<size_t>(id.position(0) + id.length(0)));
      while (w < l.words.size() && digitsOf(l.words[w].text).empty()) ++w;  // a stray mark after "số:"
      if (w < l.words.size()) {
        takeId(l.span(w, w + 1));
      } else if (i + 1 < text.size()) {
        const TextLine& next = text.line(i + 1);  // the number wrapped to the next line
        if (!next.words.empty()) takeId(next.span(0, 1));
      }
    }
  }
}

// "Đất ở tại nông thôn (ONT): 300 m²; Đất trồng cây lâu năm (CLN): 587 m²" or a single name without area.
void extractPurposes(const TextSpan& value, const std::string& totalArea, std::vector<CapturedField>& out) {
  std::string all = value.text;
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t p; (p = all.find(';', start)) != std::string::npos; start = p + 1) parts.push_back(all.substr(start, p - start));
  parts.push_back(all.substr(start));
  // "Đất ở tại nông thôn 400 m², Đất trồng cây lâu năm 164 m²": a comma before "Đất" also separates purposes.
  std::vector<std::string> split;
  for (const std::string& part : parts) {
    size_t from = 0;
    for (size_t p = part.find(", "); p != std::string::npos; p = part.find(", ", p + 1)) {
      if (text::foldForSearch(part.substr(p + 2, 8)).starts_with("dat ")) {
        split.push_back(part.substr(from, p - from));
        from = p + 2;
      }
    }
    split.push_back(part.substr(from));
  }
  parts = std::move(split);
  std::erase_if(parts, [](const std::string& s) { return trim(s).empty(); });
  int n = 0;
  for (const std::string& raw : parts) {
    std::string part = trim(raw);
    static const std::regex kTrailingArea(R"(^(.*\S)\s+(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*m\S*$)");
    static const std::regex kCoded(R"(^(.*?)\s*\(\s*([A-Z0-9]{3})\s*\)\s*:?\s*(.*)$)");
    std::smatch m;
    std::string name, code, area;
    if (std::regex_match(part, m, kCoded)) {
      name = trim(m[1].str()), code = m[2].str();
      area = parseArea(m[3].str());
      if (!identity::findLandType(code)) code = fixLandCode(code);
    } else if (std::smatch a; std::regex_match(part, a, kTrailingArea)) {
      name = trim(a[1].str());
      area = parseArea(a[2].str());
      code = landCodeForName(name);
    } else {
      std::string::size_type colon = part.rfind(':');
      name = trim(colon == std::string::npos ? part : part.substr(0, colon));
      if (colon != std::string::npos) area = parseArea(part.substr(colon + 1));
      code = landCodeForName(name);
    }
    if (area.empty() && parts.size() == 1) area = totalArea;  // one purpose printed without area: the whole parcel
    std::string prefix = "purposes." + std::to_string(n) + ".";
    if (!code.empty()) add(out, prefix + "code", code, value);
    add(out, prefix + "name", name, value);
    if (!area.empty()) add(out, prefix + "area_m2", area, value);
    ++n;
  }
}

}  // namespace

std::vector<CapturedField> extractGcnFields(const std::vector<OcrLine>& ocrLines) {
  GcnText text(ocrLines);
  std::vector<CapturedField> out;
  std::string totalArea;
  std::optional<TextSpan> purposes;
  bool issueDone = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const TextLine& l = text.line(i);
    if (auto v = l.valueAfter(kParcel)) {
      TextSpan first = l.span(v->first, v->first + 1);
      if (!digitsOf(first.text).empty()) add(out, "parcel_no", cleanValue(first.text), first);
    }
    if (auto v = l.valueAfter(kSheet)) {
      TextSpan first = l.span(v->first, v->first + 1);
      if (!digitsOf(first.text).empty()) add(out, "map_sheet", cleanValue(first.text), first);
    }
    if (l.folded.find("thuong tru") == std::string::npos && !out.empty()) {
      if (auto v = l.valueAfter(kAddress); v && !findField(out, "address")) {
        TextSpan s = withContinuation(text, i, l.span(v->first, v->second));
        add(out, "address", cleanValue(s.text), s);
      }
    }
    if (auto v = l.valueAfter(kArea); v && totalArea.empty()) {
      TextSpan s = l.span(v->first, std::min(v->second, v->first + 2));
      totalArea = parseArea(s.text);
      add(out, "area_m2", totalArea, s);
    }
    if (auto v = l.valueAfter(kUseForm)) {
      TextSpan s = l.span(v->first, v->second);
      std::string f = text::foldForSearch(s.text);
      if (f.find("rieng") != std::string::npos) add(out, "use_form", "Sử dụng riêng", s);
      else if (f.find("chung") != std::string::npos) add(out, "use_form", "Sử dụng chung", s);
    }
    if (auto v = l.valueAfter(kPurpose); v && !purposes) purposes = withContinuation(text, i, l.span(v->first, v->second));
    if (auto v = l.valueAfter(kTerm); v && !findField(out, "term")) {
      TextSpan s = withContinuation(text, i, l.span(v->first, v->second));
      add(out, "term", cleanValue(s.text), s);
    }
    if (auto v = l.valueAfter(kOrigin); v && !findField(out, "origin")) {
      TextSpan s = withContinuation(text, i, l.span(v->first, v->second));
      add(out, "origin", cleanValue(s.text), s);
    }
    if (auto v = l.valueAfter(kRegister); v && !findField(out, "register_no")) {
      TextSpan s = l.span(v->first, v->second);
      add(out, "register_no", cleanValue(s.text), s);
    }
    std::smatch d;
    if (!issueDone && std::regex_search(l.folded, d, kDateLine)) {
      if (auto iso = isoFromParts(d[1].str(), d[2].str(), d[3].str())) {
        size_t w = l.wordOf(static_cast<size_t>(d.position(0)));
        add(out, "issue_date", *iso, l.span(w, l.words.size()));
        issueDone = true;
        if (auto issuer = findIssuer(text, i)) add(out, "issuer", canonicalIssuer(issuer->text), *issuer);
      }
    }
  }
  if (purposes) extractPurposes(*purposes, totalArea, out);
  extractOwners(text, out);
  return out;
}

std::optional<CapturedField> findGcnSerial(const std::vector<OcrLine>& redLines) {
  static const std::regex kSerial(R"((^|[^A-Z0-9])([A-Z]{1,2}) ?([0-9]{6,8})($|[^0-9]))");
  std::optional<CapturedField> best;
  for (const OcrLine& line : redLines) {
    std::string s = line.text();
    std::smatch m;
    if (!std::regex_search(s, m, kSerial)) continue;
    auto serial = identity::normalizeGcnSerial(m[2].str() + " " + m[3].str());
    if (!serial) continue;
    CapturedField f{"serial", *serial, line.confidence(), line.box, 0};
    if (!best || f.confidence > best->confidence) best = f;
  }
  return best;
}

bool looksLikeGcn(const std::vector<OcrLine>& lines) {
  GcnText text(lines);
  int hits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const std::string& f = text.line(i).folded;
    for (const std::regex* r : {&kParcel, &kSheet, &kArea, &kPurpose, &kTerm, &kOrigin, &kRegister})
      if (std::regex_search(f, *r)) ++hits;
    if (f.find("giay chung nhan") != std::string::npos) ++hits;
  }
  return hits >= 3;
}

}  // namespace landdesk::capture
