// landdesk-cli template check | render: the document engine from the command line (and timed from outside).
#include <Poco/JSON/Array.h>
#include <malloc.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "cli_output.h"
#include "command_table.h"
#include "commands/document_commands.h"
#include "docgen/pdf_converter.h"
#include "docgen/template_engine.h"

namespace landdesk::cli {

namespace {

using namespace landdesk::docgen;

bool english(const Invocation& inv) { return inv.language == Language::English; }

const Command& commandNamed(std::string_view first, std::string_view second = {}) {
  for (const Command& c : allCommands())
    if (c.path[0] == first && (second.empty() ? c.path.size() == 1 : c.path.size() == 2 && c.path[1] == second)) return c;
  throw std::logic_error("command not registered: " + std::string(first));
}

Poco::JSON::Object::Ptr locationJson(const TagLocation& w) {
  auto o = jsonObject();
  o->set("part", w.part);
  o->set("paragraph", w.paragraph);
  if (w.table > 0) {
    o->set("table", w.table);
    o->set("row", w.row);
    o->set("cell", w.cell);
  }
  o->set("context", w.context);
  return o;
}

Poco::JSON::Array::Ptr issuesJson(const std::vector<TemplateIssue>& issues) {
  Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
  for (const auto& i : issues) {
    auto o = jsonObject();
    o->set("id", i.id);
    o->set("tag", i.tag);
    o->set("vi", i.vi);
    o->set("en", i.en);
    o->set("location", locationJson(i.where));
    arr->add(o);
  }
  return arr;
}

void printIssues(Invocation& inv, std::ostream& os, const std::vector<TemplateIssue>& issues, std::string_view headVi, std::string_view headEn) {
  if (issues.empty()) return;
  os << (english(inv) ? headEn : headVi) << " (" << issues.size() << "):\n";
  for (const auto& i : issues) {
    os << "  [" << i.id << "] " << (i.tag.empty() ? "" : i.tag + " — ") << i.text(inv.language) << '\n';
    const std::string where = i.where.describe(inv.language);
    if (!where.empty()) os << "      " << (english(inv) ? "at " : "tại ") << where << '\n';
  }
}

Result<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("cli.cannot_read", "Không đọc được tệp", "Cannot read the file", path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int check(Invocation& inv) {
  const auto& pos = inv.args.positional();
  if (pos.size() != 1) return usageError(inv, commandNamed("template", "check"), "cần đúng một tệp mẫu", "exactly one template file is needed");
  CompiledOutcome outcome = compileTemplateFile(pos[0]);
  const TemplateCheck& c = outcome.check;
  if (inv.json) {
    auto root = jsonObject();
    root->set("template", pos[0]);
    root->set("ok", c.ok());
    Poco::JSON::Array::Ptr tags = new Poco::JSON::Array;
    for (const auto& t : c.tags) {
      auto o = jsonObject();
      o->set("tag", t.tag);
      o->set("kind", t.kind);
      o->set("data_path", t.dataPath);
      Poco::JSON::Array::Ptr filters = new Poco::JSON::Array;
      for (const auto& f : t.filters) filters->add(f);
      o->set("filters", filters);
      o->set("location", locationJson(t.where));
      tags->add(o);
    }
    root->set("tags", tags);
    root->set("errors", issuesJson(c.errors));
    printJson(inv, root);
  } else {
    inv.out << (english(inv) ? "Tags" : "Thẻ") << " (" << c.tags.size() << "):\n";
    for (const auto& t : c.tags) {
      inv.out << "  " << t.tag;
      if (t.kind != "close") inv.out << "  → " << t.dataPath;
      inv.out << "  [" << t.kind << "]  " << t.where.describe(inv.language) << '\n';
    }
    printIssues(inv, inv.out, c.errors, "Lỗi", "Errors");
    inv.out << (c.ok() ? (english(inv) ? "Template OK\n" : "Mẫu hợp lệ\n")
                       : (english(inv) ? "Template has errors\n" : "Mẫu có lỗi\n"));
  }
  return c.ok() ? kExitOk : kExitFailure;
}

int render(Invocation& inv) {
  // "-o OUT" is a short option the shared parser leaves among the positional words.
  std::vector<std::string> pos;
  std::optional<std::string> output = inv.args.value("--output");
  const auto& words = inv.args.positional();
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "-o" && i + 1 < words.size()) output = words[++i];
    else pos.push_back(words[i]);
  }
  const Command& self = commandNamed("render");
  // --case CODE takes the data from a stored case instead of DATA.json (issue 4 item 4).
  const std::optional<std::string> caseCode = inv.args.value("--case");
  if (pos.size() != (caseCode ? 1u : 2u) || !output)
    return usageError(inv, self, "cần tệp mẫu, tệp dữ liệu (hoặc --case MÃ) và -o OUT.docx",
                      "a template, a data file (or --case CODE) and -o OUT.docx are needed");
  long repeat = 1;
  if (auto r = inv.args.value("--repeat")) {
    try {
      repeat = std::stol(*r);
    } catch (const std::exception&) {
      repeat = 0;
    }
    if (repeat < 1) return usageError(inv, self, "--repeat cần một số nguyên dương", "--repeat needs a positive integer");
  }
  RenderOptions options;
  options.strict = inv.args.has("--strict");

