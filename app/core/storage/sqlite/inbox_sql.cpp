// SQLite text of the inbox statements (the tables themselves are created by migration 8 in sqlite_dialect.cpp).
#include "storage/inbox_repository.h"

namespace landdesk::storage {

// The columns InboxRepository reads, in the order it reads them.
#define LANDDESK_INBOX_COLUMNS                                                                                   \
  "id, channel, sender, subject, received_at, file_name, sha256, media_type, content_kind, size, origin, state, " \
  "case_id, imported_at"

const InboxStatements& sqliteInboxStatements() {
  static const InboxStatements statements{
      .insertItem = "INSERT INTO inbox_item(channel, sender, subject, received_at, file_name, sha256, media_type, "
                    "content_kind, size, origin, state, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?) "
                    "RETURNING id",
      .itemById = "SELECT " LANDDESK_INBOX_COLUMNS " FROM inbox_item WHERE id = ?",
      .itemBySha = "SELECT " LANDDESK_INBOX_COLUMNS " FROM inbox_item WHERE sha256 = ? ORDER BY id LIMIT 1",
      .listItems = "SELECT " LANDDESK_INBOX_COLUMNS " FROM inbox_item ORDER BY received_at DESC, id DESC LIMIT ?",
      .listItemsInState = "SELECT " LANDDESK_INBOX_COLUMNS
                          " FROM inbox_item WHERE state = ? ORDER BY received_at DESC, id DESC LIMIT ?",
      .setItemState = "UPDATE inbox_item SET state = ?, case_id = ? WHERE id = ? AND state = ?",
      .itemState = "SELECT state FROM inbox_item WHERE id = ?",
      .imapLastUid = "SELECT last_uid FROM mail_imap_cursor WHERE account = ? AND uid_validity = ?",
      .setImapLastUid = "INSERT INTO mail_imap_cursor(account, uid_validity, last_uid, updated_at) VALUES(?, ?, ?, ?) "
                        "ON CONFLICT(account, uid_validity) DO UPDATE SET last_uid = MAX(last_uid, excluded.last_uid), "
                        "updated_at = excluded.updated_at",
      .pop3Seen = "SELECT COUNT(*) FROM mail_pop3_seen WHERE account = ? AND uidl = ?",
      .markPop3Seen = "INSERT OR IGNORE INTO mail_pop3_seen(account, uidl, seen_at) VALUES(?, ?, ?)",
      .fileTaken = "SELECT COUNT(*) FROM watched_file WHERE path = ? AND size = ? AND mtime = ?",
      .markFileTaken = "INSERT OR REPLACE INTO watched_file(path, size, mtime, sha256, taken_at) VALUES(?, ?, ?, ?, ?)",
      .watchedFolders = "SELECT path FROM watched_folder ORDER BY added_at, path",
      .addWatchedFolder = "INSERT OR IGNORE INTO watched_folder(path, added_at) VALUES(?, ?)",
      .removeWatchedFolder = "DELETE FROM watched_folder WHERE path = ?",
  };
  return statements;
}

#undef LANDDESK_INBOX_COLUMNS

}  // namespace landdesk::storage
