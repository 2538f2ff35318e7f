#include "storage/backup_copy.h"

#include <Poco/Data/MetaColumn.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "storage/backup_sql.h"
#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/case_repository.h"
#include "storage/session_impl.h"
#include "storage/storage_error.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;
using Poco::Data::MetaColumn;
using Poco::Data::RecordSet;

namespace {

// FTS5 keeps its index in shadow tables named after it; PostgreSQL keeps it in case_search. Both are rebuilt.
bool copied(const std::string& table) {
  return table != "schema_migrations" && !table.starts_with("case_search") && !table.starts_with("sqlite_");
}

std::vector<std::string> tables(Database::Impl& db) {
  std::vector<std::string> names;
  db.session << std::string(db.dialect.sql.schemaTables), into(names), now;
  std::erase_if(names, [](const std::string& t) { return !copied(t); });
  std::sort(names.begin(), names.end());
  return names;
}

bool isServer(const Database::Impl& db) { return db.dialect.name == "postgresql"; }

// Column names and (on PostgreSQL) types of a table, in table order.
std::vector<std::pair<std::string, std::string>> columns(Database::Impl& db, const std::string& table) {
  std::vector<std::pair<std::string, std::string>> out;
  if (isServer(db)) {
    std::vector<std::string> names, types;
    std::string t = table;
    db.session << std::string(backup_sql::kServerColumns), use(t), into(names), into(types), now;
    for (size_t i = 0; i < names.size(); ++i) out.emplace_back(names[i], types[i]);
  } else {
    RecordSet rs(db.session, backup_sql::sqliteColumns(table));
    for (size_t r = 0; r < rs.rowCount(); ++r)
      out.emplace_back(rs.value(0, r).convert<std::string>(), rs.value(1, r).convert<std::string>());
  }
  return out;
}

std::vector<std::string> names(const std::vector<std::pair<std::string, std::string>>& cols) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(c.first);
  return out;
}

// One value as the same text on both back-ends: integers in decimal, reals with every digit, NULL marked.
std::string canonical(const RecordSet& rs, size_t col, size_t row) {
  const Poco::Dynamic::Var& v = rs.value(col, row);
  if (v.isEmpty()) return std::string("\x01", 1);
  switch (rs.columnType(col)) {
    case MetaColumn::FDT_FLOAT:
    case MetaColumn::FDT_DOUBLE: {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.17g", v.convert<double>());
      return buf;
    }
    case MetaColumn::FDT_INT8: case MetaColumn::FDT_INT16: case MetaColumn::FDT_INT32: case MetaColumn::FDT_INT64:
    case MetaColumn::FDT_UINT8: case MetaColumn::FDT_UINT16: case MetaColumn::FDT_UINT32: case MetaColumn::FDT_UINT64:
      return std::to_string(v.convert<Poco::Int64>());
    default:
      return v.convert<std::string>();
  }
}

std::string columnList(const std::vector<std::string>& cols) {
  std::string out;
  for (const auto& c : cols) out += (out.empty() ? "" : ", ") + c;
  return out;
}

TableDigest digest(Database::Impl& db, const std::string& table, const std::vector<std::string>& cols) {
  RecordSet rs(db.session, backup_sql::selectColumns(columnList(cols), table));
  std::vector<std::string> rowHashes;
  rowHashes.reserve(rs.rowCount());
  for (size_t r = 0; r < rs.rowCount(); ++r) {
    std::string line;
    for (size_t c = 0; c < cols.size(); ++c) line += canonical(rs, c, r) + '\x1f';
    rowHashes.push_back(FileStore::sha256Hex(line));
  }
  std::sort(rowHashes.begin(), rowHashes.end());
  std::string all;
  for (const auto& h : rowHashes) all += h;
  return {static_cast<int64_t>(rowHashes.size()), FileStore::sha256Hex(all)};
}

void insertRows(Database::Impl& source, Database::Impl& target, const std::string& table) {
  const auto targetColumns = columns(target, table);
  auto sourceNames = names(columns(source, table));
  std::vector<std::pair<std::string, std::string>> cols;
  for (const auto& c : targetColumns)
    if (std::find(sourceNames.begin(), sourceNames.end(), c.first) != sourceNames.end()) cols.push_back(c);
  const std::vector<std::string> list = names(cols);
  std::vector<std::string> types;
  for (const auto& c : cols) types.push_back(c.second);
  RecordSet rs(source.session, isServer(source) ? backup_sql::selectColumns(columnList(list), table)
                                                : backup_sql::selectInRowidOrder(columnList(list), table));
  constexpr size_t kRowsPerStatement = 200;
  for (size_t first = 0; first < rs.rowCount(); first += kRowsPerStatement) {
    const size_t last = std::min(rs.rowCount(), first + kRowsPerStatement);
    std::vector<Poco::Nullable<std::string>> values;
    values.reserve((last - first) * cols.size());
    for (size_t r = first; r < last; ++r)
      for (size_t c = 0; c < cols.size(); ++c) {
        const std::string v = canonical(rs, c, r);
        values.push_back(v == std::string("\x01", 1) ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(v));
      }
    Poco::Data::Statement st(target.session);
    st << backup_sql::insertCastRows(table, columnList(list), types, last - first);
    for (auto& v : values) st, use(v);
    st.execute();
  }
}

}  // namespace

