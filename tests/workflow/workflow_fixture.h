// Shared by the workflow tests: a desk database in a temp folder, cases at known times, steps with short calls.
#pragma once

#include <boost/test/unit_test.hpp>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "model/case.h"
#include "rules/rules_fixture.h"
#include "storage/case_repository.h"
#include "storage/database.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "workflow/case_workflow.h"

namespace landdesk::test {

// "2026-03-02 09:00" as the stored second-precision time.
LocalDateTime at(const std::string& text);

struct WorkflowFixture {
  TempDir dir;
  std::unique_ptr<storage::Database> db;
  WorkflowFixture();

  // A stored case of `kind` received at `receivedAt` (one transferor named after the code's number).
  int64_t addCase(const std::string& receivedAt, model::CaseKind kind = model::CaseKind::TransferWhole);
  // advance() with the shipped rules and the given time; details fill what every step may need.
  Status step(int64_t caseId, model::CaseStatus to, const std::string& when, const std::string& note = "x");
  // Steps the case along `path` at one-hour intervals from `start`; BOOST_REQUIREs each step.
  void drive(int64_t caseId, std::initializer_list<model::CaseStatus> path, const std::string& start);
  workflow::WorkflowState state(int64_t caseId);
  size_t eventCount(int64_t caseId);
};

}  // namespace landdesk::test

// Lets BOOST_TEST print optional ids and amounts when a comparison fails.
namespace boost::test_tools::tt_detail {
template <class T>
struct print_log_value<std::optional<T>> {
  void operator()(std::ostream& os, const std::optional<T>& v) {
    if (v) os << *v;
    else os << "(none)";
  }
};
}  // namespace boost::test_tools::tt_detail
