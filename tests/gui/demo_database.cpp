#include "demo_database.h"

#include <stdexcept>

#include "demo/synthetic_cases.h"
#include "storage/case_repository.h"
#include "storage/database.h"

namespace landdesk::test {

std::vector<model::Case> makeDemoDatabase(const std::filesystem::path& file, size_t count) {
  storage::OpenOptions options;
  options.path = file;
  auto db = storage::Database::open(options);
  if (!db) throw std::runtime_error("cannot create the demo database: " + db.error().en);
  const LocalDateTime until = localNow();  // so due dates and overdue cases look as on a real desk today
  auto cases = demo::syntheticCases(count, 20260205, until);
  if (auto stored = (*db)->cases().addAll(cases, "test"); !stored)
    throw std::runtime_error("cannot store the demo cases: " + stored.error().en);
  return cases;
}

}  // namespace landdesk::test
