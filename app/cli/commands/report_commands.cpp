// landdesk-cli report | report tracking | report register: the periodic statistics report, the dossier tracking
// book and the authentication register book, as XLSX or DOCX (written atomically), --json for the figures.
#include <filesystem>
#include <optional>

#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "model/office_profile.h"
#include "reports/register_book.h"
#include "reports/statistics_output.h"
#include "reports/tracking_book.h"
#include "storage/settings_repository.h"
#include "util/datetime.h"

namespace landdesk::cli {

namespace {

using namespace landdesk::reports;

const Command& commandNamed(std::string_view first, std::string_view second = {}) {
  for (const Command& c : allCommands())
    if (c.path[0] == first && (second.empty() ? c.path.size() == 1 : c.path.size() == 2 && c.path[1] == second)) return c;
  throw std::logic_error("command not registered: " + std::string(first));
}

// "-o FILE" (as `render` takes it) or "--output FILE"; any other positional word is a mistake.
Result<std::optional<std::filesystem::path>> outputPath(const Invocation& inv) {
  std::optional<std::filesystem::path> out;
  if (auto o = inv.args.value("--output")) out = *o;
  const auto& words = inv.args.positional();
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "-o" && i + 1 < words.size()) {
      out = words[++i];
      continue;
    }
    return makeError("cli.unexpected_argument", "Tham số thừa", "Unexpected argument", words[i]);
  }
  return out;
}

// The format from --format, else from the output's extension; refused when neither says.
Result<ReportFormat> formatOf(const Invocation& inv, const std::filesystem::path& output) {
  if (auto f = inv.args.value("--format")) return parseFormat(*f);
  std::string ext = output.extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  if (auto f = parseFormat(ext)) return *f;
  return makeError("report.bad_format", "Cần --format xlsx hoặc docx", "--format xlsx or docx is needed",
                   output.string());
}

Result<OutputOptions> outputOptions(const Invocation& inv) {
  OutputOptions o;
  if (auto d = inv.args.value("--date")) {
    auto parsed = parseCanonicalDate(*d);
    if (!parsed) return makeError("report.bad_date", "Ngày lập báo cáo (--date) không hợp lệ (cần NNNN-TT-NN)",
                                  "Invalid --date (expected YYYY-MM-DD)", *d);
    o.date = *parsed;
  }
  if (auto t = inv.args.value("--template")) o.templateFile = *t;
  o.documentNumber = inv.args.valueOr("--number", "");
  return o;
}

// Everything a command checks before touching the database: output path, format and options.
struct Plan {
  std::optional<std::filesystem::path> output;
  ReportFormat format = ReportFormat::Xlsx;
  OutputOptions options;
};

Result<Plan> plan(Invocation& inv) {
  Plan p;
  auto out = outputPath(inv);
  if (!out) return out.error();
  p.output = *out;
  if (!p.output && !inv.json)
    return makeError("cli.missing_output", "Thiếu tệp kết quả (-o FILE)", "The output file is missing (-o FILE)");
  if (p.output) {
    auto f = formatOf(inv, *p.output);
    if (!f) return f.error();
    p.format = *f;
  } else if (auto f = inv.args.value("--format")) {
    auto parsed = parseFormat(*f);
    if (!parsed) return parsed.error();
  }
  auto options = outputOptions(inv);
  if (!options) return options.error();
  p.options = *options;
  return p;
}

Result<model::OfficeProfile> officeOf(storage::Database& db) {
  auto stored = db.settings().all();
  if (!stored) return stored.error();
  return model::officeProfileFrom(*stored);
}

Poco::JSON::Object::Ptr rowJson(const StatisticsRow& row) {
  auto o = jsonObject();
  o->set("field", row.code);
  o->set("label", row.label);
  const auto values = row.columns();
  for (size_t i = 0; i < values.size(); ++i) o->set(std::string(statisticsColumnCodes()[i]), values[i]);
  return o;
}

