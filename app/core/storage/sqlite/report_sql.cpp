// SQLite text of the report queries and of migration 9. Times are ISO text ("2026-02-05T14:30:00"), so comparing
// them with a bare date ("2026-02-05") puts every time of that day after it: [?1, ?2) is the period from its first
// day through the day before ?2. The counting rules are those of reports/statistics_report.h; the queries read only
// case_file columns kept on every transition (the workflow's, migration 5, and those of migration 9 below), through
// covering indexes, never the events.
#include "storage/report_queries.h"

// --- Migration 9 ------------------------------------------------------------------------------------------------
// The registration leg's deadline and result time, derived from the workflow's stage columns by a trigger whenever
// they change (so in the transaction of every transition and correction); both stay NULL for an inheritance
// refusal, which has no registration leg:
//  - land_due_at: the deadline of the registration stage (change registration or parcel split, already extended by
//    the tax pause), kept through the later stages; cleared when a correction takes the case back before filing;
//  - land_resolved_at: when the result came back from the registration office (result_received), kept through
//    notification and collection; the closing time for a dossier refused or withdrawn after authentication, or
//    collected without a recorded result; cleared when a correction takes the case back before the result.
#define LANDDESK_LAND_PROCEDURE(p) "(" p " LIKE 'change_registration%' OR " p " LIKE 'parcel_split%')"
#define LANDDESK_LAND_DUE(n, o)                                                                                \
  "CASE WHEN " n ".kind = 'inheritance_refusal' OR " n ".authenticated_at IS NULL THEN NULL "                  \
  "WHEN " LANDDESK_LAND_PROCEDURE(n ".stage_procedure") " AND " n ".stage_due_at IS NOT NULL "                   \
  "THEN " n ".stage_due_at WHEN " n ".status IN ('authenticated', 'handed_to_cadastral') THEN NULL "          \
  "ELSE " o " END"
#define LANDDESK_LAND_RESOLVED(n, o)                                                                           \
  "CASE WHEN " n ".kind = 'inheritance_refusal' OR " n ".authenticated_at IS NULL THEN NULL "                  \
  "WHEN " n ".status = 'result_received' THEN " n ".stage_started_at "                                          \
  "WHEN " n ".status = 'citizen_notified' THEN COALESCE(" o ", " n ".stage_started_at) "                       \
  "WHEN " n ".status IN ('collected', 'refused', 'withdrawn') THEN COALESCE(" o ", " n ".closed_at) "          \
  "ELSE NULL END"
// Trước hạn / đúng hạn / quá hạn of a resolved case (s resolved, d deadline) does not depend on the period, so it
// is kept in a column (and in the index) instead of string work per row and per report.
#define LANDDESK_OUTCOME(s, d)                                                                                 \
  "CASE WHEN " s " IS NULL THEN NULL WHEN " d " IS NULL OR (" s " <= " d " AND substr(" s ", 1, 10) >= "      \
  "substr(" d ", 1, 10)) THEN 'on_time' WHEN " s " > " d " THEN 'late' ELSE 'early' END"
// The body of both triggers, on the row as stored (so it does not matter which insert trigger runs first): first the
// registration leg (keeping its previous values where the stage says so), then the columns derived from stored
// values (SQLite evaluates one UPDATE's SET list on the row as it was before that UPDATE).
#define LANDDESK_DERIVE                                                                                        \
  "UPDATE case_file SET land_due_at = " LANDDESK_LAND_DUE("case_file", "case_file.land_due_at")                \
  ", land_resolved_at = " LANDDESK_LAND_RESOLVED("case_file", "case_file.land_resolved_at")                    \
  " WHERE id = NEW.id; "                                                                                       \
  "UPDATE case_file SET ct_resolved_at = COALESCE(authenticated_at, closed_at), ct_outcome = "                 \
  LANDDESK_OUTCOME("COALESCE(authenticated_at, closed_at)", "due_at") ", land_received_at = CASE WHEN kind "   \
  "<> 'inheritance_refusal' THEN authenticated_at END, land_outcome = "                                        \
  LANDDESK_OUTCOME("land_resolved_at", "land_due_at") " WHERE id = NEW.id;"

// --- Statistics ---------------------------------------------------------------------------------------------------
// Per field four index ranges, each with a few comparisons per entry and no table access:
//  part 1 — received in the period: [?1, ?2) on the received column → online, all;
//  part 2 — resolved in the period: [?1, ?2) on the resolved column → early, late, all, of them received before ?1;
//  part 3 — resolved after the period (from ?2 on) and part 4 — not resolved: received before ?1 (carried over and
//           still pending), received before ?2 (pending at the end), overdue at the end (the deadline passed before
//           ?2, and before the clock stopped when it stopped earlier).
// Cases resolved before the period are never read. Columns: field, part, a, b, c, d.
#define LANDDESK_PENDING(r, d)                                                                                 \
  "COALESCE(SUM(" r " < ?1), 0), COUNT(*), COALESCE(SUM(" d " < ?2 AND (paused_since IS NULL OR paused_since >= ?2 " \
  "OR " d " < paused_since)), 0), 0"
#define LANDDESK_FIELD(code, r, s, outcome, d, received_index, resolved_index)                                \
  "SELECT '" code "', 1, COALESCE(SUM(channel = 'online'), 0), COUNT(*), 0, 0 FROM case_file INDEXED BY "     \
  received_index " WHERE " r " >= ?1 AND " r " < ?2 "                                                         \
  "UNION ALL SELECT '" code "', 2, COALESCE(SUM(" outcome " = 'early'), 0), COALESCE(SUM(" outcome             \
  " = 'late'), 0), COUNT(*), COALESCE(SUM(" r " < ?1), 0) FROM case_file INDEXED BY " resolved_index          \
  " WHERE " s " >= ?1 AND " s " < ?2 "                                                                         \
  "UNION ALL SELECT '" code "', 3, " LANDDESK_PENDING(r, d) " FROM case_file INDEXED BY " resolved_index       \
  " WHERE " s " >= ?2 AND " r " < ?2 "                                                                         \
  "UNION ALL SELECT '" code "', 4, " LANDDESK_PENDING(r, d) " FROM case_file INDEXED BY " resolved_index       \
  " WHERE " s " IS NULL AND " r " < ?2"

