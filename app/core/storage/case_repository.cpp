#include "storage/case_repository.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <cstdio>
#include <stdexcept>

#include "model/case_json.h"
#include "model/case_normalization.h"
#include "storage/case_rows.h"
#include "storage/search_query.h"
#include "storage/storage_error.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;
using namespace landdesk::model;

namespace {

std::string sql(std::string_view s) { return std::string(s); }

// Links inside a case must point inside it; a caller that breaks this has a bug, not bad input.
void checkLinks(const Case& c) {
  for (const auto& p : c.parties)
    if (p.spouse && *p.spouse >= c.parties.size()) throw std::out_of_range("spouse index outside the case's parties");
  for (const auto& r : c.relationships)
    if (r.from >= c.parties.size() || r.to >= c.parties.size())
      throw std::out_of_range("relationship index outside the case's parties");
}

std::string nextCaseCode(Database::Impl& db, LocalDateTime receivedAt) {
  const int year = static_cast<int>(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(receivedAt)).year());
  std::string prefix = "HS-" + std::to_string(year) + "-", pattern = prefix + "%";
  int64_t next = 1;
  db.session << sql(db.dialect.sql.nextCaseNumber), use(prefix), use(pattern), into(next), now;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%05lld", static_cast<long long>(next));
  return prefix + buf;
}

Result<std::vector<CaseSummary>> summaries(Database::Impl& db, Poco::Data::Statement& st) {
  try {
    st.execute();
    Poco::Data::RecordSet rs(st);
    std::vector<CaseSummary> out;
    out.reserve(rs.rowCount());
    auto text = [&](size_t col, size_t row) {
      const auto& v = rs.value(col, row);
      return v.isEmpty() ? std::string() : v.convert<std::string>();
    };
    for (size_t r = 0; r < rs.rowCount(); ++r) {
      CaseSummary s;
      s.id = rs.value(0, r).convert<Poco::Int64>();
      s.code = text(1, r);
      s.kind = fromCode<CaseKind>(text(2, r)).value_or(CaseKind::TransferWhole);
      s.status = fromCode<CaseStatus>(text(3, r)).value_or(CaseStatus::Received);
      s.receivedAt = parseCanonicalDateTime(text(4, r)).value_or(LocalDateTime{});
      s.dueAt = parseCanonicalDateTime(text(5, r));
      s.mainParty = text(6, r);
      s.parcelNumber = text(7, r);
      s.mapSheet = text(8, r);
      s.parcelAddress = text(9, r);
      out.push_back(std::move(s));
    }
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db.path);
  }
}

}  // namespace

Status CaseRepository::insert(Case& c, const std::string& actor) {
  checkLinks(c);
  normalizeToNfc(c);
  const Statements& q = db_.dialect.sql;
  if (c.code.empty()) c.code = nextCaseCode(db_, c.receivedAt);
  std::string kind(codeOf(c.kind)), status(codeOf(c.status)), channel(codeOf(c.channel));
  std::string received = isoDateTime(c.receivedAt);
  Poco::Nullable<std::string> due = c.dueAt ? Poco::Nullable<std::string>(isoDateTime(*c.dueAt)) : Poco::Nullable<std::string>();
  db_.session << sql(q.insertCase), use(c.code), use(kind), use(status), use(channel), use(received), use(due),
      use(c.officer), into(c.id), now;
  c.rowVersion = 1;
  rows::writeParties(db_, c);
  rows::writeParcels(db_, c);
  rows::writeDocuments(db_, c);
  rows::writeSearchRow(db_, c);
  rows::writeEvent(db_, c.id, CaseEvent{0, localNow(), actor, "created", "", "", c.code});
  return {};
}

Status CaseRepository::add(Case& c, const std::string& actor) {
  Case draft = c;  // `c` changes only when the transaction commits
  Status done = inTransaction(db_, [&] { return insert(draft, actor); });
  if (done) c = std::move(draft);
  return done;
}

Status CaseRepository::addAll(std::vector<Case>& cases, const std::string& actor) {
  std::vector<Case> drafts = cases;
  Status done = inTransaction(db_, [&]() -> Status {
    for (Case& c : drafts)
      if (auto ok = insert(c, actor); !ok) return ok;
    return {};
  });
  if (done) cases = std::move(drafts);
  return done;
}

