// A template mistake or render warning, explained to the officer: stable id, Vietnamese and English text, the tag and where it stands.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace landdesk::docgen {

// Where a tag stands, in the words an officer uses when looking at the document in Word.
struct TagLocation {
  std::string part;       // "word/document.xml", "word/header1.xml"
  int paragraph = 0;      // 1-based paragraph number within the part (0: not in a paragraph)
  std::string context;    // the paragraph's text around the tag, e.g. "…Bên A: {ten_ben_a} sinh năm…"
  int table = 0;          // 1-based table / row / cell numbers; 0 when the tag is not in a table
  int row = 0;
  int cell = 0;

  // "word/document.xml, bảng 1, hàng 2, ô 3, đoạn 14: «…»" in the chosen language.
  std::string describe(Language lang) const;
};

struct TemplateIssue {
  std::string id;   // "unclosed_tag", "missing_value", "docx.not_zip" …; tests and tools match on it
  std::string vi;   // plain explanation for the officer
  std::string en;
  std::string tag;  // the tag text as written, "{#parcels}"; empty for package-level problems
  TagLocation where;

  const std::string& text(Language lang) const { return lang == Language::English ? en : vi; }
};

// An issue from the catalogue of template errors and render warnings; `detail` is appended to both texts.
TemplateIssue makeIssue(std::string_view id, std::string tag, TagLocation where, const std::string& detail = {});
// A package-level failure (not a zip, zip bomb, invalid XML …) as an issue, so every failure is one list.
TemplateIssue issueFromError(const Error& error, std::string part = {});

// Every id makeIssue knows, for the check command's documentation and the tests that cover each one.
const std::vector<std::string_view>& templateIssueIds();

}  // namespace landdesk::docgen
