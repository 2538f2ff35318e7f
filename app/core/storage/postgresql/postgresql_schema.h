// Internal to storage/postgresql/: the PostgreSQL migrations, one function per schema version, and the statement
// tables that PostgreSQL spells differently from SQLite.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace landdesk::storage {
struct InboxStatements;
struct RegisterStatements;
struct ReportStatements;
struct WorkflowStatements;
}  // namespace landdesk::storage

namespace landdesk::storage::postgresql {

std::vector<std::string_view> caseModelMigration();    // 1
std::vector<std::string_view> searchMigration();       // 2
std::vector<std::string_view> settingsMigration();     // 3
std::vector<std::string_view> listColumnsMigration();  // 4
std::vector<std::string_view> workflowMigration();     // 5
std::vector<std::string_view> registerMigration();     // 6
std::vector<std::string_view> termsMigration();        // 7
std::vector<std::string_view> inboxMigration();        // 8
std::vector<std::string_view> reportMigration();       // 9
std::vector<std::string_view> rowVersionMigration();   // 11, the same text in both dialects
// Versions 10 and later, by number; throws for a version SQLite has and PostgreSQL lacks.
std::vector<std::string_view> laterMigration(int version);

// The plpgsql function behind WorkflowStatements::stageTrigger (the same SET list as SQLite's trigger).
std::string_view stageFunction();

// `text` with every `from` replaced by `to`; throws when `from` is absent, so a changed SQLite text is noticed.
std::string replaced(std::string_view text, std::string_view from, std::string_view to);

const InboxStatements& inboxStatements();
const RegisterStatements& registerStatements();
const ReportStatements& reportStatements();
const WorkflowStatements& workflowStatements();

}  // namespace landdesk::storage::postgresql