Result<std::map<std::string, TableDigest>> tableDigests(Database& db) {
  try {
    std::map<std::string, TableDigest> out;
    for (const auto& table : tables(db.impl())) {
      auto cols = names(columns(db.impl(), table));
      // PostgreSQL's ordering column has no SQLite counterpart: compare what both sides hold.
      if (table == "case_relationship" && isServer(db.impl())) std::erase(cols, std::string("id"));
      out[table] = digest(db.impl(), table, cols);
    }
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db.path());
  }
}

std::vector<std::string> storedScanHashes(Database& db) {
  std::vector<std::string> hashes;
  db.impl().session << std::string(backup_sql::kStoredScanHashes), into(hashes), now;
  return hashes;
}

Result<ScanCheck> checkStoredScans(Database& db, const FileStore& store) {
  try {
    const std::vector<std::string> hashes = storedScanHashes(db);
    ScanCheck check;
    for (const auto& h : hashes) {
      ++check.checked;
      std::ifstream in(store.locate(h), std::ios::binary);
      if (!in) {
        check.missing.push_back(h);
        continue;
      }
      std::ostringstream bytes;
      bytes << in.rdbuf();
      if (FileStore::sha256Hex(bytes.str()) != h) check.damaged.push_back(h);
    }
    return check;
  } catch (const std::exception& e) {
    return storageError(e, db.path());
  }
}

Result<CopyReport> copyDatabase(Database& source, Database& target, const FileStore& store) {
  if (auto ok = access::requirePermission(source.actor(), access::Permission::Backup); !ok) return ok.error();
  if (auto s = source.audit().record("db.copy", "database", target.path().string()); !s) return s.error();
  Database::Impl& to = target.impl();
  if (!isServer(to))
    return makeError("db.copy_target", "Chỉ chép được sang một cơ sở dữ liệu PostgreSQL (postgresql://…)",
                     "The copy target must be a PostgreSQL database (postgresql://…)", target.path().string());
  if (source.schemaVersion() != target.schemaVersion())
    return makeError("db.copy_version", "Hai cơ sở dữ liệu khác phiên bản lược đồ", "The schema versions differ",
                     std::to_string(source.schemaVersion()) + " / " + std::to_string(target.schemaVersion()));
  CopyReport report;
  auto scans = checkStoredScans(source, store);
  if (!scans) return scans.error();
  if (!scans->ok())
    return makeError("db.copy_scans", "Kho giấy tờ thiếu hoặc hỏng tệp; chưa chép gì",
                     "The file store has missing or damaged papers; nothing was copied",
                     std::to_string(scans->missing.size()) + " missing, " + std::to_string(scans->damaged.size()) +
                         " damaged, e.g. " + (scans->missing.empty() ? scans->damaged : scans->missing).front());
  report.scans = *scans;
  auto expected = tableDigests(source);
  if (!expected) return expected.error();
  Status done = inTransaction(to, [&]() -> Status {
    for (const auto& [table, d] : *expected) {
      int64_t present = 0;
      to.session << backup_sql::countRows(table), into(present), now;
      if (present > 0)
        return makeError("db.copy_not_empty", "Cơ sở dữ liệu đích đã có dữ liệu; chỉ chép vào cơ sở dữ liệu trống",
                         "The target database already holds data; copy only into an empty one", table);
    }
    to.session << std::string(backup_sql::kReplicaRole), now;  // rows arrive as they are, unchecked again
    for (const auto& [table, d] : *expected) insertRows(source.impl(), to, table);
    for (const auto& [table, d] : *expected) {
      auto cols = names(columns(to, table));
      if (std::find(cols.begin(), cols.end(), "id") == cols.end()) continue;
      to.session << backup_sql::resetIdSequence(table), now;
    }
    rebuildSearchIndex(to);
    auto actual = tableDigests(target);
    if (!actual) return actual.error();
    for (const auto& [table, d] : *expected) {
      const TableDigest& got = (*actual)[table];
      if (got.rows != d.rows || got.sha256 != d.sha256)
        return makeError("db.copy_mismatch", "Dữ liệu chép sang khác bản gốc; đã hủy, đích không thay đổi",
                         "The copied data differs from the source; cancelled, the target is unchanged",
                         table + ": " + std::to_string(d.rows) + " → " + std::to_string(got.rows) + " rows");
    }
    report.tables = *expected;
    return {};
  });
  if (!done) return done.error();
  return report;
}

}  // namespace landdesk::storage
