// SQLite text of the workflow statements (the tables come from migration 5 in sqlite_dialect.cpp).
#include "storage/workflow_repository.h"

namespace landdesk::storage {

namespace {

// The stage a row tells without workflow history: the authentication stage before signing (its deadline is the
// row's due_at), a pause from receipt while waiting, and a later status taken as authenticated at its due time.
#define LANDDESK_PRE_AUTH "('received', 'drafting', 'draft_sent', 'visit1_booked')"
#define LANDDESK_CLOSED "('collected', 'refused', 'withdrawn')"
#define LANDDESK_STAGE_SET                                                                                       \
  "stage_started_at = received_at, "                                                                           \
  "stage_procedure = CASE WHEN status IN " LANDDESK_PRE_AUTH " THEN 'authentication_transaction' END, "        \
  "stage_due_at = CASE WHEN status IN " LANDDESK_PRE_AUTH " THEN due_at END, "                                 \
  "paused_since = CASE WHEN status = 'waiting_papers' THEN received_at END, "                                  \
  "resume_status = CASE WHEN status = 'waiting_papers' THEN 'received' END, "                                  \
  "authenticated_at = CASE WHEN status NOT IN " LANDDESK_PRE_AUTH                                               \
  " AND status NOT IN ('waiting_papers', 'refused', 'withdrawn') THEN COALESCE(due_at, received_at) END, "     \
  "closed_at = CASE WHEN status IN " LANDDESK_CLOSED " THEN COALESCE(due_at, received_at) END, "              \
  "closed_status = CASE WHEN status IN " LANDDESK_CLOSED " THEN status END"

#define LANDDESK_STAGE_COLUMNS                                                                                  \
  "id, code, kind, status, received_at, due_at, authenticated_at, closed_at, closed_status, stage_started_at, " \
  "stage_procedure, stage_due_at, paused_since, resume_status, row_version, main_party"

#define LANDDESK_TRANSITION_COLUMNS                                                                              \
  "event_id, case_id, at, recorded_at, actor, from_status, to_status, note, receipt_no, agency, due_at, amount, " \
  "register_entry_id, register_number, corrects, voids, superseded_by, reason"

}  // namespace

const WorkflowStatements& sqliteWorkflowStatements() {
  static const WorkflowStatements statements{
      .stageBackfill = "UPDATE case_file SET " LANDDESK_STAGE_SET " WHERE stage_started_at IS NULL",
      .stageTrigger = "CREATE TRIGGER case_file_stage_on_insert AFTER INSERT ON case_file "
                      "WHEN NEW.stage_started_at IS NULL BEGIN UPDATE case_file SET " LANDDESK_STAGE_SET
                      " WHERE id = NEW.id; END",
      .caseIdByCode = "SELECT id FROM case_file WHERE code = ?",
      .stageOfCase = "SELECT " LANDDESK_STAGE_COLUMNS " FROM case_file WHERE id = ?",
      .writeStage = "UPDATE case_file SET status = ?, due_at = ?, authenticated_at = ?, closed_at = ?, "
                    "closed_status = ?, stage_started_at = ?, stage_procedure = ?, stage_due_at = ?, "
                    "paused_since = ?, resume_status = ?, row_version = row_version + 1 "
                    "WHERE id = ? AND row_version = ?",
      .insertEvent = "INSERT INTO case_event(case_id, at, actor, action, field, old_value, new_value) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id",
      .insertTransition = "INSERT INTO case_transition(event_id, case_id, at, recorded_at, actor, from_status, "
                          "to_status, note, receipt_no, agency, due_at, amount, register_entry_id, register_number, "
                          "corrects, voids, reason) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      .supersede = "UPDATE case_transition SET superseded_by = ? WHERE event_id = ? AND superseded_by IS NULL",
      .transitionsOfCase = "SELECT " LANDDESK_TRANSITION_COLUMNS " FROM case_transition WHERE case_id = ? "
                           "ORDER BY event_id",
      .insertVisit = "INSERT INTO visit(case_id, number, at, place, papers, note, booked_at, booked_by) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      .retireVisits = "UPDATE visit SET state = ? WHERE case_id = ? AND number = ? AND state = 'booked'",
      .visitsOfCase = "SELECT v.id, v.case_id, v.number, v.at, v.place, v.papers, v.note, v.state, v.booked_at, "
                      "v.booked_by, c.code, c.main_party FROM visit v JOIN case_file c ON c.id = v.case_id "
                      "WHERE v.case_id = ? ORDER BY v.id",
      .visitsBetween = "SELECT v.id, v.case_id, v.number, v.at, v.place, v.papers, v.note, v.state, v.booked_at, "
                       "v.booked_by, c.code, c.main_party FROM visit v JOIN case_file c ON c.id = v.case_id "
                       "WHERE v.state = 'booked' AND v.at >= ? AND v.at < ? ORDER BY v.at, v.id",
      .insertBatch = "INSERT INTO handoff_batch(agency_kind, agency, sent_at, officer, note, created_at) "
                     "VALUES(?, ?, ?, ?, ?, ?) RETURNING id",
      .insertItem = "INSERT INTO handoff_item(batch_id, case_id, position) VALUES(?, ?, ?)",
      .batches = "SELECT b.id, b.agency_kind, b.agency, b.sent_at, b.officer, b.note, b.created_at, "
                 "(SELECT COUNT(*) FROM handoff_item i WHERE i.batch_id = b.id), "
                 "(SELECT COUNT(*) FROM handoff_item i WHERE i.batch_id = b.id AND i.receipt_no <> '') "
                 "FROM handoff_batch b ORDER BY b.id DESC LIMIT ?",
      .batchById = "SELECT b.id, b.agency_kind, b.agency, b.sent_at, b.officer, b.note, b.created_at, "
                   "(SELECT COUNT(*) FROM handoff_item i WHERE i.batch_id = b.id), "
                   "(SELECT COUNT(*) FROM handoff_item i WHERE i.batch_id = b.id AND i.receipt_no <> '') "
                   "FROM handoff_batch b WHERE b.id = ?",
      .itemsOfBatch = "SELECT i.batch_id, i.case_id, i.position, i.receipt_no, i.due_at, i.receipt_at, c.code, "
                      "c.main_party FROM handoff_item i JOIN case_file c ON c.id = i.case_id WHERE i.batch_id = ? "
                      "ORDER BY i.position",
      .setItemReceipt = "UPDATE handoff_item SET receipt_no = ?, due_at = ?, receipt_at = ? "
                        "WHERE batch_id = ? AND case_id = ?",
      .batchesOfCase = "SELECT b.id, b.agency_kind, b.agency, b.sent_at, b.officer, b.note, b.created_at, 1, "
                       "(i.receipt_no <> '') FROM handoff_item i JOIN handoff_batch b ON b.id = i.batch_id "
                       "WHERE i.case_id = ? ORDER BY b.id",
      .insertTaxNotice = "INSERT INTO tax_notice(case_id, event_id, number, amount, received_at, due_at, "
                         "recorded_by) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id",
      .payTaxNotice = "UPDATE tax_notice SET paid_at = ?, paid_amount = ?, payment_ref = ? WHERE id = ?",
      .taxNoticesOfCase = "SELECT id, case_id, event_id, number, amount, received_at, due_at, paid_at, paid_amount, "
                          "payment_ref, recorded_by FROM tax_notice WHERE case_id = ? ORDER BY id",
      .deleteTaxNotice = "DELETE FROM tax_notice WHERE id = ?",
      .unpayTaxNotice = "UPDATE tax_notice SET paid_at = NULL, paid_amount = NULL, payment_ref = '' WHERE id = ?",
      // case_file_closed_due serves both: closed_at IS NULL, then a range on stage_due_at (covering for the count).
      .dueBetween = "SELECT " LANDDESK_STAGE_COLUMNS " FROM case_file WHERE closed_at IS NULL "
                    "AND stage_due_at >= ? AND stage_due_at < ? AND (? = '' OR stage_procedure = ?) "
                    "ORDER BY stage_due_at, id LIMIT ?",
      .countDueBetween = "SELECT COUNT(*) FROM case_file WHERE closed_at IS NULL AND stage_due_at >= ? "
                         "AND stage_due_at < ? AND (? = '' OR stage_procedure = ?)",
      .inStatus = "SELECT " LANDDESK_STAGE_COLUMNS " FROM case_file WHERE status = ? "
                  "ORDER BY stage_due_at, id LIMIT ?",
      .countInStatus = "SELECT COUNT(*) FROM case_file WHERE status = ?",
      .openCaseIds = "SELECT id FROM case_file WHERE closed_at IS NULL ORDER BY id",
  };
  return statements;
}

}  // namespace landdesk::storage
