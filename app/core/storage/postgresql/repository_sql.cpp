// PostgreSQL statements of the workflow, register, inbox and report repositories: SQLite's texts with numbered
// placeholders, and the few that PostgreSQL spells differently written out here.
#include <stdexcept>

#include "storage/inbox_repository.h"
#include "storage/postgresql/placeholders.h"
#include "storage/postgresql/postgresql_schema.h"
#include "storage/register_statements.h"
#include "storage/report_queries.h"
#include "storage/workflow_repository.h"

namespace landdesk::storage::postgresql {

std::string replaced(std::string_view text, std::string_view from, std::string_view to) {
  std::string out(text);
  size_t at = out.find(from);
  if (at == std::string::npos) throw std::logic_error("PostgreSQL dialect: expected SQL not found: " + std::string(from));
  for (; at != std::string::npos; at = out.find(from, at + to.size())) out.replace(at, from.size(), to);
  return out;
}

std::string_view stageFunction() {
  // SQLite's backfill is "UPDATE case_file SET <stage of the row> WHERE stage_started_at IS NULL"; the trigger runs
  // it on the new row.
  static const std::string_view text = keep(
      "CREATE FUNCTION case_file_stage_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
      std::string(sqliteWorkflowStatements().stageBackfill) + " AND id = NEW.id; RETURN NULL; END $$");
  return text;
}

const WorkflowStatements& workflowStatements() {
  static const WorkflowStatements statements = [] {
    WorkflowStatements s = withNumberedPlaceholders(sqliteWorkflowStatements());
    s.stageTrigger = "CREATE TRIGGER case_file_stage_on_insert AFTER INSERT ON case_file FOR EACH ROW "
                     "WHEN (NEW.stage_started_at IS NULL) EXECUTE FUNCTION case_file_stage_on_insert()";
    s.batchesOfCase = keep(replaced(s.batchesOfCase, "(i.receipt_no <> '')",
                                    "CASE WHEN i.receipt_no <> '' THEN 1 ELSE 0 END"));
    return s;
  }();
  return statements;
}

const RegisterStatements& registerStatements() {
  static const RegisterStatements statements = [] {
    RegisterStatements s = withNumberedPlaceholders(sqliteRegisterStatements());
    for (std::string_view* text : {&s.entriesOfYear, &s.entriesOfMonth, &s.entryByNumber, &s.entryById,
                                   &s.entriesOfCase, &s.allEntries})
      *text = keep(replaced(*text, "printf('%d/%d',", "format('%s/%s',"));
    return s;
  }();
  return statements;
}

const InboxStatements& inboxStatements() {
  static const InboxStatements statements = [] {
    InboxStatements s = withNumberedPlaceholders(sqliteInboxStatements());
    s.setImapLastUid = "INSERT INTO mail_imap_cursor(account, uid_validity, last_uid, updated_at) "
                       "VALUES($1, $2, $3, $4) ON CONFLICT(account, uid_validity) DO UPDATE SET "
                       "last_uid = GREATEST(mail_imap_cursor.last_uid, excluded.last_uid), "
                       "updated_at = excluded.updated_at";
    s.markPop3Seen = "INSERT INTO mail_pop3_seen(account, uidl, seen_at) VALUES($1, $2, $3) ON CONFLICT DO NOTHING";
    s.markFileTaken = "INSERT INTO watched_file(path, size, mtime, sha256, taken_at) VALUES($1, $2, $3, $4, $5) "
                      "ON CONFLICT(path, size, mtime) DO UPDATE SET sha256 = excluded.sha256, "
                      "taken_at = excluded.taken_at";
    s.addWatchedFolder = "INSERT INTO watched_folder(path, added_at) VALUES($1, $2) ON CONFLICT DO NOTHING";
    return s;
  }();
  return statements;
}

}  // namespace landdesk::storage::postgresql
