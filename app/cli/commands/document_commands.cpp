// landdesk-cli document list | check | render | data: the desk documents of a stored case, from its kind and date.
#include "commands/document_commands.h"

#include <Poco/JSON/Array.h>

#include <filesystem>

#include "access/accounts.h"
#include "access/permissions.h"
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "documents/case_document.h"
#include "documents/register_number.h"
#include "model/office_profile.h"
#include "storage/audit_repository.h"
#include "storage/case_repository.h"
#include "storage/database.h"
#include "storage/settings_repository.h"
#include "text/dates.h"

namespace landdesk::cli {

using namespace landdesk::documents;

namespace {

bool english(const Invocation& inv) { return inv.language == Language::English; }

const Command& commandNamed(std::string_view second) {
  for (const Command& c : allCommands())
    if (c.path.size() == 2 && c.path[0] == "document" && c.path[1] == second) return c;
  throw std::logic_error("command not registered: document " + std::string(second));
}

// The case and the office, read in one go, as the --login officer. A `print` (render) needs the export right and
// leaves an audit entry: the document carries the parties' personal data out of the desk.
struct Loaded {
  model::Case c;
  model::OfficeProfile office;
  std::optional<AuthenticationNumber> number;  // the case's register line, once authenticated
};

Result<Loaded> loadCase(Invocation& inv, const std::string& code, std::string_view print = {}) {
  storage::OpenOptions options;
  options.path = inv.databasePath();
  options.create = false;
  auto db = storage::Database::open(options);
  if (!db) return db.error();
  if (auto login = inv.args.value("--login"))
    if (auto actor = access::login(**db, *login, readPassword(inv, "Mật khẩu / Password: ")); !actor)
      return actor.error();
  auto c = (*db)->cases().byCode(code);
  if (!c) return c.error();
  if (!print.empty()) {
    if (auto ok = access::requirePermission((*db)->actor(), access::Permission::Export); !ok) return ok.error();
    if (auto s = (*db)->audit().record(std::string(print), "case", code, code); !s) return s.error();
  }
  auto settings = (*db)->settings().all();
  if (!settings) return settings.error();
  const model::OfficeProfile office = model::officeProfileFrom(*settings);
  auto number = registerNumberOf(**db, office, c->id);
  if (!number) return number.error();
  return Loaded{std::move(*c), office, *number};
}

Poco::JSON::Array::Ptr findingsJson(const std::vector<Finding>& findings) {
  Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
  for (const Finding& f : findings) {
    auto o = jsonObject();
    o->set("id", f.id);
    o->set("severity", std::string(severityCode(f.severity)));
    o->set("vi", f.vi);
    o->set("en", f.en);
    o->set("subject", f.subject);
    if (f.party) o->set("party", static_cast<int>(*f.party));
    if (f.parcel) o->set("parcel", static_cast<int>(*f.parcel));
    if (!f.setting.empty()) o->set("setting", f.setting);
    arr->add(o);
  }
  return arr;
}

void printFindings(Invocation& inv, std::ostream& os, const std::vector<Finding>& findings) {
  if (findings.empty()) {
    os << (english(inv) ? "Ready: nothing missing\n" : "Đủ thông tin: không thiếu gì\n");
    return;
  }
  for (const Finding& f : findings) {
    const bool blocking = f.severity == Severity::Blocking;
    os << (blocking ? (english(inv) ? "  [must fix] " : "  [cần bổ sung] ") : (english(inv) ? "  [note] " : "  [lưu ý] "));
    if (!f.subject.empty()) os << f.subject << ": ";
    os << f.text(inv.language) << "  (" << f.id << ")\n";
  }
}

Result<DocumentSources> sourcesWithCatalog() { return loadDocumentSources(); }

int list(Invocation& inv) {
  const std::string code = inv.args.positional()[0];
  auto date = documentDate(inv);
  if (!date) return fail(inv, date.error(), kExitUsage);
  auto loaded = loadCase(inv, code);
  if (!loaded) return fail(inv, loaded.error());
  auto sources = sourcesWithCatalog();
  if (!sources) return fail(inv, sources.error());
  const auto entries = templatesFor(sources->catalog, loaded->c.kind, *date);
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const TemplateEntry* t : entries) {
      auto o = jsonObject();
      o->set("id", t->id);
      o->set("group", t->group);
      o->set("title", t->title);
      o->set("form_number", t->formNumber);
      o->set("file", sources->catalog.fileOf(*t).string());
      o->set("file_exists", std::filesystem::exists(sources->catalog.fileOf(*t)));
      DocumentContext ctx = sources->context();
      ctx.authentication = loaded->number;
      const auto findings = checkReadiness(loaded->c, loaded->office, t, *date, ctx);
      o->set("ready", !hasBlocking(findings));
      arr->add(o);
    }
    auto root = jsonObject();
    root->set("case", code);
    root->set("kind", std::string(model::codeOf(loaded->c.kind)));
    root->set("date", isoDate(*date));
    root->set("templates", arr);
    printJson(inv, root);
    return kExitOk;
  }
  inv.out << code << " — " << (english(inv) ? model::term(loaded->c.kind).en : model::term(loaded->c.kind).vi) << ", "
          << isoDate(*date) << ": " << entries.size() << (english(inv) ? " templates\n" : " mẫu\n");
  for (const TemplateEntry* t : entries) {
    DocumentContext ctx = sources->context();
    ctx.authentication = loaded->number;
    const bool ready = !hasBlocking(checkReadiness(loaded->c, loaded->office, t, *date, ctx));
    inv.out << "  " << t->id << "  [" << t->group << "]  " << t->title;
    if (!t->formNumber.empty()) inv.out << " (" << t->formNumber << ")";
    inv.out << (ready ? "" : (english(inv) ? "  — not ready" : "  — chưa đủ thông tin")) << '\n';
  }
  return kExitOk;
}

