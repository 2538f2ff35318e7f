// PostgreSQL dialect: the same schema versions as SQLite in PostgreSQL DDL, and every statement with `$n`
// placeholders (SQLite's texts rewritten by numberedPlaceholders, except those PostgreSQL spells differently).
#include "storage/audit_repository.h"
#include "storage/case_repository.h"
#include "storage/case_terms_rows.h"
#include "storage/dialect.h"
#include "storage/field_box_repository.h"
#include "storage/inbox_repository.h"
#include "storage/postgresql/placeholders.h"
#include "storage/postgresql/postgresql_schema.h"
#include "storage/register_statements.h"
#include "storage/report_queries.h"
#include "storage/rule_data_repository.h"
#include "storage/settings_repository.h"
#include "storage/user_repository.h"
#include "storage/workflow_repository.h"

namespace landdesk::storage {

namespace {

using namespace postgresql;

std::vector<Migration> buildMigrations() {
  const Dialect& sqlite = sqliteDialect();
  auto sqliteAfter = [&](int version) {
    for (const Migration& m : sqlite.migrations)
      if (m.version == version) return m.after;
    return static_cast<void (*)(Database::Impl&)>(nullptr);
  };
  auto description = [&](int version) {
    for (const Migration& m : sqlite.migrations)
      if (m.version == version) return m.description;
    return std::string_view("(PostgreSQL only)");
  };
  std::vector<Migration> out{
      {1, description(1), caseModelMigration()},
      {2, description(2), searchMigration(), sqliteAfter(2)},
      {3, description(3), settingsMigration()},
      {4, description(4), listColumnsMigration()},
      {5, description(5), workflowMigration(), sqliteAfter(5)},
      {6, description(6), registerMigration()},
      {7, description(7), termsMigration()},
      {8, description(8), inboxMigration()},
      {9, description(9), reportMigration()},
  };
  for (const Migration& m : sqlite.migrations)
    if (m.version > 9) out.push_back({m.version, m.description, laterMigration(m.version), m.after});
  return out;
}

Statements buildStatements() {
  Statements s = withNumberedPlaceholders(sqliteDialect().sql);
  s.schemaTables = "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()";
  // CAST of text with letters fails in PostgreSQL where SQLite reads the leading digits: keep only those.
  s.nextCaseNumber = "SELECT COALESCE(MAX(CAST(NULLIF(substring(substr(code, $1) FROM '^[0-9]+'), '') AS BIGINT)), "
                     "0) + 1 FROM case_file WHERE code >= $2 AND code < $3";
  s.relationshipsOfCase = "SELECT from_position, to_position, kinship FROM case_relationship WHERE case_id = $1 "
                          "ORDER BY id";
  // A session-level advisory lock (the run spans one transaction per version); the key is LandDesk's own number.
  s.migrationLock = "SELECT COUNT(*) FROM (SELECT pg_advisory_lock(20260901)) AS held";
  s.migrationUnlock = "SELECT pg_advisory_unlock(20260901)";
  s.takeWriteLock = "";
  s.lockParty = "SELECT id FROM party WHERE id = $1 FOR UPDATE";
  s.deleteSearchRow = "DELETE FROM case_search WHERE case_id = $1";
  s.insertSearchRow = "INSERT INTO case_search(case_id, body) VALUES($1, $2)";
  // The FTS5 expression ("word"* "word"*) becomes the tsquery word:* & word:*; newest matches first, like FTS5.
  s.caseSummariesMatching =
      "SELECT id, code, kind, status, received_at, COALESCE(due_at, ''), main_party, parcel_number, map_sheet, "
      "parcel_address FROM case_file WHERE id IN (SELECT case_id FROM case_search WHERE words @@ "
      "to_tsquery('simple', unaccent(lower(regexp_replace(regexp_replace(trim($1), '\"([^\"]+)\"\\*', '\\1:*', 'g'), "
      "'\\s+', ' & ', 'g')))) ORDER BY case_id DESC LIMIT $2) ORDER BY received_at DESC, id DESC";
  return s;
}

}  // namespace

const Dialect& postgresqlDialect() {
  static const std::vector<Migration> migrations = buildMigrations();
  static const Statements statements = buildStatements();
  static const SettingsStatements settings = withNumberedPlaceholders(sqliteSettingsStatements());
  static const CaseTermsStatements caseTerms = withNumberedPlaceholders(sqliteCaseTermsStatements());
  static const RuleDataStatements ruleData = withNumberedPlaceholders(sqliteRuleDataStatements());
  static const UserStatements users = withNumberedPlaceholders(sqliteUserStatements());
  static const AuditStatements audit = withNumberedPlaceholders(sqliteAuditStatements());
  static const FieldBoxStatements fieldBoxes = withNumberedPlaceholders(sqliteFieldBoxStatements());
  static const Dialect dialect{"postgresql", migrations,           statements,          settings,
                               inboxStatements(), registerStatements(), reportStatements(), caseTerms,
                               workflowStatements(), ruleData,     users,               audit,
                               fieldBoxes};
  return dialect;
}

}  // namespace landdesk::storage
