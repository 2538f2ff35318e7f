// One desk document for one case: load the catalog and rule data once, check readiness, render the DOCX (and PDF)
// from the stored case. The CLI and the GUI both call this.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "docgen/template_engine.h"
#include "documents/catalog.h"
#include "documents/document_data.h"
#include "documents/papers.h"
#include "documents/readiness.h"
#include "rules/rule_book.h"

namespace landdesk::documents {

// Everything a document needs besides the case and the office: the catalog, the tax/fee/deadline rules, the
// papers lists. Loaded once per session.
struct DocumentSources {
  Catalog catalog;
  rules::RuleBook rules;
  PaperRules papers;
  DocumentContext context() const;  // rules and papers filled in
};

// Refused with the first problem (catalog, rules or papers file named). Defaults: templatesDirectory()/catalog.xml,
// rulesDataDirectory(), documentsDataDirectory()/papers.json.
Result<DocumentSources> loadDocumentSources(const std::filesystem::path& templates = templatesDirectory());
// The rule data and papers without a catalog (for `document data`, which needs no template).
Result<DocumentSources> loadDataSources();

struct CaseDocumentResult {
  std::vector<Finding> findings;         // readiness, shown in every case
  docgen::RenderReport report;           // template errors and render warnings
  std::optional<Error> error;            // why nothing (or no PDF) was written
  bool docxWritten = false;
  bool pdfWritten = false;
};

// Renders `entry` for `c` into `docx` (atomically) and, when asked, converts it to `pdf`. Refused, writing
// nothing, when a blocking finding remains ("document.not_ready"), the template file is missing or has errors
// ("document.template_errors"), or rendering fails.
CaseDocumentResult renderCaseDocument(const DocumentSources& sources, const model::Case& c, const model::OfficeProfile& office,
                                      const TemplateEntry& entry, std::chrono::year_month_day date, const DocumentContext& context,
                                      const std::filesystem::path& docx, const std::optional<std::filesystem::path>& pdf = {});

// The render options an office's documents use: numbers in words follow its format.number_style ("south": lẻ,
// ngàn; anything else: linh, nghìn — the default of legal-facts §7.2).
docgen::RenderOptions renderOptionsFor(const model::OfficeProfile& office);

// "HS-2026-00001_hd_chuyen_nhuong": the default name of an exported file (without extension).
std::string documentFileStem(const model::Case& c, const TemplateEntry& entry);

}  // namespace landdesk::documents
