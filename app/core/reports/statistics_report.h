// The periodic statistics report "Tình hình, kết quả giải quyết TTHC" by field (legal-facts §8), counted in SQL.
//
// Counting rules (also in docs/reports.md). The period is [from, to], both days included. Every count reads
// case_file columns the workflow keeps in the same transaction as each transition; no event is scanned.
//
// Fields (lĩnh vực). A case counts in each field whose procedure it went through:
//  - Chứng thực: every case (transfers, gifts and every inheritance document are authenticated at the commune).
//    Received at `received_at`. Resolved at `authenticated_at`; a case refused or withdrawn before authentication
//    is resolved at `closed_at` (the desk's handling ended with a refusal slip or the withdrawal). Deadline:
//    `due_at`, the authentication deadline (2 working days, 15:00 rule, extended by pauses).
//  - Đất đai: every authenticated case except an inheritance refusal (a refusal transfers nothing, so it has no
//    registration leg). Received at `authenticated_at` (the dossier is handed to the cadastral officer to be filed
//    for change registration). Resolved at `closed_at` (collected at visit 2, or refused / withdrawn after
//    authentication). Deadline: `stage_due_at`, the deadline of the case's current (or, once closed, last) stage,
//    already extended by pauses — the registration office's due date while the dossier is filed.
// Received (Số hồ sơ nhận giải quyết):
//  - trong kỳ: received on a day of the period. "Trực tuyến" = channel `online` (the public-service portal);
//    "Trực tiếp và BCCI" = every other channel: counter, post (BCCI), and Zalo/e-mail (papers sent ahead; the
//    parties still sign in person at the counter, so these are direct dossiers).
//  - từ kỳ trước chuyển qua: received before `from` and not resolved before `from`.
//  - tổng số = trong kỳ + từ kỳ trước.
// Resolved (Đã giải quyết): resolved on a day of the period, compared with the deadline D (the due instant: the
// office's closing time on the due day):
//  - trước hạn: resolved on a day before D's day;
//  - đúng hạn: resolved on D's day, not after D; also every case with no deadline recorded;
//  - quá hạn: resolved after D.
// Pending (Đang giải quyết): received by `to`, not resolved by the end of `to`:
//  - quá hạn: D passed before the end of the period, or — when the clock stopped (`paused_since`, waiting for
//    papers, tax or posting) before the end of the period — D had passed when it stopped;
//  - trong hạn: every other pending case (including one with no deadline recorded).
// Identity: received total = resolved total + pending total, in every field and period (tested).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/period.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::reports {

enum class ReportField { Authentication, Land };

std::string_view fieldCode(ReportField field);   // "chung_thuc" | "dat_dai"
std::string_view fieldLabel(ReportField field);  // "Chứng thực" | "Đất đai"
const std::vector<ReportField>& allFields();
// "chung_thuc", "dat_dai" or "all" (also empty); anything else is refused ("report.bad_field").
Result<std::vector<ReportField>> parseFields(std::string_view code);

// One line of the table.
struct StatisticsRow {
  std::string code;   // field code, or "total"
  std::string label;  // "Chứng thực", "Đất đai", "Tổng cộng"
  int64_t receivedOnline = 0;
  int64_t receivedDirect = 0;
  int64_t carriedOver = 0;
  int64_t resolvedEarly = 0;
  int64_t resolvedOnTime = 0;
  int64_t resolvedLate = 0;
  int64_t pendingWithin = 0;
  int64_t pendingOverdue = 0;

  int64_t receivedTotal() const { return receivedOnline + receivedDirect + carriedOver; }
  int64_t resolvedTotal() const { return resolvedEarly + resolvedOnTime + resolvedLate; }
  int64_t pendingTotal() const { return pendingWithin + pendingOverdue; }
  // The eleven numbers in the order of the table's columns (3)…(13).
  std::vector<int64_t> columns() const;
  StatisticsRow& operator+=(const StatisticsRow& other);
};

// The column headings of the eleven numbers, in order (for JSON keys and checks).
const std::vector<std::string_view>& statisticsColumnCodes();

struct StatisticsReport {
  ReportPeriod period;
  std::vector<StatisticsRow> rows;   // one per requested field, in the order asked
  std::optional<StatisticsRow> total;  // "Tổng cộng", when more than one field
};

// Counts the period with the report queries (one SQL statement for all fields).
Result<StatisticsReport> computeStatistics(storage::Database& db, const ReportPeriod& period,
                                           const std::vector<ReportField>& fields = allFields());

}  // namespace landdesk::reports
