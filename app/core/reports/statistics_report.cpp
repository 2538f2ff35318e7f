#include "reports/statistics_report.h"

#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/report_queries.h"

namespace landdesk::reports {

std::string_view fieldCode(ReportField field) { return field == ReportField::Authentication ? "chung_thuc" : "dat_dai"; }
std::string_view fieldLabel(ReportField field) { return field == ReportField::Authentication ? "Chứng thực" : "Đất đai"; }

const std::vector<ReportField>& allFields() {
  static const std::vector<ReportField> all{ReportField::Authentication, ReportField::Land};
  return all;
}

Result<std::vector<ReportField>> parseFields(std::string_view code) {
  if (code.empty() || code == "all") return allFields();
  for (ReportField f : allFields())
    if (fieldCode(f) == code) return std::vector<ReportField>{f};
  return makeError("report.bad_field", "Lĩnh vực không hợp lệ (chung_thuc, dat_dai hoặc all)",
                   "Unknown field (chung_thuc, dat_dai or all)", std::string(code));
}

std::vector<int64_t> StatisticsRow::columns() const {
  return {receivedTotal(), receivedOnline, receivedDirect, carriedOver,    resolvedTotal(), resolvedEarly,
          resolvedOnTime,  resolvedLate,   pendingTotal(),  pendingWithin, pendingOverdue};
}

StatisticsRow& StatisticsRow::operator+=(const StatisticsRow& o) {
  receivedOnline += o.receivedOnline;
  receivedDirect += o.receivedDirect;
  carriedOver += o.carriedOver;
  resolvedEarly += o.resolvedEarly;
  resolvedOnTime += o.resolvedOnTime;
  resolvedLate += o.resolvedLate;
  pendingWithin += o.pendingWithin;
  pendingOverdue += o.pendingOverdue;
  return *this;
}

const std::vector<std::string_view>& statisticsColumnCodes() {
  static const std::vector<std::string_view> codes{
      "received_total", "received_online", "received_direct", "carried_over",  "resolved_total", "resolved_early",
      "resolved_on_time", "resolved_late", "pending_total",   "pending_within", "pending_overdue"};
  return codes;
}

Result<StatisticsReport> computeStatistics(storage::Database& db, const ReportPeriod& period,
                                           const std::vector<ReportField>& fields) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::Export); !ok) return ok.error();
  if (auto s = db.audit().record("report.statistics", "report", period.fromIso() + ".." + period.endIso()); !s) return s.error();
  auto counts = storage::ReportQueries(db).statistics(period.fromIso(), period.endIso());
  if (!counts) return counts.error();
  StatisticsReport report{period, {}, std::nullopt};
  for (ReportField f : fields) {
    StatisticsRow row{std::string(fieldCode(f)), std::string(fieldLabel(f))};
    for (const auto& c : *counts) {
      if (c.field != fieldCode(f)) continue;
      row.receivedOnline = c.receivedOnline;
      row.receivedDirect = c.receivedDirect;
      row.carriedOver = c.carriedOver;
      row.resolvedEarly = c.resolvedEarly;
      row.resolvedOnTime = c.resolvedOnTime;
      row.resolvedLate = c.resolvedLate;
      row.pendingWithin = c.pendingWithin;
      row.pendingOverdue = c.pendingOverdue;
    }
    report.rows.push_back(std::move(row));
  }
  if (report.rows.size() > 1) {
    StatisticsRow total{"total", "Tổng cộng"};
    for (const auto& r : report.rows) total += r;
    report.total = total;
  }
  return report;
}

}  // namespace landdesk::reports