int check(Invocation& inv) {
  const auto& pos = inv.args.positional();
  if (pos.size() > 2) return usageError(inv, commandNamed("check"), "cần mã hồ sơ và (tùy chọn) mã mẫu", "a case code and optionally a template id");
  auto date = documentDate(inv);
  if (!date) return fail(inv, date.error(), kExitUsage);
  auto loaded = loadCase(inv, pos[0]);
  if (!loaded) return fail(inv, loaded.error());
  Result<DocumentSources> sources = pos.size() == 2 ? sourcesWithCatalog() : loadDataSources();
  if (!sources) return fail(inv, sources.error());
  const TemplateEntry* entry = nullptr;
  if (pos.size() == 2 && !(entry = sources->catalog.find(pos[1])))
    return fail(inv, makeError("document.unknown_template", "Không có mẫu mã này trong danh mục (xem: landdesk-cli document list)",
                               "No template has this id in the catalog (see: landdesk-cli document list)", pos[1]));
  DocumentContext ctx = sources->context();
  ctx.authentication = loaded->number;
  const auto findings = checkReadiness(loaded->c, loaded->office, entry, *date, ctx);
  if (inv.json) {
    auto root = jsonObject();
    root->set("case", pos[0]);
    if (entry) root->set("template", entry->id);
    root->set("ready", !hasBlocking(findings));
    root->set("findings", findingsJson(findings));
    printJson(inv, root);
  } else {
    printFindings(inv, inv.out, findings);
  }
  return hasBlocking(findings) ? kExitFailure : kExitOk;
}

std::optional<AuthenticationNumber> registerNumber(const Invocation& inv, std::chrono::year_month_day date, Status& bad) {
  auto n = inv.args.value("--register-number");
  if (!n) return std::nullopt;
  AuthenticationNumber a;
  a.year = static_cast<int>(date.year());
  a.date = date;
  try {
    a.number = std::stoll(*n);
    a.book = std::stoi(inv.args.valueOr("--register-book", "1"));
  } catch (const std::exception&) {
    a.number = 0;
  }
  if (a.number < 1 || a.book < 1)
    bad = makeError("cli.bad_register_number", "--register-number và --register-book cần số nguyên dương",
                    "--register-number and --register-book need positive whole numbers", *n);
  return a;
}

