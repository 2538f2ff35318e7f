// Compiles one WordprocessingML part (document, header, footer, notes) into a ProgramNode tree, finding every
// tag and every template error with its place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "docgen/template_issue.h"
#include "docgen/template_program.h"

namespace landdesk::docgen {

struct PartCompilation {
  CompiledPart part;
  std::vector<TemplateIssue> errors;  // empty when the part can be rendered
};

// Loops follow docxtemplater with paragraphLoop: tags in different cells of a row repeat the row; tags that each
// stand alone in their paragraph repeat the paragraphs between them (theirs are dropped); otherwise the content
// between the tags is repeated as is, provided that keeps the XML balanced.
PartCompilation compilePart(const std::string& name, std::string_view xml);

}  // namespace landdesk::docgen