void printRow(Invocation& inv, const StatisticsRow& r) {
  const bool en = inv.language == Language::English;
  inv.out << r.label << ": " << (en ? "received " : "nhận ") << r.receivedTotal() << " (" << (en ? "online " : "trực tuyến ")
          << r.receivedOnline << ", " << (en ? "direct/post " : "trực tiếp và BCCI ") << r.receivedDirect << ", "
          << (en ? "carried over " : "kỳ trước chuyển qua ") << r.carriedOver << "); " << (en ? "resolved " : "đã giải quyết ")
          << r.resolvedTotal() << " (" << (en ? "early " : "trước hạn ") << r.resolvedEarly << ", "
          << (en ? "on time " : "đúng hạn ") << r.resolvedOnTime << ", " << (en ? "late " : "quá hạn ") << r.resolvedLate
          << "); " << (en ? "pending " : "đang giải quyết ") << r.pendingTotal() << " (" << (en ? "within " : "trong hạn ")
          << r.pendingWithin << ", " << (en ? "overdue " : "quá hạn ") << r.pendingOverdue << ")\n";
}

void printWritten(Invocation& inv, const std::filesystem::path& file) {
  inv.out << (inv.language == Language::English ? "Written: " : "Đã ghi: ") << file.string() << '\n';
}

int statistics(Invocation& inv) {
  const Command& self = commandNamed("report");
  if (!inv.args.has("--from") || !inv.args.has("--to"))
    return usageError(inv, self, "cần --from và --to", "--from and --to are needed");
  auto period = parsePeriod(inv.args.valueOr("--from", ""), inv.args.valueOr("--to", ""));
  if (!period) return fail(inv, period.error());
  auto fields = parseFields(inv.args.valueOr("--field", "all"));
  if (!fields) return fail(inv, fields.error(), kExitUsage);
  auto p = plan(inv);
  if (!p) return fail(inv, p.error(), kExitUsage);

  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto report = computeStatistics(*db, *period, *fields);
  if (!report) return fail(inv, report.error());
  if (p->output) {
    auto office = officeOf(*db);
    if (!office) return fail(inv, office.error());
    if (auto ok = writeStatistics(*report, *office, p->format, *p->output, p->options); !ok) return fail(inv, ok.error());
  }
  if (inv.json) {
    auto root = jsonObject();
    auto periodJson = jsonObject();
    periodJson->set("from", period->fromIso());
    periodJson->set("to", period->toIso());
    root->set("period", periodJson);
    Poco::JSON::Array::Ptr rows = new Poco::JSON::Array;
    for (const auto& r : report->rows) rows->add(rowJson(r));
    root->set("fields", rows);
    if (report->total) root->set("total", rowJson(*report->total));
    if (p->output) root->set("output", p->output->string());
    printJson(inv, root);
    return kExitOk;
  }
  inv.out << "Báo cáo tình hình, kết quả giải quyết TTHC " << period->describeVi() << '\n';
  for (const auto& r : report->rows) printRow(inv, r);
  if (report->total) printRow(inv, *report->total);
  printWritten(inv, *p->output);
  return kExitOk;
}

int tracking(Invocation& inv) {
  const Command& self = commandNamed("report", "tracking");
  if (!inv.args.has("--from") || !inv.args.has("--to"))
    return usageError(inv, self, "cần --from và --to", "--from and --to are needed");
  auto period = parsePeriod(inv.args.valueOr("--from", ""), inv.args.valueOr("--to", ""));
  if (!period) return fail(inv, period.error());
  auto p = plan(inv);
  if (!p) return fail(inv, p.error(), kExitUsage);
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto office = officeOf(*db);
  if (!office) return fail(inv, office.error());
  auto book = loadTrackingBook(*db, *period, *office);
  if (!book) return fail(inv, book.error());
  if (p->output)
    if (auto ok = writeTrackingBook(*book, *office, p->format, *p->output, p->options); !ok) return fail(inv, ok.error());
  if (inv.json) {
    auto root = jsonObject();
    root->set("from", period->fromIso());
    root->set("to", period->toIso());
    root->set("cases", static_cast<int64_t>(book->lines.size()));
    Poco::JSON::Array::Ptr codes = new Poco::JSON::Array;
    for (const auto& l : book->lines) codes->add(l.code);
    root->set("codes", codes);
    if (p->output) root->set("output", p->output->string());
    printJson(inv, root);
    return kExitOk;
  }
  inv.out << "Sổ theo dõi hồ sơ " << period->describeVi() << ": " << book->lines.size() << " hồ sơ\n";
  printWritten(inv, *p->output);
  return kExitOk;
}