namespace landdesk::storage {

std::vector<std::string_view> sqliteReportMigration() {
  return {
      // Đất đai: the registration leg (see above); received when authenticated, except an inheritance refusal.
      "ALTER TABLE case_file ADD COLUMN land_due_at TEXT",
      "ALTER TABLE case_file ADD COLUMN land_resolved_at TEXT",
      "ALTER TABLE case_file ADD COLUMN land_received_at TEXT",
      "ALTER TABLE case_file ADD COLUMN land_outcome TEXT",
      // Chứng thực: resolved when authenticated, or when refused or withdrawn before that.
      "ALTER TABLE case_file ADD COLUMN ct_resolved_at TEXT",
      "ALTER TABLE case_file ADD COLUMN ct_outcome TEXT",
      // Cases written before: the result time from the active transition into result_received when there is one.
      "UPDATE case_file SET land_due_at = " LANDDESK_LAND_DUE("case_file", "NULL") ", land_resolved_at = "
      "CASE WHEN kind <> 'inheritance_refusal' THEN COALESCE((SELECT MAX(t.at) FROM case_transition t "
      "WHERE t.case_id = case_file.id AND t.to_status = 'result_received' AND t.superseded_by IS NULL "
      "AND t.voids = 0 AND case_file.status IN ('result_received', 'citizen_notified', 'collected')), "
      LANDDESK_LAND_RESOLVED("case_file", "NULL") ") END",
      "UPDATE case_file SET ct_resolved_at = COALESCE(authenticated_at, closed_at), ct_outcome = "
      LANDDESK_OUTCOME("COALESCE(authenticated_at, closed_at)", "due_at") ", land_received_at = CASE WHEN kind "
      "<> 'inheritance_refusal' THEN authenticated_at END, land_outcome = "
      LANDDESK_OUTCOME("land_resolved_at", "land_due_at"),
      // Kept in the transaction of every write that changes what they derive from: a workflow transition or
      // correction, an officer's edit of the case (kind, deadline), a new case (values given on insert are kept).
      "CREATE TRIGGER case_file_report_update AFTER UPDATE OF kind, status, due_at, stage_started_at, "
      "stage_procedure, stage_due_at, authenticated_at, closed_at ON case_file BEGIN "
      LANDDESK_DERIVE " END",
      "CREATE TRIGGER case_file_report_insert AFTER INSERT ON case_file BEGIN "
      LANDDESK_DERIVE " END",
      // Covering indexes of the statistics query: the received range (with the channel), and the resolved range
      // followed by the received time, so "not resolved and received before" is one seek.
      "CREATE INDEX case_file_report_ct_received ON case_file(received_at, channel)",
      "CREATE INDEX case_file_report_ct_resolved ON case_file(ct_resolved_at, received_at, ct_outcome, due_at, "
      "paused_since)",
      "CREATE INDEX case_file_report_land_received ON case_file(land_received_at, channel)",
      "CREATE INDEX case_file_report_land_resolved ON case_file(land_resolved_at, land_received_at, land_outcome, "
      "land_due_at, paused_since)",
  };
}

const ReportStatements& sqliteReportStatements() {
  static const ReportStatements statements{
      .statistics = LANDDESK_FIELD("chung_thuc", "received_at", "ct_resolved_at", "ct_outcome", "due_at",
                                   "case_file_report_ct_received", "case_file_report_ct_resolved")
      " UNION ALL " LANDDESK_FIELD("dat_dai", "land_received_at", "land_resolved_at", "land_outcome", "land_due_at",
                                   "case_file_report_land_received", "case_file_report_land_resolved"),
      // The hand-over and result dates are the latest active (not superseded, not voided) transitions into `filed`
      // and `result_received`; the applicant is the case's first party.
      .trackingBook =
          "SELECT c.id, c.code, c.kind, c.status, c.channel, c.received_at, c.due_at, c.stage_due_at, "
          "(SELECT MAX(t.at) FROM case_transition t WHERE t.case_id = c.id AND t.to_status = 'filed' "
          "AND t.superseded_by IS NULL AND t.voids = 0), "
          "(SELECT MAX(t.at) FROM case_transition t WHERE t.case_id = c.id AND t.to_status = 'result_received' "
          "AND t.superseded_by IS NULL AND t.voids = 0), "
          "c.authenticated_at, c.closed_at, c.closed_status, p.full_name, "
          "CASE WHEN p.permanent_address <> '' THEN p.permanent_address ELSE p.current_address END, p.phone, "
          "c.officer FROM case_file c LEFT JOIN case_party cp ON cp.case_id = c.id AND cp.position = 0 "
          "LEFT JOIN party p ON p.id = cp.party_id WHERE c.received_at >= ?1 AND c.received_at < ?2 "
          "ORDER BY c.received_at, c.code",
      .explainPrefix = "EXPLAIN QUERY PLAN ",
  };
  return statements;
}

}  // namespace landdesk::storage

#undef LANDDESK_LAND_PROCEDURE
#undef LANDDESK_LAND_DUE
#undef LANDDESK_LAND_RESOLVED
#undef LANDDESK_OUTCOME
#undef LANDDESK_DERIVE
#undef LANDDESK_PENDING
#undef LANDDESK_FIELD
