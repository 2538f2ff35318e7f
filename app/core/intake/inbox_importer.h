// Taking received files into the Inbox: unpacked and checked, copied content-addressed under the data directory,
// recorded as inbox items in one transaction, never twice; the one entry point for every intake channel.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "intake/unpacker.h"
#include "storage/database.h"
#include "storage/inbox_repository.h"
#include "util/error.h"

namespace landdesk::intake {

struct IntakeSource {
  storage::InboxChannel channel = storage::InboxChannel::Picked;  // an .eml picked by the officer counts as email
  std::string sender;
  std::string subject;
  std::optional<LocalDateTime> receivedAt;  // default: the mail's Date, else the file's mtime, else now
  std::string origin;                       // where it came from (a path, a mailbox reference)
};

struct StoredItem {
  storage::InboxItem item;
  bool duplicate = false;  // the same content was already in the Inbox: `item` is that earlier item
  std::vector<std::string> warnings;
  std::vector<std::pair<std::string, std::string>> cardFields;  // for a CCCD QR payload
  std::filesystem::path viewPath;  // <data dir>/inbox/<id>/<name>: the same bytes under their name, to open
};

struct IntakeReport {
  ContentKind kind = ContentKind::Unknown;
  std::string sender, subject;
  std::vector<StoredItem> stored;
  std::vector<SkippedFile> skipped;
  bool sourceDeleted = false;
};

class InboxImporter {
 public:
  // Everything is written under `dataDir` (files/ for the content store, inbox/ for the named views) and into `db`.
  InboxImporter(storage::Database& db, std::filesystem::path dataDir);

  // Reads the file (at most 200 MB) and imports it; with `deleteSource` the original is removed once its content
  // is safely stored and recorded (personal-data rule: import, then delete the copy in Zalo's folder).
  Result<IntakeReport> importFile(const std::filesystem::path& file, IntakeSource source, bool deleteSource = false,
                                  const std::function<Status()>& alsoInTransaction = {});

  // Imports bytes received under `name`. `alsoInTransaction` runs inside the same transaction as the new items
  // (a mail cursor, a watched-file mark), so either both are recorded or neither.
  Result<IntakeReport> importBytes(std::string_view bytes, std::string_view name, IntakeSource source,
                                   const std::function<Status()>& alsoInTransaction = {});

  const std::filesystem::path& dataDirectory() const { return dataDir_; }
  storage::Database& database() { return db_; }

 private:
  storage::Database& db_;
  std::filesystem::path dataDir_;
};

// The named copy of an item for opening it: <data dir>/inbox/<id>/<file name>.
std::filesystem::path inboxViewPath(const std::filesystem::path& dataDir, const storage::InboxItem& item);

}  // namespace landdesk::intake
