// landdesk-cli db init | db migrate | db copy --to URL: create the desk database, bring it to the current schema, or
// move it into PostgreSQL; backup create | verify | restore: the desk's archives (database, scans, manifest).
#include <algorithm>

#include "access/permissions.h"
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"
#include "storage/audit_repository.h"
#include "storage/backup.h"
#include "storage/backup_copy.h"
#include "storage/database_url.h"
#include "util/paths.h"

namespace landdesk::cli {

namespace {

int report(Invocation& inv, storage::Database& db, std::string_view doneVi, std::string_view doneEn) {
  if (inv.json) {
    auto o = jsonObject();
    o->set("path", db.path().string());
    o->set("schema_version", db.schemaVersion());
    printJson(inv, o);
  } else {
    inv.out << (inv.language == Language::English ? doneEn : doneVi) << ": " << db.path().string() << " (schema v"
            << db.schemaVersion() << ")\n";
  }
  return kExitOk;
}

int init(Invocation& inv) {
  auto db = openDatabase(inv, true);
  return db ? report(inv, *db, "Cơ sở dữ liệu sẵn sàng", "Database ready") : kExitFailure;
}

int migrate(Invocation& inv) {
  auto db = openDatabase(inv, false);
  return db ? report(inv, *db, "Đã cập nhật lược đồ", "Schema up to date") : kExitFailure;
}

bool english(const Invocation& inv) { return inv.language == Language::English; }

int copy(Invocation& inv) {
  const auto to = inv.args.value("--to");
  if (!to || !storage::isPostgresqlUrl(*to))
    return fail(inv, makeError("cli.copy_target", "Cần --to postgresql://người_dùng@máy:cổng/tên_csdl",
                               "Needs --to postgresql://user@host:port/dbname"),
                kExitUsage);
  auto source = openDatabase(inv, false);
  if (!source) return kExitFailure;
  storage::OpenOptions o;
  o.path = *to;
  auto target = storage::Database::open(o);
  if (!target) return fail(inv, target.error());
  auto copied = storage::copyDatabase(*source, **target, storage::fileStoreIn(inv.dataDirectory()));
  if (!copied) return fail(inv, copied.error());
  int64_t rows = 0;
  for (const auto& [table, d] : copied->tables) rows += d.rows;
  if (inv.json) {
    auto o = jsonObject(), tables = jsonObject();
    for (const auto& [table, d] : copied->tables) {
      auto t = jsonObject();
      t->set("rows", d.rows);
      t->set("sha256", d.sha256);
      tables->set(table, t);
    }
    o->set("to", (*target)->path().string());
    o->set("tables", tables);
    o->set("scans_checked", copied->scans.checked);
    printJson(inv, o);
  } else {
    inv.out << (english(inv) ? "Copied and verified " : "Đã chép và kiểm tra ") << copied->tables.size()
            << (english(inv) ? " tables, " : " bảng, ") << rows << (english(inv) ? " rows; " : " dòng; ")
            << copied->scans.checked << (english(inv) ? " stored scans match their SHA-256: " : " giấy tờ đã quét khớp SHA-256: ")
            << (*target)->path().string() << '\n';
  }
  return kExitOk;
}

int printBackup(Invocation& inv, const storage::BackupSummary& s, std::string_view doneVi, std::string_view doneEn) {
  int64_t rows = 0;
  for (const auto& [table, d] : s.tables) rows += d.rows;
  if (inv.json) {
    auto o = jsonObject();
    o->set("archive", s.archive.string());
    o->set("backend", s.backend);
    o->set("schema_version", s.schemaVersion);
    o->set("tables", static_cast<int64_t>(s.tables.size()));
    o->set("rows", rows);
    o->set("scans", s.scans);
    printJson(inv, o);
  } else {
    inv.out << (english(inv) ? doneEn : doneVi) << ": " << s.archive.string() << " (" << s.backend << ", "
            << s.tables.size() << (english(inv) ? " tables, " : " bảng, ") << rows << (english(inv) ? " rows, " : " dòng, ")
            << s.scans << (english(inv) ? " scans)" : " giấy tờ)") << '\n';
  }
  return kExitOk;
}

// -o FILE (or --out FILE); default: <data dir>/backups/landdesk-<time>.zip.
std::filesystem::path backupFile(const Invocation& inv) {
  const auto& words = inv.args.positional();
  for (size_t i = 0; i + 1 < words.size(); ++i)
    if (words[i] == "-o") return words[i + 1];
  if (auto out = inv.args.value("--out")) return *out;
  std::string stamp = isoDateTime(localNow());
  std::replace(stamp.begin(), stamp.end(), ':', '-');
  return inv.dataDirectory() / "backups" / ("landdesk-" + stamp + ".zip");
}

int backupCreate(Invocation& inv) {
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto made = storage::createBackup(*db, inv.databasePath().string(), inv.dataDirectory(), backupFile(inv));
  if (!made) return fail(inv, made.error());
  return printBackup(inv, *made, "Đã sao lưu", "Backup written");
}

int backupVerify(Invocation& inv) {
  auto checked = storage::verifyBackup(inv.args.positional().at(0));
  if (!checked) return fail(inv, checked.error());
  return printBackup(inv, *checked, "Bản sao lưu nguyên vẹn", "Backup intact");
}

int backupRestore(Invocation& inv) {
  const auto to = inv.args.value("--to");
  if (!to)
    return fail(inv, makeError("cli.restore_target", "Cần --to THƯ_MỤC hoặc --to postgresql://…",
                               "Needs --to DIR or --to postgresql://…"),
                kExitUsage);
  // Restoring brings back every person's data: on a desk with a database, only with the backup right, audited.
  if (std::error_code ec; std::filesystem::is_regular_file(inv.databasePath(), ec)) {
    auto db = openDatabase(inv, false);
    if (!db) return kExitFailure;
    if (auto ok = access::requirePermission(db->actor(), access::Permission::Backup); !ok) return fail(inv, ok.error());
    if (auto s = db->audit().record("backup.restore", "file", inv.args.positional().at(0), "", *to); !s)
      return fail(inv, s.error());
  }
  auto restored = storage::restoreBackup(inv.args.positional().at(0), *to, inv.dataDirectory());
  if (!restored) return fail(inv, restored.error());
  return printBackup(inv, *restored, "Đã khôi phục và kiểm tra số dòng, mã băm", "Restored; counts and hashes match");
}

}  // namespace

std::vector<Command> dbCommands() {
  return {
      {{"db", "init"}, "", "create the desk database (SQLite) and apply the schema", {}, init},
      {{"db", "migrate"}, "", "apply pending schema migrations to an existing database", {}, migrate},
      {{"db", "copy"}, "--to postgresql://USER@HOST:PORT/DB", "copy this desk's database into an empty PostgreSQL "
       "database, checking counts and hashes per table and the scans", {{"--to", true, "the PostgreSQL URL"}}, copy},
      {{"backup", "create"}, "[-o FILE]", "archive the database (online copy or pg_dump) with every stored scan",
       {{"--out", true, "the archive (default: <data dir>/backups/landdesk-<time>.zip)"}}, backupCreate},
      {{"backup", "verify"}, "FILE", "check a backup: scans against their SHA-256, tables against the manifest", {},
       backupVerify, 1},
      {{"backup", "restore"}, "FILE --to DIR|URL", "restore a backup into an empty data folder or PostgreSQL database",
       {{"--to", true, "data folder or postgresql:// URL"}}, backupRestore, 1},
  };
}

}  // namespace landdesk::cli
