#include "storage/report_queries.h"

#include <algorithm>

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include "storage/session_impl.h"
#include "storage/storage_error.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;
using Poco::Data::RecordSet;

namespace {

const ReportStatements& statementsOf(const Database::Impl& db) { return db.dialect.reports; }

std::string text(const RecordSet& rs, size_t col, size_t row) {
  return rs.value(col, row).isEmpty() ? std::string() : rs.value(col, row).convert<std::string>();
}
int64_t number(const RecordSet& rs, size_t col, size_t row) {
  return rs.value(col, row).isEmpty() ? 0 : rs.value(col, row).convert<Poco::Int64>();
}

// Runs a statement whose only parameters are the period's two bounds (numbered ?1 and ?2 in the text).
RecordSet periodQuery(Database::Impl& db, const std::string& sql, std::string from, std::string end) {
  Poco::Data::Statement st(db.session);
  st << sql, use(from), use(end);
  st.execute();
  return RecordSet(st);
}

}  // namespace

Result<std::vector<FieldCounts>> ReportQueries::statistics(const std::string& from, const std::string& end) {
  try {
    // Four rows per field (see report_sql.cpp): 1 received in the period, 2 resolved in it, 3 resolved after it,
    // 4 not resolved; the table's cells are sums and differences of their columns.
    RecordSet rs = periodQuery(db_, std::string(statementsOf(db_).statistics), from, end);
    std::vector<FieldCounts> out;
    for (size_t row = 0; row < rs.rowCount(); ++row) {
      const std::string field = text(rs, 0, row);
      auto it = std::find_if(out.begin(), out.end(), [&](const FieldCounts& c) { return c.field == field; });
      if (it == out.end()) {
        out.push_back(FieldCounts{field});
        it = out.end() - 1;
      }
      FieldCounts& c = *it;
      const int64_t a = number(rs, 2, row), b = number(rs, 3, row), third = number(rs, 4, row),
                    fourth = number(rs, 5, row);
      switch (number(rs, 1, row)) {
        case 1:  // online, all received in the period
          c.receivedOnline += a;
          c.receivedDirect += b - a;
          break;
        case 2:  // early, late, all resolved in the period, of them received before it
          c.resolvedEarly += a;
          c.resolvedLate += b;
          c.resolvedOnTime += third - a - b;
          c.carriedOver += fourth;
          break;
        default:  // still pending at the end: received before the period, all, overdue
          c.carriedOver += a;
          c.pendingOverdue += third;
          c.pendingWithin += b - third;
          break;
      }
    }
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::vector<TrackingRow>> ReportQueries::trackingBook(const std::string& from, const std::string& end) {
  try {
    RecordSet rs = periodQuery(db_, std::string(statementsOf(db_).trackingBook), from, end);
    std::vector<TrackingRow> out;
    out.reserve(rs.rowCount());
    for (size_t row = 0; row < rs.rowCount(); ++row) {
      TrackingRow t;
      t.caseId = number(rs, 0, row);
      t.code = text(rs, 1, row);
      t.kind = text(rs, 2, row);
      t.status = text(rs, 3, row);
      t.channel = text(rs, 4, row);
      t.receivedAt = text(rs, 5, row);
      t.dueAt = text(rs, 6, row);
      t.stageDueAt = text(rs, 7, row);
      t.handedOverAt = text(rs, 8, row);
      t.resultAt = text(rs, 9, row);
      t.authenticatedAt = text(rs, 10, row);
      t.closedAt = text(rs, 11, row);
      t.closedStatus = text(rs, 12, row);
      t.applicant = text(rs, 13, row);
      t.address = text(rs, 14, row);
      t.phone = text(rs, 15, row);
      t.officer = text(rs, 16, row);
      out.push_back(std::move(t));
    }
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::vector<std::string>> ReportQueries::statisticsPlan(const std::string& from, const std::string& end) {
  try {
    const ReportStatements& q = statementsOf(db_);
    RecordSet rs = periodQuery(db_, std::string(q.explainPrefix) + std::string(q.statistics), from, end);
    std::vector<std::string> lines;
    for (size_t row = 0; row < rs.rowCount(); ++row) lines.push_back(text(rs, rs.columnCount() - 1, row));
    return lines;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

}  // namespace landdesk::storage
