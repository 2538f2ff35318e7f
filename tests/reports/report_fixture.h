// Test fixtures for the reports: a database of hand-built cases whose stage columns are set step by step with raw
// SQL (as the workflow writes them), and helpers to run soffice and read files.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "model/case.h"
#include "reports/statistics_report.h"
#include "storage/database.h"

namespace landdesk::test {

// One fixture case: how it is received, then the stage updates applied in order (SQL SET clauses), and the cells
// of each field it must land in ("online direct carried early on_time late within overdue", space separated).
struct FixtureCase {
  std::string code;
  model::CaseKind kind = model::CaseKind::TransferWhole;
  model::IntakeChannel channel = model::IntakeChannel::Counter;
  std::string receivedAt;  // ISO date-time
  std::string dueAt;       // authentication deadline, may be empty
  std::vector<std::string> steps;
  std::string authenticationCells;
  std::string landCells;
};

// The stage updates the workflow makes, as SET clauses for the fixture steps.
std::string authenticated(const std::string& at);
std::string filed(const std::string& at, const std::string& due, const std::string& procedure = "change_registration");
std::string resultReceived(const std::string& at);
std::string collected(const std::string& at);
std::string refused(const std::string& at);
std::string waitingPapers(const std::string& since);
std::string taxNotice(const std::string& at, const std::string& taxDue);
std::string backToCadastral(const std::string& at);

// A database file with these cases; the stage steps run through a second (raw SQLite) connection.
void addFixtureCases(const std::filesystem::path& file, const std::vector<FixtureCase>& cases);
std::unique_ptr<storage::Database> openDatabase(const std::filesystem::path& file);
// Runs one SQL statement on the file through a raw SQLite connection (fails the test on an error).
void execSql(const std::filesystem::path& file, const std::string& sql);
std::string querySingle(const std::filesystem::path& file, const std::string& sql);

// The row a case's declared cells make on their own.
reports::StatisticsRow rowOfCells(const std::string& cells);

std::string readFile(const std::filesystem::path& file);
void writeFileBytesForTest(const std::filesystem::path& file, const std::string& bytes);
// "Chứng thực 1 2 3" -> the integers in a text line, in order.
std::vector<long> integersIn(const std::string& line);

}  // namespace landdesk::test
