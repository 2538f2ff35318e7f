#include "documents/case_document.h"

#include "docgen/pdf_converter.h"

namespace landdesk::documents {

DocumentContext DocumentSources::context() const {
  DocumentContext ctx;
  ctx.rules = &rules;
  ctx.papers = &papers;
  return ctx;
}

Result<DocumentSources> loadDataSources() {
  DocumentSources s;
  auto book = rules::loadRuleBook();
  if (!book) return book.error();
  s.rules = std::move(*book);
  auto papers = loadPaperRules(documentsDataDirectory() / "papers.json");
  if (!papers) return papers.error();
  s.papers = std::move(*papers);
  return s;
}

Result<DocumentSources> loadDocumentSources(const std::filesystem::path& templates) {
  auto s = loadDataSources();
  if (!s) return s.error();
  auto catalog = loadCatalog(templates / "catalog.xml");
  if (!catalog) return catalog.error();
  s->catalog = std::move(*catalog);
  return s;
}

CaseDocumentResult renderCaseDocument(const DocumentSources& sources, const model::Case& c, const model::OfficeProfile& office,
                                      const TemplateEntry& entry, std::chrono::year_month_day date, const DocumentContext& context,
                                      const std::filesystem::path& docx, const std::optional<std::filesystem::path>& pdf) {
  CaseDocumentResult out;
  out.findings = checkReadiness(c, office, &entry, date, context);
  if (hasBlocking(out.findings)) {
    size_t blocking = 0;
    for (const auto& f : out.findings) blocking += f.severity == Severity::Blocking;
    out.error = makeError("document.not_ready", "Hồ sơ còn thiếu thông tin cho văn bản này (" + std::to_string(blocking) + " mục cần bổ sung)",
                          "The case lacks what this document needs (" + std::to_string(blocking) + " items to complete)", entry.id);
    return out;
  }
  const std::filesystem::path file = sources.catalog.fileOf(entry);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    out.error = makeError("document.template_missing", "Không tìm thấy tệp mẫu", "The template file is missing", file.string());
    return out;
  }
  docgen::CompiledOutcome compiled = docgen::compileTemplateFile(file);
  if (!compiled.compiled) {
    out.report.errors = compiled.check.errors;
    out.error = makeError("document.template_errors", "Tệp mẫu có lỗi (xem landdesk-cli template check)",
                          "The template has errors (see landdesk-cli template check)", file.string());
    return out;
  }
  const Poco::Dynamic::Var data(buildDocumentData(c, office, date, context));
  out.report = compiled.compiled->renderToFile(docx, data, renderOptionsFor(office));
  if (!out.report.ok()) {
    out.error = makeError("document.render_failed", "Không tạo được văn bản", "The document could not be rendered", entry.id);
    return out;
  }
  out.docxWritten = true;
  if (pdf) {
    if (Status converted = docgen::convertDocxToPdf(docx, *pdf); !converted) out.error = converted.error();
    else out.pdfWritten = true;
  }
  return out;
}

docgen::RenderOptions renderOptionsFor(const model::OfficeProfile& office) {
  docgen::RenderOptions options;
  options.numberReading = office.numberStyle == "south" ? docgen::NumberReading::South : docgen::NumberReading::North;
  return options;
}

std::string documentFileStem(const model::Case& c, const TemplateEntry& entry) {
  return (c.code.empty() ? std::string("van_ban") : c.code) + "_" + entry.id;
}

}  // namespace landdesk::documents