int registerBook(Invocation& inv) {
  const Command& self = commandNamed("report", "register");
  auto yearText = inv.args.value("--year");
  if (!yearText) return usageError(inv, self, "cần --year", "--year is needed");
  auto whole = [](const std::string& s) -> std::optional<int> {
    if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoi(s);
  };
  auto year = whole(*yearText);
  if (!year) return fail(inv, makeError("report.bad_year", "Năm không hợp lệ", "Invalid year", *yearText), kExitUsage);
  unsigned month = 0;
  if (auto m = inv.args.value("--month")) {
    auto parsed = whole(*m);
    if (!parsed || *parsed < 1 || *parsed > 12)
      return fail(inv, makeError("report.bad_month", "Tháng không hợp lệ (1–12)", "Invalid month (1-12)", *m), kExitUsage);
    month = static_cast<unsigned>(*parsed);
  }
  auto period = monthOrYear(*year, month);
  if (!period) return fail(inv, period.error(), kExitUsage);
  auto p = plan(inv);
  if (!p) return fail(inv, p.error(), kExitUsage);
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto office = officeOf(*db);
  if (!office) return fail(inv, office.error());
  auto book = loadRegisterBook(*db, *office, *year, month);
  if (!book) return fail(inv, book.error());
  if (p->output)
    if (auto ok = writeRegisterBook(*book, *office, p->format, *p->output, p->options); !ok) return fail(inv, ok.error());
  if (inv.json) {
    auto root = jsonObject();
    root->set("year", *year);
    if (month) root->set("month", static_cast<int>(month));
    root->set("entries", static_cast<int64_t>(book->lines.size()));
    root->set("fees", book->totalFee);
    if (p->output) root->set("output", p->output->string());
    printJson(inv, root);
    return kExitOk;
  }
  inv.out << book->heading << ": " << book->lines.size() << " việc, lệ phí " << grouped(book->totalFee) << " đồng\n";
  printWritten(inv, *p->output);
  return kExitOk;
}

const std::vector<OptionSpec> kOutputOptions = {
    {"--format", true, "xlsx or docx (default: from the output's extension)"},
    {"--output", true, "the output file (same as -o FILE)"},
    {"--date", true, "date of the document, YYYY-MM-DD (default: today)"},
    {"--number", true, "document number for the heading (Số: …)"},
    {"--template", true, "an edited copy of the DOCX template to use instead of the built-in one"},
};

std::vector<OptionSpec> withOutput(std::vector<OptionSpec> options) {
  options.insert(options.end(), kOutputOptions.begin(), kOutputOptions.end());
  return options;
}

}  // namespace

std::vector<Command> reportCommands() {
  return {
      {{"report"}, "--from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|docx -o FILE", "periodic statistics report by field (Tình hình, kết quả giải quyết TTHC)",
       withOutput({{"--from", true, "first day of the period, YYYY-MM-DD"},
                   {"--to", true, "last day of the period, YYYY-MM-DD"},
                   {"--field", true, "chung_thuc, dat_dai or all (default)"}}),
       statistics},
      {{"report", "tracking"}, "--from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|docx -o FILE", "dossier tracking book (sổ theo dõi hồ sơ) of the cases received in a period",
       withOutput({{"--from", true, "first day, YYYY-MM-DD"}, {"--to", true, "last day, YYYY-MM-DD"}}), tracking},
      {{"report", "register"}, "--year Y [--month M] --format xlsx|docx -o FILE", "authentication register book: monthly print-out or the year's book",
       withOutput({{"--year", true, "the register year"}, {"--month", true, "1-12 for the monthly print-out"}}),
       registerBook},
  };
}

}  // namespace landdesk::cli