int render(Invocation& inv) {
  std::vector<std::string> pos;
  std::optional<std::string> output = inv.args.value("--output");
  const auto& words = inv.args.positional();
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "-o" && i + 1 < words.size()) output = words[++i];
    else pos.push_back(words[i]);
  }
  if (pos.size() != 2 || !output)
    return usageError(inv, commandNamed("render"), "cần mã hồ sơ, mã mẫu và -o OUT.docx", "a case code, a template id and -o OUT.docx are needed");
  auto date = documentDate(inv);
  if (!date) return fail(inv, date.error(), kExitUsage);
  Status bad;
  auto number = registerNumber(inv, *date, bad);
  if (!bad) return fail(inv, bad.error(), kExitUsage);
  auto loaded = loadCase(inv, pos[0], "document.render");
  if (!loaded) return fail(inv, loaded.error());
  auto sources = sourcesWithCatalog();
  if (!sources) return fail(inv, sources.error());
  const TemplateEntry* entry = sources->catalog.find(pos[1]);
  if (!entry)
    return fail(inv, makeError("document.unknown_template", "Không có mẫu mã này trong danh mục (xem: landdesk-cli document list)",
                               "No template has this id in the catalog (see: landdesk-cli document list)", pos[1]));
  DocumentContext context = sources->context();
  context.authentication = number ? number : loaded->number;  // --register-number, else the register's line
  const std::optional<std::filesystem::path> pdf = inv.args.value("--pdf");
  CaseDocumentResult r = renderCaseDocument(*sources, loaded->c, loaded->office, *entry, *date, context, *output, pdf);
  if (inv.json) {
    auto root = jsonObject();
    root->set("ok", !r.error.has_value());
    root->set("output", r.docxWritten ? *output : std::string());
    if (r.pdfWritten) root->set("pdf", pdf->string());
    root->set("findings", findingsJson(r.findings));
    Poco::JSON::Array::Ptr warnings = new Poco::JSON::Array, errors = new Poco::JSON::Array;
    for (const auto& w : r.report.warnings) warnings->add(w.tag + " — " + w.text(inv.language));
    for (const auto& e : r.report.errors) errors->add(e.tag + " — " + e.text(inv.language));
    root->set("template_errors", errors);
    root->set("warnings", warnings);
    if (r.error) root->set("error", r.error->text(inv.language));
    printJson(inv, root);
    return r.error ? kExitFailure : kExitOk;
  }
  if (!r.findings.empty()) printFindings(inv, r.error && r.error->code == "document.not_ready" ? inv.err : inv.out, r.findings);
  for (const auto& e : r.report.errors) inv.err << "  [" << e.id << "] " << e.tag << " — " << e.text(inv.language) << '\n';
  for (const auto& w : r.report.warnings) inv.err << "  [" << w.id << "] " << w.tag << " — " << w.text(inv.language) << '\n';
  if (r.docxWritten) inv.out << (english(inv) ? "Written: " : "Đã ghi: ") << *output << '\n';
  if (r.pdfWritten) inv.out << (english(inv) ? "Written: " : "Đã ghi: ") << pdf->string() << '\n';
  return r.error ? fail(inv, *r.error) : kExitOk;
}

int data(Invocation& inv) {
  auto date = documentDate(inv);
  if (!date) return fail(inv, date.error(), kExitUsage);
  auto tree = caseDocumentData(inv, inv.args.positional()[0], *date);
  if (!tree) return fail(inv, tree.error());
  const auto obj = tree->extract<Poco::JSON::Object::Ptr>();
  if (inv.args.has("--compact")) obj->stringify(inv.out);
  else obj->stringify(inv.out, 2);
  inv.out << '\n';
  return kExitOk;
}

}  // namespace

Result<std::chrono::year_month_day> documentDate(const Invocation& inv) {
  if (auto d = inv.args.value("--date")) {
    auto parsed = text::parseIsoDate(*d);
    if (!parsed) return makeError("cli.bad_date", "--date cần ngày dạng YYYY-MM-DD", "--date needs a YYYY-MM-DD date", *d);
    return *parsed;
  }
  return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow()));
}

Result<Poco::Dynamic::Var> caseDocumentData(Invocation& inv, const std::string& code, std::chrono::year_month_day date) {
  auto loaded = loadCase(inv, code);
  if (!loaded) return loaded.error();
  auto sources = loadDataSources();
  if (!sources) return sources.error();
  DocumentContext ctx = sources->context();
  ctx.authentication = loaded->number;
  return Poco::Dynamic::Var(buildDocumentData(loaded->c, loaded->office, date, ctx));
}

std::vector<Command> documentCommands() {
  const OptionSpec date{"--date", true, "date of the document, YYYY-MM-DD (default: today)"};
  return {
      {{"document", "list"}, "CODE", "the templates valid for the case's kind on the date, and whether each is ready", {date}, list, 1},
      {{"document", "check"}, "CODE [TEMPLATE_ID]", "what the case still lacks for its documents (or for one template)", {date}, check, 1},
      {{"document", "render"},
       "CODE TEMPLATE_ID -o OUT.docx",
       "render a catalog template from a stored case (refused while something is missing)",
       {date,
        {"--output", true, "the output .docx (same as -o)"},
        {"--pdf", true, "also convert the result to PDF with LibreOffice"},
        {"--register-number", true, "số chứng thực (default: the case's line in the register, if any)"},
        {"--register-book", true, "quyển số (default 1)"}},
       render,
       2},
      {{"document", "data"}, "CODE", "print the data tree templates read for the case (JSON, see docs/template-data.md)",
       {date, {"--compact", false, "one line instead of indented"}}, data, 1},
  };
}

}  // namespace landdesk::cli
