// PostgreSQL side of the reports: migration 9 (SQLite's statements, its two triggers rebuilt as one plpgsql
// function on two triggers) and the statistics query, where SUM(condition) becomes COUNT(*) FILTER (WHERE …) and
// the planner picks the indexes itself (no INDEXED BY).
#include <stdexcept>

#include "storage/postgresql/placeholders.h"
#include "storage/postgresql/postgresql_schema.h"
#include "storage/report_queries.h"

namespace landdesk::storage::postgresql {

namespace {

constexpr std::string_view kTriggerPrefix = "CREATE TRIGGER case_file_report_";

// "CREATE TRIGGER name <when> ON case_file BEGIN <body> END" -> its header and body.
std::pair<std::string_view, std::string_view> splitTrigger(std::string_view sqlite) {
  const size_t begin = sqlite.find(" BEGIN "), end = sqlite.rfind(" END");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin)
    throw std::logic_error("PostgreSQL dialect: unexpected SQLite trigger text in migration 9");
  return {sqlite.substr(0, begin), sqlite.substr(begin + 7, end - begin - 7)};
}

}  // namespace

std::vector<std::string_view> reportMigration() {
  std::vector<std::string_view> out;
  bool functionWritten = false;
  for (std::string_view statement : sqliteReportMigration()) {
    if (!statement.starts_with(kTriggerPrefix)) {
      out.push_back(statement);
      continue;
    }
    auto [header, body] = splitTrigger(statement);
    if (!functionWritten) {
      // Both SQLite triggers run the same body on the row as stored; here one function serves both.
      out.push_back(keep("CREATE FUNCTION case_file_report_derive() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
                         std::string(body) + " RETURN NULL; END $$"));
      functionWritten = true;
    }
    out.push_back(keep(std::string(header) + " FOR EACH ROW EXECUTE FUNCTION case_file_report_derive()"));
  }
  if (!functionWritten) throw std::logic_error("PostgreSQL dialect: migration 9 has no report trigger");
  return out;
}

#define LANDDESK_PG_PENDING(r, d)                                                                               \
  "COUNT(*) FILTER (WHERE " r " < $1), COUNT(*), COUNT(*) FILTER (WHERE " d " < $2 AND (paused_since IS NULL " \
  "OR paused_since >= $2 OR " d " < paused_since)), 0"
#define LANDDESK_PG_FIELD(code, r, s, outcome, d)                                                               \
  "SELECT '" code "', 1, COUNT(*) FILTER (WHERE channel = 'online'), COUNT(*), 0, 0 FROM case_file "           \
  "WHERE " r " >= $1 AND " r " < $2 "                                                                           \
  "UNION ALL SELECT '" code "', 2, COUNT(*) FILTER (WHERE " outcome " = 'early'), COUNT(*) FILTER (WHERE "      \
  outcome " = 'late'), COUNT(*), COUNT(*) FILTER (WHERE " r " < $1) FROM case_file "                            \
  "WHERE " s " >= $1 AND " s " < $2 "                                                                           \
  "UNION ALL SELECT '" code "', 3, " LANDDESK_PG_PENDING(r, d) " FROM case_file WHERE " s " >= $2 AND " r       \
  " < $2 UNION ALL SELECT '" code "', 4, " LANDDESK_PG_PENDING(r, d) " FROM case_file WHERE " s " IS NULL AND " \
  r " < $2"

const ReportStatements& reportStatements() {
  static const ReportStatements statements = [] {
    ReportStatements s = withNumberedPlaceholders(sqliteReportStatements());
    s.statistics = LANDDESK_PG_FIELD("chung_thuc", "received_at", "ct_resolved_at", "ct_outcome", "due_at")
        " UNION ALL " LANDDESK_PG_FIELD("dat_dai", "land_received_at", "land_resolved_at", "land_outcome",
                                        "land_due_at");
    s.explainPrefix = "EXPLAIN ";
    return s;
  }();
  return statements;
}

#undef LANDDESK_PG_PENDING
#undef LANDDESK_PG_FIELD

}  // namespace landdesk::storage::postgresql
