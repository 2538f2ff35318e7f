#include "storage/audit_repository.h"

#include <Poco/Data/Statement.h>
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include "access/permissions.h"
#include "storage/session_impl.h"
#include "storage/storage_error.h"
#include "util/datetime.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;

namespace {

const AuditStatements& statementsOf(const Database::Impl& db) { return db.dialect.audit; }

// Backslashes and line breaks escaped, so two different entries never share a text.
void field(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += '=';
  for (char ch : value) {
    if (ch == '\\') out += "\\\\";
    else if (ch == '\n') out += "\\n";
    else if (ch == '\r') out += "\\r";
    else out += ch;
  }
  out += '\n';
}

struct Head {
  int64_t count = 0;
  std::string hash;
};

// The 'audit.head' value "COUNT HASH"; nothing for a log written before the head was kept (or an unreadable one,
// which verify then reports through the chain alone).
std::optional<Head> parseHead(const std::vector<std::string>& rows) {
  if (rows.empty()) return std::nullopt;
  const std::string& value = rows.front();
  const size_t space = value.find(' ');
  if (space == std::string::npos || space == 0) return std::nullopt;
  Head h;
  for (size_t i = 0; i < space; ++i) {
    if (value[i] < '0' || value[i] > '9') return std::nullopt;
    h.count = h.count * 10 + (value[i] - '0');
  }
  h.hash = value.substr(space + 1);
  return h;
}

std::optional<Head> readHead(Database::Impl& db) {
  std::vector<std::string> rows;
  db.session << std::string(statementsOf(db).head), into(rows), now;
  return parseHead(rows);
}

}  // namespace

std::string auditHash(const AuditEntry& e) {
  std::string text;
  field(text, "at", e.at);
  field(text, "actor", e.actor);
  field(text, "action", e.action);
  field(text, "object_kind", e.objectKind);
  field(text, "object_ref", e.objectRef);
  field(text, "case_code", e.caseCode);
  field(text, "person_id", e.personId);
  field(text, "detail", e.detail);
  field(text, "previous", e.previousHash);
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(text);
  return Poco::DigestEngine::digestToHex(engine.digest());
}

Status AuditRepository::append(AuditEntry e) {
  if (db_.schemaVersion < kAuditSchemaVersion) return {};  // tests that build an older schema have no log yet
  return inTransaction(db_, [&]() -> Status {
    if (e.at.empty()) e.at = isoDateTime(localNow());
    if (e.actor.empty()) e.actor = db_.actor.anonymous ? "anonymous" : db_.actor.login;
    const AuditStatements& sql = statementsOf(db_);
    db_.session << std::string(sql.lockHead), use(e.at), now;  // first: the head row's lock orders the desks
    std::vector<std::string> last;
    db_.session << std::string(sql.lastHash), into(last), now;
    e.previousHash = last.empty() ? "" : last.front();
    e.hash = auditHash(e);
    db_.session << std::string(sql.insert), use(e.at), use(e.actor), use(e.action), use(e.objectKind),
        use(e.objectRef), use(e.caseCode), use(e.personId), use(e.detail), use(e.previousHash), use(e.hash), now;
    int64_t count = 0;
    if (auto head = readHead(db_)) count = head->count + 1;
    else db_.session << std::string(sql.count), into(count), now;  // a log older than its head: counted once
    std::string value = std::to_string(count) + " " + e.hash;
    db_.session << std::string(sql.setHead), use(value), now;
    return {};
  });
}

Status AuditRepository::record(std::string action, std::string objectKind, std::string objectRef,
                               std::string caseCode, std::string detail, std::string personId) {
  AuditEntry e;
  e.action = std::move(action);
  e.objectKind = std::move(objectKind);
  e.objectRef = std::move(objectRef);
  e.caseCode = std::move(caseCode);
  e.detail = std::move(detail);
  e.personId = std::move(personId);
  return append(std::move(e));
}

Result<std::vector<AuditEntry>> AuditRepository::all() {
  try {
    std::vector<int64_t> id;
    std::vector<std::string> at, actor, action, kind, ref, code, person, detail, prev, hash;
    db_.session << std::string(statementsOf(db_).all), into(id), into(at), into(actor), into(action), into(kind),
        into(ref), into(code), into(person), into(detail), into(prev), into(hash), now;
    std::vector<AuditEntry> out;
    out.reserve(id.size());
    for (size_t i = 0; i < id.size(); ++i)
      out.push_back({id[i], at[i], actor[i], action[i], kind[i], ref[i], code[i], person[i], detail[i], prev[i],
                     hash[i]});
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::vector<AuditEntry>> AuditRepository::list(const AuditFilter& filter) {
  if (auto ok = access::requirePermission(db_.actor, access::Permission::ReadAudit); !ok) return ok.error();
  auto entries = all();
  if (!entries) return entries.error();
  std::vector<AuditEntry> out;
  for (auto& e : *entries) {
    if (!filter.caseCode.empty() && e.caseCode != filter.caseCode) continue;
    if (!filter.actor.empty() && e.actor != filter.actor) continue;
    if (!filter.personId.empty() && e.personId != filter.personId) continue;
    out.push_back(std::move(e));
  }
  if (out.size() > filter.limit) out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(filter.limit));
  return out;
}

Result<AuditVerification> AuditRepository::verify() {
  auto entries = all();
  if (!entries) return entries.error();
  AuditVerification v;
  std::string previous;
  int64_t lastId = 0;
  for (const auto& e : *entries) {
    ++v.entries;
    if (e.previousHash != previous) {
      v.brokenAt = e.id;
      // Ids rise with each insert; a gap names the removed ones (PostgreSQL skips ids of rolled-back inserts, so a
      // gap alone, with the chain intact, is no sign of removal).
      v.reason = lastId != 0 && e.id != lastId + 1
                     ? "entries " + std::to_string(lastId + 1) + "–" + std::to_string(e.id - 1) + " were removed"
                     : "the entry before it was removed or changed (previous hash does not match)";
      return v;
    }
    if (auditHash(e) != e.hash) {
      v.brokenAt = e.id;
      v.reason = "the entry was changed after it was written (hash does not match)";
      return v;
    }
    previous = e.hash;
    lastId = e.id;
  }
  std::optional<Head> head;
  try {
    head = readHead(db_);
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
  if (!head) return v;  // written before the head was kept: the chain is all there is to check
  if (v.entries < head->count) {
    v.removedAtEnd = head->count - v.entries;
    v.brokenAt = lastId + 1;
    v.reason = "the last " + std::to_string(v.removedAtEnd) + " entries were removed (the head records " +
               std::to_string(head->count) + ", the table holds " + std::to_string(v.entries) + ")";
  } else if (v.entries > head->count) {
    v.brokenAt = (*entries)[static_cast<size_t>(head->count)].id;
    v.reason = std::to_string(v.entries - head->count) + " entries were added outside LandDesk (not in the head)";
  } else if (previous != head->hash) {
    v.brokenAt = lastId;
    v.reason = "the newest entries were replaced (the newest hash does not match the head)";
  }
  return v;
}

}  // namespace landdesk::storage
