// Shared by the register tests: a desk database in a temp folder with an office profile, the shipped rule data,
// ready-made cases, and raw SQLite access for tampering.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include "model/case.h"
#include "model/office_profile.h"
#include "register/paper_rules.h"
#include "rules/rule_book.h"
#include "storage/database.h"
#include "support/postgres_server.h"
#include "support/temp_dir.h"

namespace landdesk::test {

std::chrono::year_month_day ymd(int y, unsigned m, unsigned d);
LocalDateTime at(const std::string& isoDateTime);

struct RegisterFixture {
  RegisterFixture();
  TempDir dir;
  std::filesystem::path file = testDatabase(dir / "desk.sqlite");  // a server URL in register_postgresql
  std::unique_ptr<storage::Database> db;
  model::OfficeProfile office;
  rules::RuleBook rules;
  registry::PaperRules papers;

  // Stores the case (assigning id and code).
  model::Case& add(model::Case& c);
  // Re-reads a stored case.
  model::Case reload(const model::Case& c);
};

// A transfer that passes every check on 2026-03-02: one unmarried adult seller with a valid CCCD, one buyer,
// parcel 45 / sheet 12 with serial `serial`, the GCN and ID scans in the file, received 2026-03-02 08:00.
model::Case cleanTransfer(const std::string& serial = "BA 685616", const std::string& parcel = "45",
                          const std::string& sheet = "12");

// A party with a CCCD valid in 2026 (born 1980-05-10, card issued 2021-04-15).
model::Party adult(const std::string& name, const std::string& idNumber);

// Runs SQL outside LandDesk (the way someone editing the data would): SQLite's C API on a file, psql on a URL.
bool rawSql(const std::filesystem::path& file, const std::string& sql, std::string* error = nullptr);
// A single integer from a query run the same way.
long long rawInt(const std::filesystem::path& file, const std::string& sql);

}  // namespace landdesk::test
