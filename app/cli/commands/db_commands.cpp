// landdesk-cli db init | db migrate: create the desk database, or bring an existing one to the current schema.
#include "cli_database.h"
#include "cli_output.h"
#include "command_table.h"

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

}  // namespace

std::vector<Command> dbCommands() {
  return {
      {{"db", "init"}, "", "create the desk database (SQLite) and apply the schema", {}, init},
      {{"db", "migrate"}, "", "apply pending schema migrations to an existing database", {}, migrate},
  };
}

}  // namespace landdesk::cli
