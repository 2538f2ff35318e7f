// The document engine's entry point: compile a DOCX template once (with its check report), render it many times.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "docgen/docx_package.h"
#include "docgen/package_media.h"
#include "docgen/template_issue.h"
#include "docgen/template_program.h"

namespace landdesk::docgen {

// One tag as the check command lists it.
struct TagReport {
  std::string tag;       // "{gia|money_words}"
  std::string kind;      // "value", "section", "inverted", "close", "image"
  std::string dataPath;  // "thua_dat[].so_thua": `[]` marks each item of the enclosing section
  std::vector<std::string> filters;
  TagLocation where;
};

struct TemplateCheck {
  std::vector<TagReport> tags;
  std::vector<TemplateIssue> errors;  // any error makes the template unusable
  bool ok() const { return errors.empty(); }
};

struct RenderOptions {
  bool strict = false;  // a warning (missing field, failed filter) fails the render
  // How word filters read numbers; the caller fills it from the office's setting (docgen knows no office).
  NumberReading numberReading = NumberReading::North;
};

struct RenderReport {
  std::vector<TemplateIssue> errors;    // non-empty: nothing was written
  std::vector<TemplateIssue> warnings;  // missing fields rendered empty, etc.
  bool ok() const { return errors.empty(); }
};

class CompiledTemplate {
 public:
  // Renders every templated part; the data tree is what Poco::JSON::Parser gives (a case exported to JSON, or a
  // DATA.json file). Returns the rendered parts by name in `parts`, and the pictures of image tags in `images`.
  RenderReport renderParts(const Poco::Dynamic::Var& data, const RenderOptions& options, std::vector<std::string>& parts,
                           std::vector<RenderedImage>* images = nullptr) const;
  // The finished .docx (DEFLATE zip) into a stream; nothing is written when the report has errors.
  RenderReport renderTo(std::ostream& out, const Poco::Dynamic::Var& data, const RenderOptions& options = {}) const;
  // Atomically: a temporary file beside `output`, renamed when complete; on failure no file is left.
  RenderReport renderToFile(const std::filesystem::path& output, const Poco::Dynamic::Var& data, const RenderOptions& options = {}) const;

  const DocxPackage& package() const { return package_; }
  const std::vector<CompiledPart>& parts() const { return parts_; }

 private:
  friend struct TemplateCompiler;
  DocxPackage package_;
  std::vector<CompiledPart> parts_;  // templated parts only
};

struct CompiledOutcome {
  std::shared_ptr<const CompiledTemplate> compiled;  // null when check has errors
  TemplateCheck check;
};

// Reads the package safely, compiles every templated part and lists all tags and errors.
CompiledOutcome compileTemplate(std::string_view docxBytes, const PackageLimits& limits = {});
CompiledOutcome compileTemplateFile(const std::filesystem::path& path, const PackageLimits& limits = {});

// Parses a DATA.json text into the data tree ("data.invalid_json" when it is not JSON).
Result<Poco::Dynamic::Var> parseJsonData(std::string_view json);

}  // namespace landdesk::docgen
