// Builds small DOCX packages the way Word writes them (runs split by proofing marks, bookmarks, revisions),
// for the docgen tests and the benchmark; a real package, so LibreOffice opens it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace landdesk::test {

struct DocxParts {
  std::string body;       // inner XML of w:body (paragraphs, tables); a w:sectPr is added
  std::string header;     // inner XML of w:hdr, empty for none
  std::string footer;     // inner XML of w:ftr, empty for none
  std::string footnotes;  // extra w:footnote elements (ids ≥ 1), empty for none
};

// The whole package: content types, relationships, styles, settings, and the parts above.
std::string buildDocx(const DocxParts& parts);

// One run with optional bold/italic, text kept with xml:space="preserve". `text` must already be XML-escaped.
std::string run(std::string_view text, bool bold = false, bool italic = false);

// A paragraph from runs as Word splits them: between consecutive pieces it puts, in turn, a spelling
// w:proofErr, a bookmark, a revision (w:ins with an id) and an rsid change — the four things that split a tag.
std::string splitParagraph(const std::vector<std::string_view>& pieces, bool bold = false);

// A plain one-run paragraph.
std::string paragraph(std::string_view text, bool bold = false);

// A table from rows of cells; each cell is inner paragraph XML.
std::string table(const std::vector<std::vector<std::string>>& rows);

}  // namespace landdesk::test
