// The Inbox: files received from Zalo, mail, watched folders or the officer's pick, waiting to join a case.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"
#include "util/datetime.h"
#include "util/error.h"

namespace landdesk::storage {

// Where an inbox item came from; "folder" is any watched folder other than Zalo's, "picked" a file the officer chose.
enum class InboxChannel { Zalo, Email, Folder, Picked };
// new -> assigned (joined a case) or discarded; never back.
enum class InboxState { New, Assigned, Discarded };

std::string_view inboxChannelCode(InboxChannel channel);  // "zalo" | "email" | "folder" | "picked"
std::optional<InboxChannel> inboxChannelFromCode(std::string_view code);
std::string_view inboxStateCode(InboxState state);  // "new" | "assigned" | "discarded"
std::optional<InboxState> inboxStateFromCode(std::string_view code);

struct InboxItem {
  int64_t id = 0;
  InboxChannel channel = InboxChannel::Picked;
  std::string sender;   // mail From, or empty
  std::string subject;  // mail Subject, or empty
  LocalDateTime receivedAt{};
  std::string fileName;     // sanitised, NFC: the name it arrived with, safe to show and to use as one path segment
  std::string sha256;       // content address in the desk's file store
  std::string mediaType;    // by content: image/jpeg, application/pdf …
  std::string contentKind;  // jpeg | png | tiff | pdf | docx | cccd_qr
  int64_t size = 0;
  std::string origin;  // where exactly: a path, "imap://…/INBOX;UID=7", "scans.zip!a/b.jpg"
  InboxState state = InboxState::New;
  std::optional<int64_t> caseId;
  LocalDateTime importedAt{};
};

// SQL of the inbox tables, one text per dialect (sqlite/inbox_sql.cpp); the tables come from migration 8.
struct InboxStatements {
  std::string_view insertItem;       // (channel … imported_at) RETURNING id
  std::string_view itemById;         // (id)
  std::string_view itemBySha;        // (sha256) -> the oldest item with that content
  std::string_view listItems;        // (limit), newest first
  std::string_view listItemsInState; // (state, limit), newest first
  std::string_view setItemState;     // (state, case_id, id, expected state)
  std::string_view itemState;        // (id) -> state
  std::string_view imapLastUid;      // (account, uidvalidity) -> last_uid
  std::string_view setImapLastUid;   // (account, uidvalidity, last_uid, at) upsert
  std::string_view pop3Seen;         // (account, uidl) -> count
  std::string_view markPop3Seen;     // (account, uidl, at)
  std::string_view fileTaken;        // (path, size, mtime) -> count
  std::string_view markFileTaken;    // (path, size, mtime, sha256, at)
  std::string_view watchedFolders;   // -> path
  std::string_view addWatchedFolder; // (path, at)
  std::string_view removeWatchedFolder;  // (path)
};

const InboxStatements& sqliteInboxStatements();

class InboxRepository {
 public:
  explicit InboxRepository(Database::Impl& db) : db_(db) {}
  explicit InboxRepository(Database& db) : db_(db.impl()) {}

  // Stores a new item (text NFC-normalised); `item` receives its id and import time. Joins an open transaction.
  Status add(InboxItem& item);
  Result<InboxItem> byId(int64_t id);
  // The item already holding this content, if any (so the same file is never taken twice).
  Result<std::optional<InboxItem>> bySha256(std::string_view sha256);
  // Newest first; all states when `state` is empty.
  Result<std::vector<InboxItem>> list(std::optional<InboxState> state = std::nullopt, size_t limit = SIZE_MAX);

  // new -> assigned to `caseId`; refused ("inbox.not_new") when the item is no longer new.
  Status markAssigned(int64_t id, int64_t caseId);
  Status discard(int64_t id);

  // Mail bookkeeping: the highest UID taken per IMAP mailbox and UIDVALIDITY (0 when none), POP3 UIDLs taken.
  Result<int64_t> lastImapUid(std::string_view account, int64_t uidValidity);
  Status setLastImapUid(std::string_view account, int64_t uidValidity, int64_t uid);
  Result<bool> pop3Seen(std::string_view account, std::string_view uidl);
  Status markPop3Seen(std::string_view account, std::string_view uidl);

  // Watched folders: files already taken (by path, size and modification time) and the folders the officer added.
  Result<bool> fileTaken(std::string_view path, int64_t size, int64_t mtime);
  Status markFileTaken(std::string_view path, int64_t size, int64_t mtime, std::string_view sha256);
  Result<std::vector<std::string>> watchedFolders();
  Status addWatchedFolder(std::string_view path);
  Status removeWatchedFolder(std::string_view path);

 private:
  Database::Impl& db_;
};

}  // namespace landdesk::storage