  Result<Poco::Dynamic::Var> data = makeError("cli.no_data", "Không có dữ liệu", "No data");
  if (caseCode) {
    auto date = documentDate(inv);
    if (!date) return fail(inv, date.error(), kExitUsage);
    data = caseDocumentData(inv, *caseCode, *date);
  } else {
    auto json = readFile(pos[1]);
    if (!json) return fail(inv, json.error());
    data = parseJsonData(*json);
  }
  if (!data) return fail(inv, data.error());

  // Keep zlib's per-entry state in the heap between renders instead of returning it to the kernel each time.
  if (repeat > 1) mallopt(M_TRIM_THRESHOLD, 64 << 20), mallopt(M_MMAP_THRESHOLD, 64 << 20);
  const auto started = std::chrono::steady_clock::now();
  CompiledOutcome outcome = compileTemplateFile(pos[0]);
  RenderReport report;
  report.errors = outcome.check.errors;
  long done = 0;
  auto renderStart = std::chrono::steady_clock::now();
  if (outcome.compiled) {
    for (; done < repeat; ++done) {
      report = outcome.compiled->renderToFile(*output, *data, options);
      if (!report.ok()) break;
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - renderStart).count();

  std::optional<Error> pdfError;
  if (report.ok()) {
    if (auto pdf = inv.args.value("--pdf")) {
      Status converted = convertDocxToPdf(*output, *pdf);
      if (!converted) pdfError = converted.error();
    }
  }
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
  if (inv.json) {
    auto root = jsonObject();
    root->set("ok", report.ok() && !pdfError);
    root->set("output", report.ok() ? *output : std::string());
    if (auto pdf = inv.args.value("--pdf"); pdf && report.ok() && !pdfError) root->set("pdf", *pdf);
    root->set("errors", issuesJson(report.errors));
    root->set("warnings", issuesJson(report.warnings));
    if (pdfError) root->set("pdf_error", pdfError->text(inv.language));
    if (repeat > 1) {
      root->set("renders", done);
      root->set("seconds", seconds);
      root->set("renders_per_second", rate);
    }
    root->set("total_seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    printJson(inv, root);
  } else {
    printIssues(inv, inv.err, report.errors, "Lỗi", "Errors");
    printIssues(inv, inv.err, report.warnings, "Cảnh báo", "Warnings");
    if (report.ok()) inv.out << (english(inv) ? "Written: " : "Đã ghi: ") << *output << '\n';
    if (report.ok() && !pdfError && inv.args.value("--pdf")) inv.out << (english(inv) ? "Written: " : "Đã ghi: ") << *inv.args.value("--pdf") << '\n';
    if (repeat > 1 && report.ok()) {
      char line[160];
      std::snprintf(line, sizeof line, "%ld renders in %.3f s: %.1f renders/s\n", done, seconds, rate);
      inv.out << line;
    }
  }
  if (!report.ok()) {
    if (!inv.json)
      inv.err << (english(inv) ? "error: nothing was written (" : "lỗi: không ghi tệp nào (") << report.errors.size()
              << (english(inv) ? " errors)\n" : " lỗi)\n");
    return kExitFailure;
  }
  if (pdfError) return fail(inv, *pdfError);
  return kExitOk;
}

}  // namespace

std::vector<Command> templateCommands() {
  return {
      {{"template", "check"}, "T.docx", "list every tag of a DOCX template with the data path it reads, and every error", {}, check},
      {{"render"},
       "T.docx DATA.json|--case CODE -o OUT.docx",
       "fill a DOCX template with JSON data (written atomically; nothing is written on error)",
       {{"--output", true, "the output .docx (same as -o)"},
        {"--pdf", true, "also convert the result to PDF with LibreOffice"},
        {"--strict", false, "refuse to render when a field is missing or a filter fails"},
        {"--repeat", true, "render N times in one process and print renders/s (timing)"},
        {"--case", true, "take the data from this stored case instead of DATA.json"},
        {"--date", true, "with --case: date of the document, YYYY-MM-DD (default: today)"}},
       render},
  };
}

}  // namespace landdesk::cli
