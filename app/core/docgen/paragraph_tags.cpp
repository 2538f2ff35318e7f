#include "docgen/paragraph_tags.h"

#include "docgen/xml_document.h"

namespace landdesk::docgen {

namespace {

void collect(xmlNode* node, ParagraphText& out) {
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (isWordElement(c, "p")) continue;  // a text box's paragraph is a paragraph of its own
    if (isWordElement(c, "t")) {
      TextRunSpan span{c, out.text.size(), 0};
      for (xmlNode* t = c->children; t; t = t->next)
        if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content) out.text += reinterpret_cast<const char*>(t->content);
      span.end = out.text.size();
      out.runs.push_back(span);
      continue;
    }
    collect(c, out);  // runs inside w:ins, w:hyperlink, w:smartTag, w:sdtContent, w:fldSimple …
  }
}

bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

ParagraphText collectParagraphText(xmlNode* paragraph) {
  ParagraphText out;
  collect(paragraph, out);
  return out;
}

void findTags(std::string_view text, std::vector<FoundTag>& tags, std::vector<LexIssue>& issues) {
  bool inTag = false;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      if (inTag) issues.push_back({"unclosed_tag", start, i});
      inTag = true;
      start = i;
    } else if (text[i] == '}') {
      if (inTag) tags.push_back({start, i + 1});
      else issues.push_back({"unopened_tag", i, i + 1});
      inTag = false;
    }
  }
  if (inTag) issues.push_back({"unclosed_tag", start, text.size()});
}

std::vector<RunSegments> cutRunsAtTags(const ParagraphText& paragraph, const std::vector<FoundTag>& tags, int firstTagIndex) {
  std::vector<RunSegments> out(paragraph.runs.size());
  for (size_t r = 0; r < paragraph.runs.size(); ++r) {
    const auto& run = paragraph.runs[r];
    size_t pos = run.begin;
    for (size_t t = 0; t < tags.size(); ++t) {
      const auto& tag = tags[t];
      if (tag.end <= run.begin || tag.begin >= run.end) continue;
      out[r].touched = true;
      if (tag.begin >= run.begin) {
        if (tag.begin > pos) out[r].segments.push_back({paragraph.text.substr(pos, tag.begin - pos), -1});
        out[r].segments.push_back({{}, firstTagIndex + static_cast<int>(t)});
      }
      pos = std::max(pos, std::min(tag.end, run.end));
    }
    if (out[r].touched && pos < run.end) out[r].segments.push_back({paragraph.text.substr(pos, run.end - pos), -1});
  }
  return out;
}

std::string contextAround(std::string_view text, size_t begin, size_t end, size_t radius) {
  size_t from = begin > radius ? begin - radius : 0;
  size_t to = std::min(text.size(), end + radius);
  while (from > 0 && from < text.size() && isContinuation(text[from])) --from;
  while (to < text.size() && isContinuation(text[to])) ++to;
  std::string out = from > 0 ? "…" : "";
  out += text.substr(from, to - from);
  if (to < text.size()) out += "…";
  return out;
}

}  // namespace landdesk::docgen