Status CaseRepository::update(Case& c, const std::string& actor) {
  checkLinks(c);
  Case draft = c;
  normalizeToNfc(draft);
  Status done = inTransaction(db_, [&]() -> Status {
    Case stored;
    if (!rows::readCase(db_, draft.id, stored))
      return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", draft.code);
    const Statements& q = db_.dialect.sql;
    std::string kind(codeOf(draft.kind)), status(codeOf(draft.status)), channel(codeOf(draft.channel));
    std::string received = isoDateTime(draft.receivedAt);
    Poco::Nullable<std::string> due =
        draft.dueAt ? Poco::Nullable<std::string>(isoDateTime(*draft.dueAt)) : Poco::Nullable<std::string>();
    int64_t expected = draft.rowVersion;
    Poco::Data::Statement st(db_.session);
    st << sql(q.updateCase), use(draft.code), use(kind), use(status), use(channel), use(received), use(due),
        use(draft.officer), use(draft.id), use(expected);
    if (st.execute() == 0)
      return makeError("db.conflict",
                       "Hồ sơ vừa được máy khác sửa (phiên bản " + std::to_string(stored.rowVersion) +
                           "); hãy tải lại để xem thay đổi rồi sửa tiếp",
                       "Another desk changed this case (version " + std::to_string(stored.rowVersion) +
                           "); reload to see the change, then edit again",
                       draft.code);
    draft.rowVersion = expected + 1;
    rows::writeParties(db_, draft);
    rows::writeParcels(db_, draft);
    rows::writeDocuments(db_, draft);
    rows::writeSearchRow(db_, draft);
    const auto before = flattenCase(stored), after = flattenCase(draft);
    const LocalDateTime at = localNow();
    for (const auto& [field, value] : after) {
      auto it = before.find(field);
      if (it == before.end() || it->second != value)
        rows::writeEvent(db_, draft.id, {0, at, actor, "updated", field, it == before.end() ? "" : it->second, value});
    }
    for (const auto& [field, value] : before)
      if (!after.contains(field)) rows::writeEvent(db_, draft.id, {0, at, actor, "updated", field, value, ""});
    return {};
  });
  if (done) c = std::move(draft);
  return done;
}

Result<Case> CaseRepository::byId(int64_t id) {
  try {
    Case c;
    if (!rows::readCase(db_, id, c))
      return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", "#" + std::to_string(id));
    return c;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<Case> CaseRepository::byCode(std::string_view code) {
  try {
    std::vector<int64_t> ids;
    std::string key(code);
    db_.session << sql(db_.dialect.sql.caseIdByCode), use(key), into(ids), now;
    if (ids.empty()) return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", key);
    return byId(ids.front());
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::vector<CaseEvent>> CaseRepository::events(int64_t caseId) {
  try {
    Poco::Data::Statement st(db_.session);
    st << sql(db_.dialect.sql.eventsOfCase), use(caseId);
    st.execute();
    Poco::Data::RecordSet rs(st);
    std::vector<CaseEvent> out;
    for (size_t r = 0; r < rs.rowCount(); ++r) {
      auto text = [&](size_t col) { return rs.value(col, r).isEmpty() ? std::string() : rs.value(col, r).convert<std::string>(); };
      out.push_back({rs.value(0, r).convert<Poco::Int64>(), parseCanonicalDateTime(text(1)).value_or(LocalDateTime{}),
                     text(2), text(3), text(4), text(5), text(6)});
    }
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::vector<CaseSummary>> CaseRepository::list(size_t limit) {
  Poco::Data::Statement st(db_.session);
  auto bounded = static_cast<Poco::Int64>(std::min<size_t>(limit, INT64_MAX));
  st << sql(db_.dialect.sql.caseSummaries), use(bounded);
  return summaries(db_, st);
}

Result<std::vector<CaseSummary>> CaseRepository::search(std::string_view query, size_t limit) {
  std::string match = matchExpression(query);
  if (match.empty()) return list(limit);
  Poco::Data::Statement st(db_.session);
  auto bounded = static_cast<Poco::Int64>(std::min<size_t>(limit, INT64_MAX));
  st << sql(db_.dialect.sql.caseSummariesMatching), use(match), use(bounded);
  return summaries(db_, st);
}

Result<int64_t> CaseRepository::count() {
  try {
    Poco::Int64 n = 0;
    db_.session << sql(db_.dialect.sql.countCases), into(n), now;
    return static_cast<int64_t>(n);
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

void rebuildSearchIndex(Database::Impl& db) {
  std::vector<Poco::Int64> ids;
  db.session << sql(db.dialect.sql.allCaseIds), into(ids), now;
  for (Poco::Int64 id : ids) {
    Case c;
    if (rows::readCase(db, id, c)) rows::writeSearchRow(db, c);
  }
}

}  // namespace landdesk::storage
