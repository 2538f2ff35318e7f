// landdesk-cli block add | release | list | import FILE: blocked-parcel (ngăn chặn) notices.
#include <ostream>

#include "cli_database.h"
#include "cli_output.h"
#include "commands/register_cli.h"
#include "register/block_import.h"

namespace landdesk::cli {

namespace {

using namespace landdesk::registry;
using reg::english;
using reg::pick;

Result<BlockNotice> noticeFromOptions(const Invocation& inv) {
  BlockNotice n;
  n.issuerKind = inv.args.valueOr("--issuer-kind", "");
  n.issuer = inv.args.valueOr("--issuer", "");
  n.documentNumber = inv.args.valueOr("--doc-no", "");
  auto date = reg::dateOption(inv, "--doc-date");
  if (!date) return date.error();
  if (!*date) return makeError("cli.missing_date", "Thiếu --doc-date (ngày văn bản)", "--doc-date is required");
  n.documentDate = **date;
  n.gcnSerial = inv.args.valueOr("--serial", "");
  n.parcelNumber = inv.args.valueOr("--parcel", "");
  n.mapSheet = inv.args.valueOr("--sheet", "");
  n.commune = inv.args.valueOr("--commune", "");
  n.owner = inv.args.valueOr("--owner", "");
  n.reason = inv.args.valueOr("--reason", "");
  auto at = reg::atOption(inv);
  if (!at) return at.error();
  n.receivedAt = *at;
  return n;
}

void printNotice(Invocation& inv, const BlockNotice& n) {
  inv.out << "#" << n.id << " " << describeNotice(n);
  if (!n.owner.empty()) inv.out << (english(inv) ? " — owner " : " — chủ sử dụng ") << n.owner;
  inv.out << '\n';
}

int runAdd(Invocation& inv) {
  auto n = noticeFromOptions(inv);
  if (!n) return fail(inv, n.error(), kExitUsage);
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto stored = BlockedParcels(*db).block(*n, reg::actor(inv));
  if (!stored) return fail(inv, stored.error());
  if (inv.json) printJson(inv, reg::noticeJson(*stored));
  else printNotice(inv, *stored);
  return kExitOk;
}

int runRelease(Invocation& inv) {
  auto n = noticeFromOptions(inv);
  if (!n) return fail(inv, n.error(), kExitUsage);
  auto released = inv.args.value("--releases");
  if (!released) return fail(inv, makeError("cli.missing_releases", "Thiếu --releases (số văn bản ngăn chặn được giải tỏa)", "--releases is required"), kExitUsage);
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto stored = BlockedParcels(*db).release(*n, *released, reg::actor(inv));
  if (!stored) return fail(inv, stored.error());
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const BlockNotice& r : *stored) arr->add(reg::noticeJson(r));
    printJson(inv, arr);
  } else {
    for (const BlockNotice& r : *stored) printNotice(inv, r);
  }
  return kExitOk;
}

int runList(Invocation& inv) {
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto list = BlockedParcels(*db).list(inv.args.has("--active"));
  if (!list) return fail(inv, list.error());
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const BlockNotice& n : *list) arr->add(reg::noticeJson(n));
    printJson(inv, arr);
    return kExitOk;
  }
  for (const BlockNotice& n : *list) printNotice(inv, n);
  inv.out << list->size() << (english(inv) ? " notice(s)\n" : " văn bản\n");
  return kExitOk;
}

int runImport(Invocation& inv) {
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  BlockedParcels blocks(*db);
  BlockImportOptions options;
  options.skipBadRows = inv.args.has("--skip-bad");
  auto at = reg::atOption(inv);
  if (!at) return fail(inv, at.error(), kExitUsage);
  options.at = *at;
  auto report = importBlockFile(blocks, inv.args.positional().front(), reg::actor(inv), options);
  if (!report) return fail(inv, report.error());
  if (inv.json) {
    auto o = jsonObject();
    o->set("written", report->written);
    o->set("rows", report->rows);
    o->set("blocked", report->blocked);
    o->set("released", report->released);
    o->set("duplicates", report->duplicates);
    Poco::JSON::Array::Ptr problems = new Poco::JSON::Array;
    for (const ImportProblem& p : report->problems) {
      auto po = jsonObject();
      po->set("line", p.line);
      po->set("field", p.field);
      po->set("message", pick(inv, p.vi, p.en));
      problems->add(po);
    }
    o->set("problems", problems);
    printJson(inv, o);
  } else {
    for (const ImportProblem& p : report->problems)
      inv.err << (english(inv) ? "line " : "dòng ") << p.line << (p.field.empty() ? "" : " [" + p.field + "]") << ": "
              << pick(inv, p.vi, p.en) << '\n';
    if (report->written)
      inv.out << (english(inv) ? "Imported: " : "Đã nhập: ") << report->blocked << (english(inv) ? " blocks, " : " ngăn chặn, ")
              << report->released << (english(inv) ? " released, " : " giải tỏa, ") << report->duplicates
              << (english(inv) ? " already recorded\n" : " đã có từ trước\n");
    else
      inv.err << (english(inv) ? "Nothing imported: fix the rows above (or use --skip-bad)\n"
                               : "Chưa nhập gì: sửa các dòng trên (hoặc dùng --skip-bad)\n");
  }
  return report->written ? kExitOk : kExitFailure;
}

std::vector<OptionSpec> noticeOptions() {
  return {{"--issuer-kind", true, "court | enforcement | police | other"},
          {"--issuer", true, "issuing body"},
          {"--doc-no", true, "document number"},
          {"--doc-date", true, "document date (2026-03-05 or 05/03/2026)"},
          {"--serial", true, "GCN serial (số phát hành)"},
          {"--parcel", true, "parcel number (with --sheet)"},
          {"--sheet", true, "map sheet number"},
          {"--commune", true, "commune of the parcel"},
          {"--owner", true, "land user named in the notice"},
          {"--reason", true, "reason"},
          {"--at", true, "when the desk received it (default now)"},
          {"--actor", true, "who records it (default cli)"}};
}

}  // namespace

std::vector<Command> blockCommands() {
  auto releaseOptions = noticeOptions();
  releaseOptions.push_back({"--releases", true, "number of the blocking document this release lifts"});
  return {
      {{"block", "add"}, "", "records a blocking notice (ngăn chặn) on a parcel", noticeOptions(), runAdd},
      {{"block", "release"}, "", "records a release notice (giải tỏa) lifting a blocking notice", releaseOptions, runRelease},
      {{"block", "list"}, "", "blocking and release notices, newest first", {{"--active", false, "only blocks still in force"}}, runList},
      {{"block", "import"}, "FILE", "imports notices from a CSV (UTF-8, header row) or XLSX file; nothing unless every row is good",
       {{"--skip-bad", false, "store the good rows even if some are bad"}, {"--at", true, "when received"}, {"--actor", true, "who records them"}},
       runImport, 1},
  };
}

}  // namespace landdesk::cli
