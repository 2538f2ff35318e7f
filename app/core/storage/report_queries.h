// The read-only queries behind the periodic reports: aggregate counts per field and the rows of the tracking book.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"
#include "util/error.h"

namespace landdesk::storage {

// SQL of the report queries, one text per dialect (sqlite/report_sql.cpp). The counting rules they implement are
// documented in reports/statistics_report.h and docs/reports.md; the columns they read are maintained by the
// workflow on every transition (migration 5), so no query scans events.
struct ReportStatements {
  // (from, end, from, end …: see report_sql.cpp) -> field, received_online, received_direct, carried_over,
  // resolved_early, resolved_on_time, resolved_late, pending_within, pending_overdue; one row per field.
  std::string_view statistics;
  // (from, end) -> the tracking book rows of cases received in [from, end), by received_at then code.
  std::string_view trackingBook;
  std::string_view explainPrefix;  // "EXPLAIN QUERY PLAN " (the plan's detail text is the 4th column)
};

// The counts of one field (lĩnh vực) for one period, as the SQL computes them; totals are sums of these.
struct FieldCounts {
  std::string field;  // "chung_thuc" | "dat_dai"
  int64_t receivedOnline = 0;
  int64_t receivedDirect = 0;  // trực tiếp và dịch vụ bưu chính công ích
  int64_t carriedOver = 0;
  int64_t resolvedEarly = 0;
  int64_t resolvedOnTime = 0;
  int64_t resolvedLate = 0;
  int64_t pendingWithin = 0;
  int64_t pendingOverdue = 0;
};

// One line of the dossier tracking book (sổ theo dõi hồ sơ, legal-facts §8), straight from storage.
struct TrackingRow {
  int64_t caseId = 0;
  std::string code;
  std::string kind;      // case kind code
  std::string status;    // case status code
  std::string channel;   // intake channel code
  std::string receivedAt;          // ISO date-time
  std::string dueAt;               // hẹn trả (authentication deadline), may be empty
  std::string stageDueAt;          // current stage deadline, may be empty
  std::string handedOverAt;        // ngày chuyển cơ quan giải quyết (filed at the registration office), may be empty
  std::string resultAt;            // ngày nhận kết quả, may be empty
  std::string authenticatedAt;     // may be empty
  std::string closedAt;            // ngày trả (or refusal / withdrawal), may be empty
  std::string closedStatus;        // collected | refused | withdrawn | empty
  std::string applicant;           // first party's full name
  std::string address;             // first party's permanent (else current) address
  std::string phone;
  std::string officer;
};

class ReportQueries {
 public:
  explicit ReportQueries(Database& db) : db_(db.impl()) {}
  explicit ReportQueries(Database::Impl& db) : db_(db) {}

  // `from` and `end` are ISO dates ("2026-01-01"); the period is [from, end), `end` being the day after its last.
  Result<std::vector<FieldCounts>> statistics(const std::string& from, const std::string& end);
  Result<std::vector<TrackingRow>> trackingBook(const std::string& from, const std::string& end);
  // The query plan of the statistics query (one line per step), for benchmarks and index checks.
  Result<std::vector<std::string>> statisticsPlan(const std::string& from, const std::string& end);

 private:
  Database::Impl& db_;
};

const ReportStatements& sqliteReportStatements();
// Migration 9: the registration leg's deadline and result time on case_file (kept by a trigger from the workflow's
// stage columns) and the covering indexes of the statistics query.
std::vector<std::string_view> sqliteReportMigration();

}  // namespace landdesk::storage
