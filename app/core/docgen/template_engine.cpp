#include "docgen/template_engine.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

#include "docgen/atomic_file.h"
#include "docgen/part_compiler.h"
#include "docgen/part_renderer.h"

namespace landdesk::docgen {

namespace {

std::string kindName(TagKind kind) {
  switch (kind) {
    case TagKind::Value: return "value";
    case TagKind::SectionOpen: return "section";
    case TagKind::InvertedOpen: return "inverted";
    case TagKind::SectionClose: return "close";
    case TagKind::Image: return "image";
  }
  return "value";
}

}  // namespace

struct TemplateCompiler {
  static CompiledOutcome compile(Result<DocxPackage> package) {
    CompiledOutcome outcome;
    if (!package) {
      outcome.check.errors.push_back(issueFromError(package.error()));
      return outcome;
    }
    auto compiled = std::make_shared<CompiledTemplate>();
    compiled->package_ = std::move(*package);
    for (const std::string& name : compiled->package_.templatedParts()) {
      PartCompilation result = compilePart(name, compiled->package_.find(name)->data);
      for (const auto& t : result.part.tags)
        outcome.check.tags.push_back({t.text, kindName(t.spec.kind), t.dataPath.empty() ? t.spec.path : t.dataPath, t.spec.filters, t.where});
      for (auto& e : result.errors) outcome.check.errors.push_back(std::move(e));
      if (result.part.hasTags) compiled->parts_.push_back(std::move(result.part));
    }
    if (outcome.check.ok()) outcome.compiled = std::move(compiled);
    return outcome;
  }
};

CompiledOutcome compileTemplate(std::string_view docxBytes, const PackageLimits& limits) {
  return TemplateCompiler::compile(DocxPackage::fromBytes(docxBytes, limits));
}

CompiledOutcome compileTemplateFile(const std::filesystem::path& path, const PackageLimits& limits) {
  return TemplateCompiler::compile(DocxPackage::fromFile(path, limits));
}

RenderReport CompiledTemplate::renderParts(const Poco::Dynamic::Var& data, const RenderOptions& options, std::vector<std::string>& parts,
                                           std::vector<RenderedImage>* images) const {
  RenderReport report;
  ImageSink sink(package_);
  parts.resize(parts_.size());
  for (size_t i = 0; i < parts_.size(); ++i) {
    parts[i].clear();
    parts[i].reserve(package_.find(parts_[i].name)->data.size() + 4096);
    renderPart(parts_[i], data, parts[i], report.warnings, images ? &sink : nullptr, options.numberReading);
  }
  if (images) *images = sink.takeImages();
  if (options.strict && !report.warnings.empty()) report.errors = report.warnings;
  return report;
}

RenderReport CompiledTemplate::renderTo(std::ostream& out, const Poco::Dynamic::Var& data, const RenderOptions& options) const {
  std::vector<std::string> rendered;
  std::vector<RenderedImage> images;
  RenderReport report = renderParts(data, options, rendered, &images);
  if (!report.ok()) return report;
  MediaChanges media;
  if (!images.empty()) {  // only documents with pictures pay for re-writing their relationships
    auto changes = addImagesToPackage(package_, images);
    if (!changes) {
      report.errors.push_back(issueFromError(changes.error()));
      return report;
    }
    media = std::move(*changes);
  }
  std::vector<OutputEntry> entries;
  entries.reserve(package_.entries().size() + media.added.size());
  for (const auto& e : package_.entries()) {
    std::string_view bytes = e.data;
    for (size_t i = 0; i < parts_.size(); ++i)
      if (parts_[i].name == e.name) bytes = rendered[i];
    for (const auto& [name, changed] : media.changed)
      if (name == e.name) bytes = changed;
    entries.push_back({e.name, bytes});
  }
  for (const auto& [name, bytes] : media.added) entries.push_back({name, bytes});
  writeDocxZip(out, entries);
  return report;
}

RenderReport CompiledTemplate::renderToFile(const std::filesystem::path& output, const Poco::Dynamic::Var& data, const RenderOptions& options) const {
  // Rendered to memory first: a failed render must not even create the temporary file.
  std::ostringstream zip;
  RenderReport report = renderTo(zip, data, options);
  if (!report.ok()) return report;
  const std::string bytes = std::move(zip).str();
  Status written = writeFileAtomically(output, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
  if (!written) report.errors.push_back(issueFromError(written.error()));
  return report;
}

Result<Poco::Dynamic::Var> parseJsonData(std::string_view json) {
  try {
    Poco::JSON::Parser parser;
    return parser.parse(std::string(json));
  } catch (const Poco::Exception& e) {
    return makeError("data.invalid_json", "Tệp dữ liệu không phải JSON hợp lệ", "The data file is not valid JSON", e.displayText());
  }
}

}  // namespace landdesk::docgen
