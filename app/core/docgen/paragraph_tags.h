// Finding tags in a paragraph the way Word stores it: the text of all its w:t runs joined, so a tag split over
// runs, proofing marks, bookmarks or revision ids is still one tag.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

namespace landdesk::docgen {

struct TextRunSpan {
  xmlNode* element;   // a w:t
  size_t begin, end;  // its bytes in the joined paragraph text
};

struct ParagraphText {
  std::string text;
  std::vector<TextRunSpan> runs;
};

// The w:t elements that belong to this paragraph (not to a paragraph nested in a text box inside it), in order.
ParagraphText collectParagraphText(xmlNode* paragraph);

struct FoundTag {
  size_t begin, end;  // [begin, end) in the joined text, braces included
};

struct LexIssue {
  std::string id;  // "unclosed_tag" / "unopened_tag"
  size_t begin, end;
};

// Splits the joined text into tags; stray braces become issues (and stay text).
void findTags(std::string_view text, std::vector<FoundTag>& tags, std::vector<LexIssue>& issues);

// A piece of a w:t after tags are cut out: literal text, or the whole tag placed where it starts, so the value
// inherits that run's formatting (docxtemplater's rule) and the other pieces of a split tag vanish.
struct TextSegment {
  std::string text;
  int tag = -1;  // index into the caller's tag list, -1 for text
};

// For each run of the paragraph, its segments; runs no tag touches get an empty list and `touched` false.
struct RunSegments {
  bool touched = false;
  std::vector<TextSegment> segments;
};
std::vector<RunSegments> cutRunsAtTags(const ParagraphText& paragraph, const std::vector<FoundTag>& tags, int firstTagIndex);

// Up to about `radius` bytes of paragraph text either side of [begin, end), cut on UTF-8 boundaries, with "…".
std::string contextAround(std::string_view text, size_t begin, size_t end, size_t radius = 40);

}  // namespace landdesk::docgen
