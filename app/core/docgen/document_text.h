// The plain text of a Word part, one line per paragraph: what tests compare with golden files and checks search.
#pragma once

#include <string>
#include <string_view>

#include "docgen/docx_package.h"
#include "util/error.h"

namespace landdesk::docgen {

// Paragraphs in document order (table cells included), each followed by "\n"; w:tab is "\t", w:br is "\n".
// Deleted revision text (w:delText) is not text. Errors: the part's XML errors, "docx.structure" if it is missing.
Result<std::string> partText(const DocxPackage& package, std::string_view partName);

}  // namespace landdesk::docgen
