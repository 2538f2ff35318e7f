#include "storage/case_repository.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "model/case_json.h"
#include "model/case_normalization.h"
#include "access/permissions.h"
#include "storage/audit_repository.h"
#include "storage/case_rows.h"
#include "storage/session_impl.h"
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

// "field: theirs / yours" for each stored value that differs from the officer's copy (at most eight shown), so the
// second desk sees what the first one changed before reloading.
void describeDifferences(const Case& theirs, const Case& yours, std::string& vi, std::string& en) {
  const auto stored = flattenCase(theirs), mine = flattenCase(yours);
  int shown = 0, more = 0;
  auto note = [&](const std::string& field, const std::string& their, const std::string& your) {
    if (++shown > 8) return void(++more);
    vi += "\n  " + field + ": máy khác \"" + their + "\" / bạn \"" + your + "\"";
    en += "\n  " + field + ": theirs \"" + their + "\" / yours \"" + your + "\"";
  };
  for (const auto& [field, value] : stored) {
    auto it = mine.find(field);
    if (it == mine.end() || it->second != value) note(field, value, it == mine.end() ? "" : it->second);
  }
  for (const auto& [field, value] : mine)
    if (!stored.contains(field)) note(field, "", value);
  if (more > 0) {
    vi += "\n  … và " + std::to_string(more) + " trường khác";
    en += "\n  … and " + std::to_string(more) + " more fields";
  }
}

Error conflictError(const Case& theirs, const Case& yours) {
  std::string vi, en;
  describeDifferences(theirs, yours, vi, en);
  const std::string version = std::to_string(theirs.rowVersion);
  return makeError("db.conflict",
                   "Hồ sơ vừa được máy khác sửa (phiên bản " + version + ", bạn đang sửa bản " +
                       std::to_string(yours.rowVersion) + "); không ghi đè. Khác nhau:" + vi +
                       "\nHãy tải lại hồ sơ rồi sửa tiếp",
                   "Another desk changed this case (version " + version + ", you edited version " +
                       std::to_string(yours.rowVersion) + "); nothing was overwritten. Differences:" + en +
                       "\nReload the case, then edit again",
                   yours.code);
}

// A person who is a party to several cases was changed through another case since this one was read: the whole
// write is refused (rolled back by the caller's transaction), showing the party as stored now against the copy.
Error partyConflictError(Database::Impl& db, const Case& draft, const Party& yours) {
  Case stored, now, mine;
  rows::readCase(db, draft.id, stored, rows::Parts::Searched);  // a new statement: it sees the other desk's commit
  mine.parties = {{yours, PartyRole::Transferor, std::nullopt}};
  now.parties = mine.parties;
  for (const auto& cp : stored.parties)
    if (cp.party.id == yours.id) now.parties.front().party = cp.party;
  std::string vi, en;
  describeDifferences(now, mine, vi, en);
  return makeError("db.conflict",
                   "Người \"" + yours.fullName + "\" (có trong cả hồ sơ khác) vừa được máy khác sửa; không ghi đè. "
                   "Khác nhau:" + vi + "\nHãy tải lại hồ sơ rồi sửa tiếp",
                   "Another desk changed \"" + yours.fullName + "\" (a party to another case too) meanwhile; nothing "
                   "was overwritten. Differences:" + en + "\nReload the case, then edit again",
                   draft.code);
}

// See Statements::lockParty: every desk takes its shared people first and in one order.
void lockStoredParties(Database::Impl& db, const Case& c) {
  if (db.dialect.sql.lockParty.empty()) return;
  std::vector<Poco::Int64> ids;
  for (const auto& cp : c.parties)
    if (cp.party.id) ids.push_back(cp.party.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (Poco::Int64 id : ids) {
    std::vector<Poco::Int64> locked;
    db.session << sql(db.dialect.sql.lockParty), use(id), into(locked), now;
  }
}

std::string codePrefix(LocalDateTime receivedAt) {
  const auto year = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(receivedAt)).year();
  return "HS-" + std::to_string(static_cast<int>(year)) + "-";
}

// The number after `prefix` in a stored code, as the SQL reads it (leading digits; 0 when there are none).
int64_t codeNumber(const std::string& code, const std::string& prefix) {
  int64_t n = 0;
  if (code.starts_with(prefix)) std::from_chars(code.data() + prefix.size(), code.data() + code.size(), n);
  return n;
}

