#include "cli_database.h"

#include "cli_output.h"

namespace landdesk::cli {

std::unique_ptr<storage::Database> openDatabase(Invocation& inv, bool create) {
  storage::OpenOptions options;
  options.path = inv.databasePath();
  options.create = create;
  auto db = storage::Database::open(options);
  if (!db) {
    fail(inv, db.error());
    return nullptr;
  }
  return std::move(*db);
}

}  // namespace landdesk::cli
