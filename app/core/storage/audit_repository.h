// The append-only, hash-chained audit log: views of personal data, prints, exports, edits and deletions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"
#include "util/error.h"

namespace landdesk::storage {

// SQL of the audit_log table, one text per dialect (sqlite/audit_sql.cpp; table and triggers: migration 12).
struct AuditStatements {
  std::string_view lastHash;  // -> hash of the newest entry
  // The head (count and newest hash) lives in the setting row 'audit.head', written in the entry's transaction, so
  // whoever deletes the newest entries must forge it too. lockHead creates or touches that row first: the row lock
  // makes two desks append one after the other (on PostgreSQL the later one then reads the earlier one's entry).
  std::string_view lockHead;  // (updated_at)
  std::string_view head;      // -> the head's value, "COUNT HASH" ('' before the first entry of this version)
  std::string_view setHead;   // (value)
  std::string_view count;     // -> the number of entries (once, for a log written before the head was kept)
  std::string_view insert;    // (at, actor, action, object_kind, object_ref, case_code, person_id, detail, prev, hash)
  std::string_view all;       // -> every column, oldest first
};

struct AuditEntry {
  int64_t id = 0;
  std::string at;          // ISO local time; filled by append when empty
  std::string actor;       // login, or "desk"; filled by append from the database's acting user
  std::string action;      // "case.view", "case.create", "report.export", "user.add" …
  std::string objectKind;  // "case", "party", "scan", "user", "file"
  std::string objectRef;   // code, id or path of the object
  std::string caseCode;
  std::string personId;    // ID number of the person the entry is about, when there is one
  std::string detail;
  std::string previousHash;
  std::string hash;
};

// The migration that created audit_log.
inline constexpr int kAuditSchemaVersion = 12;

struct AuditFilter {
  std::string caseCode;
  std::string actor;
  std::string personId;
  size_t limit = SIZE_MAX;  // the newest `limit` entries
};

struct AuditVerification {
  int64_t entries = 0;
  std::optional<int64_t> brokenAt;  // id of the first entry that was edited, or that follows a removed one
  int64_t removedAtEnd = 0;         // the newest entries missing against the head (brokenAt is then the first's id)
  std::string reason;
};

// hex SHA-256 of the entry's fields (each on its own line, escaped) and the previous entry's hash.
std::string auditHash(const AuditEntry& e);

class AuditRepository {
 public:
  explicit AuditRepository(Database::Impl& db) : db_(db) {}

  // Appends inside the caller's transaction when there is one (so the entry commits or rolls back with the change).
  Status append(AuditEntry entry);
  Status record(std::string action, std::string objectKind, std::string objectRef, std::string caseCode = {},
                std::string detail = {}, std::string personId = {});
  // Needs the read-audit right.
  Result<std::vector<AuditEntry>> list(const AuditFilter& filter);
  // Every entry regardless of rights (person export and verify read through this).
  Result<std::vector<AuditEntry>> all();
  Result<AuditVerification> verify();

 private:
  Database::Impl& db_;
};

const AuditStatements& sqliteAuditStatements();

}  // namespace landdesk::storage
