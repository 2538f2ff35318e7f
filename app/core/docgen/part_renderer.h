// Renders a compiled part with data: the only work done per document, so it only appends strings.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <string>
#include <vector>

#include "docgen/package_media.h"
#include "docgen/template_issue.h"
#include "docgen/template_program.h"

namespace landdesk::docgen {

// Appends the part's XML to `out`. Missing fields, unprintable values and failed filters render as nothing and
// add one warning per tag (not one per loop iteration) to `warnings`. Pictures of image tags go to `images`;
// without a sink an image tag renders nothing. Word filters read numbers as `reading` says.
void renderPart(const CompiledPart& part, const Poco::Dynamic::Var& data, std::string& out, std::vector<TemplateIssue>& warnings,
                ImageSink* images = nullptr, NumberReading reading = NumberReading::North);

// Appends a value into an open w:t: XML-escaped, line breaks as <w:br/> (docxtemplater's linebreaks option).
void appendValueXml(std::string& out, std::string_view value);

}  // namespace landdesk::docgen
