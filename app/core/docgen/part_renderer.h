// Renders a compiled part with data: the only work done per document, so it only appends strings.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <string>
#include <vector>

#include "docgen/template_issue.h"
#include "docgen/template_program.h"

namespace landdesk::docgen {

// Appends the part's XML to `out`. Missing fields, unprintable values and failed filters render as nothing and
// add one warning per tag (not one per loop iteration) to `warnings`.
void renderPart(const CompiledPart& part, const Poco::Dynamic::Var& data, std::string& out, std::vector<TemplateIssue>& warnings);

// Appends a value into an open w:t: XML-escaped, line breaks as <w:br/> (docxtemplater's linebreaks option).
void appendValueXml(std::string& out, std::string_view value);

}  // namespace landdesk::docgen