// Gives each case without a code the next "HS-<year received>-NNNNN": one query per year in the batch, then numbers
// counted on in memory (the transaction holds the write lock). Codes given in the batch count as taken.
void assignCodes(Database::Impl& db, std::span<Case> cases) {
  std::map<std::string, int64_t> next;
  for (const Case& c : cases) {
    if (!c.code.empty()) continue;
    std::string prefix = codePrefix(c.receivedAt);
    if (next.contains(prefix)) continue;
    std::string upper = prefix;
    ++upper.back();  // "HS-2026." sorts right after every "HS-2026-…"
    int from = static_cast<int>(prefix.size()) + 1;
    int64_t number = 1;
    db.session << sql(db.dialect.sql.nextCaseNumber), use(from), use(prefix), use(upper), into(number), now;
    next[prefix] = number;
  }
  for (const Case& c : cases)
    for (auto& [prefix, number] : next) number = std::max(number, codeNumber(c.code, prefix) + 1);
  for (Case& c : cases) {
    if (!c.code.empty()) continue;
    std::string prefix = codePrefix(c.receivedAt);
    char digits[24];
    std::snprintf(digits, sizeof digits, "%05lld", static_cast<long long>(next[prefix]++));
    c.code = prefix + digits;
  }
}

// Rows of caseSummaries and caseSummariesMatching, read a chunk at a time into column vectors: a RecordSet keeps every
// value as a Dynamic::Var (slow and large at 100 000 rows), and whole-list vectors would double the peak memory.
Result<std::vector<CaseSummary>> summaries(Database::Impl& db, Poco::Data::Statement& st, size_t expected) {
  constexpr size_t kChunk = 2048;
  try {
    std::vector<Poco::Int64> id;
    std::vector<std::string> code, kind, status, received, due, party, number, sheet, address;
    st, into(id), into(code), into(kind), into(status), into(received), into(due), into(party), into(number),
        into(sheet), into(address), limit(kChunk);
    std::vector<CaseSummary> out;
    out.reserve(expected);
    while (!st.done()) {
      st.execute();
      for (size_t r = 0; r < id.size(); ++r) {
        CaseSummary& s = out.emplace_back();
        s.id = id[r];
        s.code = std::move(code[r]);
        s.kind = fromCode<CaseKind>(kind[r]).value_or(CaseKind::TransferWhole);
        s.status = fromCode<CaseStatus>(status[r]).value_or(CaseStatus::Received);
        s.receivedAt = parseCanonicalDateTime(received[r]).value_or(LocalDateTime{});
        s.dueAt = parseCanonicalDateTime(due[r]);
        s.mainParty = std::move(party[r]);
        s.parcelNumber = std::move(number[r]);
        s.mapSheet = std::move(sheet[r]);
        s.parcelAddress = std::move(address[r]);
      }
      // The extractions append; emptied, they hold one chunk at a time.
      for (auto* column : {&code, &kind, &status, &received, &due, &party, &number, &sheet, &address}) column->clear();
      id.clear();
    }
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db.path);
  }
}

}  // namespace

Status CaseRepository::insert(std::span<Case> cases, const std::string& actor) {
  for (Case& c : cases) {
    checkLinks(c);
    normalizeToNfc(c);
  }
  assignCodes(db_, cases);
  rows::insertCases(db_, cases);
  rows::RewrittenRows rewritten;
  rows::writeParties(db_, cases, true, rewritten);
  if (!rewritten.staleParties.empty()) {
    const Party* stale = rewritten.staleParties.front();
    for (const Case& c : cases)
      for (const auto& cp : c.parties)
        if (&cp.party == stale) return partyConflictError(db_, c, *stale);
  }
  rows::writeParcels(db_, cases, true, rewritten);
  if (!rewritten.staleParcels.empty()) {
    const Parcel* stale = rewritten.staleParcels.front();
    for (const Case& c : cases)
      for (const auto& cp : c.parcels)
        if (&cp.parcel == stale) return rows::parcelConflictError(db_, c, *stale);
  }
  rows::writeDocuments(db_, cases, true);
  rows::writeSearchRows(db_, cases);
  std::vector<std::pair<int64_t, CaseEvent>> created;
  const LocalDateTime at = localNow();
  for (const Case& c : cases) created.push_back({c.id, CaseEvent{0, at, actor, "created", "", "", c.code}});
  rows::writeEvents(db_, created);
  rows::refreshCasesSharing(db_, rewritten);
  return {};
}

Status CaseRepository::add(Case& c, const std::string& actor) {
  if (auto ok = access::requirePermission(db_.actor, access::Permission::EditCases); !ok) return ok;
  Case draft = c;  // `c` changes only when the transaction commits
  Status done = inTransaction(db_, [&]() -> Status {
    if (auto ok = insert(std::span<Case>(&draft, 1), actor); !ok) return ok;
    return AuditRepository(db_).record("case.create", "case", draft.code, draft.code);
  });
  if (done) c = std::move(draft);
  return done;
}

Status CaseRepository::addAll(std::vector<Case>& cases, const std::string& actor) {
  if (auto ok = access::requirePermission(db_.actor, access::Permission::EditCases); !ok) return ok;
  std::vector<Case> drafts = cases;
  Status done = inTransaction(db_, [&]() -> Status {
    if (auto ok = insert(drafts, actor); !ok) return ok;
    // One entry for a batch (demo seeding, imports): thousands of lines would say nothing more.
    return AuditRepository(db_).record("case.create", "cases", "", "", std::to_string(drafts.size()) + " cases");
  });
  if (done) cases = std::move(drafts);
  return done;
}

Status CaseRepository::update(Case& c, const std::string& actor) {
  if (auto ok = access::requirePermission(db_.actor, access::Permission::EditCases); !ok) return ok;
  checkLinks(c);
  Case draft = c;
  normalizeToNfc(draft);
  Status done = inTransaction(db_, [&]() -> Status {
    Case stored;
    if (!rows::readCase(db_, draft.id, stored))
      return makeError("case.not_found", "Không tìm thấy hồ sơ", "Case not found", draft.code);
    // The status belongs to the workflow (its transition events, stage clock and register): an edit never moves it.
    if (draft.status != stored.status)
      return makeError("case.status_by_workflow",
                       "Trạng thái hồ sơ chỉ đổi qua các bước xử lý (case advance / đính chính), không sửa trực tiếp",
                       "A case's status changes only through workflow steps (case advance / correct), never by an edit",
                       draft.code);
    const Statements& q = db_.dialect.sql;
    lockStoredParties(db_, draft);
    rows::lockStoredParcels(db_, draft);
    std::string kind(codeOf(draft.kind)), channel(codeOf(draft.channel));
    std::string received = isoDateTime(draft.receivedAt);
    Poco::Nullable<std::string> due =
        draft.dueAt ? Poco::Nullable<std::string>(isoDateTime(*draft.dueAt)) : Poco::Nullable<std::string>();
    int64_t expected = draft.rowVersion;
    rows::ListColumns list = rows::listColumns(draft);
    Poco::Data::Statement st(db_.session);
    st << sql(q.updateCase), use(draft.code), use(kind), use(channel), use(received), use(due),
        use(draft.officer), use(list.mainParty), use(list.parcelNumber), use(list.mapSheet), use(list.parcelAddress),
        use(draft.id), use(expected);
    if (st.execute() == 0) return conflictError(stored, draft);
    draft.rowVersion = expected + 1;
    std::span<Case> one(&draft, 1);
    rows::RewrittenRows rewritten;
    rows::writeParties(db_, one, false, rewritten);
    if (!rewritten.staleParties.empty()) return partyConflictError(db_, draft, *rewritten.staleParties.front());
    rows::writeParcels(db_, one, false, rewritten);
    if (!rewritten.staleParcels.empty()) return rows::parcelConflictError(db_, draft, *rewritten.staleParcels.front());
    rows::writeDocuments(db_, one, false);
    rows::writeSearchRows(db_, one);
    const auto before = flattenCase(stored), after = flattenCase(draft);
    const LocalDateTime at = localNow();
    std::vector<std::pair<int64_t, CaseEvent>> changes;
    for (const auto& [field, value] : after) {
      auto it = before.find(field);
      if (it == before.end() || it->second != value)
        changes.push_back({draft.id, {0, at, actor, "updated", field, it == before.end() ? "" : it->second, value}});
    }
    for (const auto& [field, value] : before)
      if (!after.contains(field)) changes.push_back({draft.id, {0, at, actor, "updated", field, value, ""}});
    rows::writeEvents(db_, changes);
    rows::refreshCasesSharing(db_, rewritten);
    return AuditRepository(db_).record("case.update", "case", draft.code, draft.code,
                                        std::to_string(changes.size()) + " changed values");
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
  size_t expected = std::min<size_t>(limit, 4096);
  if (limit > expected) {  // a long list is allocated once: one pass over the smallest index tells its length
    auto total = count();
    if (!total) return total.error();
    expected = std::min(limit, static_cast<size_t>(*total));
  }
  Poco::Data::Statement st(db_.session);
  auto bounded = static_cast<Poco::Int64>(std::min<size_t>(limit, INT64_MAX));
  st << sql(db_.dialect.sql.caseSummaries), use(bounded);
  return summaries(db_, st, expected);
}

Result<std::vector<CaseSummary>> CaseRepository::search(std::string_view query, size_t limit) {
  std::string match = matchExpression(query);
  if (match.empty()) return list(limit);
  Poco::Data::Statement st(db_.session);
  auto bounded = static_cast<Poco::Int64>(std::min<size_t>(limit, INT64_MAX));
  st << sql(db_.dialect.sql.caseSummariesMatching), use(match), use(bounded);
  return summaries(db_, st, std::min<size_t>(limit, 256));
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

Result<int64_t> CaseRepository::countParties() {
  try {
    Poco::Int64 n = 0;
    db_.session << sql(db_.dialect.sql.countParties), into(n), now;
    return static_cast<int64_t>(n);
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

void rebuildSearchIndex(Database::Impl& db) {
  std::vector<Poco::Int64> ids;
  db.session << sql(db.dialect.sql.allCaseIds), into(ids), now;
  std::vector<Case> batch;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (!rows::readCase(db, ids[i], batch.emplace_back(), rows::Parts::Searched)) batch.pop_back();
    if (batch.size() == 1000 || i + 1 == ids.size()) {
      rows::writeSearchRows(db, batch);
      batch.clear();
    }
  }
}

}  // namespace landdesk::storage
