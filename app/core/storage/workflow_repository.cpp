#include "storage/workflow_repository.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "storage/session_impl.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;
using model::CaseStatus;
using Poco::Nullable;

namespace {

const WorkflowStatements& q(const Database::Impl& db) { return db.dialect.workflow; }
std::string sql(std::string_view s) { return std::string(s); }

Nullable<std::string> nullableTime(const std::optional<LocalDateTime>& t) {
  return t ? Nullable<std::string>(isoDateTime(*t)) : Nullable<std::string>();
}
Nullable<std::string> nullableText(const std::string& s) { return s.empty() ? Nullable<std::string>() : Nullable<std::string>(s); }
Nullable<Poco::Int64> nullableInt(const std::optional<int64_t>& v) {
  return v ? Nullable<Poco::Int64>(*v) : Nullable<Poco::Int64>();
}
template <class E>
Nullable<std::string> nullableCode(const std::optional<E>& v) {
  return v ? Nullable<std::string>(std::string(model::codeOf(*v))) : Nullable<std::string>();
}

// Typed access to one row of a RecordSet.
class Row {
 public:
  Row(Poco::Data::RecordSet& rs, size_t row) : rs_(rs), row_(row) {}
  bool null(size_t col) const { return rs_.value(col, row_).isEmpty(); }
  std::string text(size_t col) const { return null(col) ? std::string() : rs_.value(col, row_).convert<std::string>(); }
  int64_t integer(size_t col) const { return null(col) ? 0 : rs_.value(col, row_).convert<Poco::Int64>(); }
  std::optional<int64_t> optInteger(size_t col) const {
    return null(col) ? std::nullopt : std::optional<int64_t>(integer(col));
  }
  std::optional<LocalDateTime> optTime(size_t col) const { return parseCanonicalDateTime(text(col)); }
  LocalDateTime time(size_t col) const { return optTime(col).value_or(LocalDateTime{}); }
  template <class E>
  std::optional<E> optCode(size_t col) const {
    return model::fromCode<E>(text(col));
  }

 private:
  Poco::Data::RecordSet& rs_;
  size_t row_;
};

template <class T, class F>
std::vector<T> readAll(Poco::Data::Statement& st, F&& map) {
  st.execute();
  Poco::Data::RecordSet rs(st);
  std::vector<T> out;
  out.reserve(rs.rowCount());
  for (size_t r = 0; r < rs.rowCount(); ++r) out.push_back(map(Row(rs, r)));
  return out;
}

StageRow stageRow(const Row& r) {
  StageRow s;
  s.id = r.integer(0);
  s.code = r.text(1);
  s.kind = r.optCode<model::CaseKind>(2).value_or(model::CaseKind::TransferWhole);
  s.status = r.optCode<CaseStatus>(3).value_or(CaseStatus::Received);
  s.receivedAt = r.time(4);
  s.dueAt = r.optTime(5);
  s.authenticatedAt = r.optTime(6);
  s.closedAt = r.optTime(7);
  s.closedStatus = r.optCode<CaseStatus>(8);
  s.stageStartedAt = r.optTime(9);
  s.stageProcedure = r.text(10);
  s.stageDueAt = r.optTime(11);
  s.pausedSince = r.optTime(12);
  s.resumeStatus = r.optCode<CaseStatus>(13);
  s.rowVersion = r.integer(14);
  s.mainParty = r.text(15);
  return s;
}

TransitionRow transitionRow(const Row& r) {
  TransitionRow t;
  t.eventId = r.integer(0);
  t.caseId = r.integer(1);
  t.at = r.time(2);
  t.recordedAt = r.time(3);
  t.actor = r.text(4);
  t.from = r.optCode<CaseStatus>(5).value_or(CaseStatus::Received);
  t.to = r.optCode<CaseStatus>(6).value_or(CaseStatus::Received);
  t.note = r.text(7);
  t.receiptNumber = r.text(8);
  t.agency = r.text(9);
  t.dueAt = r.optTime(10);
  t.amount = r.optInteger(11);
  t.registerEntryId = r.optInteger(12);
  t.registerNumber = r.text(13);
  t.corrects = r.optInteger(14);
  t.voids = r.integer(15) != 0;
  t.supersededBy = r.optInteger(16);
  t.reason = r.text(17);
  return t;
}

VisitRow visitRow(const Row& r) {
  VisitRow v;
  v.id = r.integer(0);
  v.caseId = r.integer(1);
  v.number = static_cast<int>(r.integer(2));
  v.at = r.time(3);
  v.place = r.text(4);
  v.papers = r.text(5);
  v.note = r.text(6);
  v.state = r.text(7);
  v.bookedAt = r.time(8);
  v.bookedBy = r.text(9);
  v.caseCode = r.text(10);
  v.mainParty = r.text(11);
  return v;
}

HandoffBatchRow batchRow(const Row& r) {
  HandoffBatchRow b;
  b.id = r.integer(0);
  b.agencyKind = r.text(1);
  b.agency = r.text(2);
  b.sentAt = r.time(3);
  b.officer = r.text(4);
  b.note = r.text(5);
  b.createdAt = r.time(6);
  b.items = r.integer(7);
  b.receipted = r.integer(8);
  return b;
}

TaxNoticeRow taxRow(const Row& r) {
  TaxNoticeRow t;
  t.id = r.integer(0);
  t.caseId = r.integer(1);
  t.eventId = r.optInteger(2);
  t.number = r.text(3);
  t.amount = r.integer(4);
  t.receivedAt = r.time(5);
  t.dueAt = r.time(6);
  t.paidAt = r.optTime(7);
  t.paidAmount = r.optInteger(8);
  t.paymentRef = r.text(9);
  t.recordedBy = r.text(10);
  return t;
}

}  // namespace

void backfillWorkflowStages(Database::Impl& db) {
  db.session << sql(q(db).stageBackfill), now;
  db.session << sql(q(db).stageTrigger), now;
}

std::optional<int64_t> WorkflowRepository::caseIdByCode(const std::string& code) {
  std::vector<Poco::Int64> ids;
  std::string key = code;
  db_.session << sql(q(db_).caseIdByCode), use(key), into(ids), now;
  if (ids.empty()) return std::nullopt;
  return ids.front();
}

std::optional<StageRow> WorkflowRepository::stage(int64_t caseId) {
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).stageOfCase), use(caseId);
  auto rows = readAll<StageRow>(st, stageRow);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

bool WorkflowRepository::writeStage(const StageRow& s) {
  std::string status(model::codeOf(s.status));
  auto due = nullableTime(s.dueAt), authenticated = nullableTime(s.authenticatedAt), closed = nullableTime(s.closedAt);
  auto closedStatus = nullableCode(s.closedStatus), started = nullableTime(s.stageStartedAt);
  auto procedure = nullableText(s.stageProcedure), stageDue = nullableTime(s.stageDueAt);
  auto paused = nullableTime(s.pausedSince), resume = nullableCode(s.resumeStatus);
  int64_t id = s.id, version = s.rowVersion;
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).writeStage), use(status), use(due), use(authenticated), use(closed), use(closedStatus), use(started),
      use(procedure), use(stageDue), use(paused), use(resume), use(id), use(version);
  return st.execute() == 1;
}

int64_t WorkflowRepository::insertEvent(int64_t caseId, LocalDateTime at, const std::string& actor,
                                        const std::string& action, const std::string& field,
                                        const std::string& oldValue, const std::string& newValue) {
  std::string when = isoDateTime(at), who = actor, what = action, f = field, o = oldValue, n = newValue;
  Poco::Int64 id = 0;
  db_.session << sql(q(db_).insertEvent), use(caseId), use(when), use(who), use(what), use(f), use(o), use(n), into(id),
      now;
  return id;
}

void WorkflowRepository::insertTransition(const TransitionRow& t) {
  int64_t eventId = t.eventId, caseId = t.caseId;
  std::string at = isoDateTime(t.at), recorded = isoDateTime(t.recordedAt), actor = t.actor;
  std::string from(model::codeOf(t.from)), to(model::codeOf(t.to));
  std::string note = t.note, receipt = t.receiptNumber, agency = t.agency, number = t.registerNumber, reason = t.reason;
  auto due = nullableTime(t.dueAt);
  auto amount = nullableInt(t.amount), entry = nullableInt(t.registerEntryId), corrects = nullableInt(t.corrects);
  int voids = t.voids ? 1 : 0;
  db_.session << sql(q(db_).insertTransition), use(eventId), use(caseId), use(at), use(recorded), use(actor), use(from),
      use(to), use(note), use(receipt), use(agency), use(due), use(amount), use(entry), use(number), use(corrects),
      use(voids), use(reason), now;
}

void WorkflowRepository::supersede(int64_t eventId, int64_t byEventId) {
  db_.session << sql(q(db_).supersede), use(byEventId), use(eventId), now;
}

std::vector<TransitionRow> WorkflowRepository::transitions(int64_t caseId) {
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).transitionsOfCase), use(caseId);
  return readAll<TransitionRow>(st, transitionRow);
}

int64_t WorkflowRepository::insertVisit(const VisitRow& v) {
  int64_t caseId = v.caseId;
  int number = v.number;
  std::string at = isoDateTime(v.at), place = v.place, papers = v.papers, note = v.note;
  std::string booked = isoDateTime(v.bookedAt), by = v.bookedBy;
  Poco::Int64 id = 0;
  db_.session << sql(q(db_).insertVisit), use(caseId), use(number), use(at), use(place), use(papers), use(note),
      use(booked), use(by), into(id), now;
  return id;
}

void WorkflowRepository::retireVisits(int64_t caseId, int number, const std::string& state) {
  std::string s = state;
  db_.session << sql(q(db_).retireVisits), use(s), use(caseId), use(number), now;
}

std::vector<VisitRow> WorkflowRepository::visitsOfCase(int64_t caseId) {
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).visitsOfCase), use(caseId);
  return readAll<VisitRow>(st, visitRow);
}

std::vector<VisitRow> WorkflowRepository::visitsBetween(LocalDateTime from, LocalDateTime to) {
  std::string a = isoDateTime(from), b = isoDateTime(to);
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).visitsBetween), use(a), use(b);
  return readAll<VisitRow>(st, visitRow);
}

int64_t WorkflowRepository::insertBatch(const HandoffBatchRow& b) {
  std::string kind = b.agencyKind, agency = b.agency, sent = isoDateTime(b.sentAt), officer = b.officer, note = b.note;
  std::string created = isoDateTime(b.createdAt);
  Poco::Int64 id = 0;
  db_.session << sql(q(db_).insertBatch), use(kind), use(agency), use(sent), use(officer), use(note), use(created),
      into(id), now;
  return id;
}

void WorkflowRepository::insertItem(int64_t batchId, int64_t caseId, int position) {
  db_.session << sql(q(db_).insertItem), use(batchId), use(caseId), use(position), now;
}

std::vector<HandoffBatchRow> WorkflowRepository::batches(int64_t limit) {
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).batches), use(limit);
  return readAll<HandoffBatchRow>(st, batchRow);
}

std::optional<HandoffBatchRow> WorkflowRepository::batch(int64_t id) {
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).batchById), use(id);
  auto rows = readAll<HandoffBatchRow>(st, batchRow);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<HandoffItemRow> WorkflowRepository::items(int64_t batchId) {
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).itemsOfBatch), use(batchId);
  return readAll<HandoffItemRow>(st, [](const Row& r) {
    HandoffItemRow i;
    i.batchId = r.integer(0);
    i.caseId = r.integer(1);
    i.position = static_cast<int>(r.integer(2));
    i.receiptNumber = r.text(3);
    i.dueAt = r.optTime(4);
    i.receiptAt = r.optTime(5);
    i.caseCode = r.text(6);
    i.mainParty = r.text(7);
    return i;
  });
}

bool WorkflowRepository::setItemReceipt(int64_t batchId, int64_t caseId, const std::string& receiptNumber,
                                        std::optional<LocalDateTime> dueAt, LocalDateTime receiptAt) {
  std::string number = receiptNumber, at = isoDateTime(receiptAt);
  auto due = nullableTime(dueAt);
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).setItemReceipt), use(number), use(due), use(at), use(batchId), use(caseId);
  return st.execute() == 1;
}

std::vector<HandoffBatchRow> WorkflowRepository::batchesOfCase(int64_t caseId) {
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).batchesOfCase), use(caseId);
  return readAll<HandoffBatchRow>(st, batchRow);
}

int64_t WorkflowRepository::insertTaxNotice(const TaxNoticeRow& t) {
  int64_t caseId = t.caseId, amount = t.amount;
  auto event = nullableInt(t.eventId);
  std::string number = t.number, received = isoDateTime(t.receivedAt), due = isoDateTime(t.dueAt), by = t.recordedBy;
  Poco::Int64 id = 0;
  db_.session << sql(q(db_).insertTaxNotice), use(caseId), use(event), use(number), use(amount), use(received), use(due),
      use(by), into(id), now;
  return id;
}

void WorkflowRepository::payTaxNotice(int64_t id, LocalDateTime paidAt, std::optional<int64_t> amount,
                                      const std::string& ref) {
  std::string at = isoDateTime(paidAt), r = ref;
  auto paid = nullableInt(amount);
  db_.session << sql(q(db_).payTaxNotice), use(at), use(paid), use(r), use(id), now;
}

void WorkflowRepository::deleteTaxNotice(int64_t id) { db_.session << sql(q(db_).deleteTaxNotice), use(id), now; }

void WorkflowRepository::unpayTaxNotice(int64_t id) { db_.session << sql(q(db_).unpayTaxNotice), use(id), now; }

std::vector<TaxNoticeRow> WorkflowRepository::taxNotices(int64_t caseId) {
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).taxNoticesOfCase), use(caseId);
  return readAll<TaxNoticeRow>(st, taxRow);
}

std::vector<StageRow> WorkflowRepository::dueBetween(LocalDateTime from, LocalDateTime to, const std::string& procedure,
                                                     int64_t limit) {
  std::string a = isoDateTime(from), b = isoDateTime(to), p1 = procedure, p2 = procedure;
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).dueBetween), use(a), use(b), use(p1), use(p2), use(limit);
  return readAll<StageRow>(st, stageRow);
}

int64_t WorkflowRepository::countDueBetween(LocalDateTime from, LocalDateTime to, const std::string& procedure) {
  std::string a = isoDateTime(from), b = isoDateTime(to), p1 = procedure, p2 = procedure;
  Poco::Int64 n = 0;
  db_.session << sql(q(db_).countDueBetween), use(a), use(b), use(p1), use(p2), into(n), now;
  return n;
}

std::vector<StageRow> WorkflowRepository::inStatus(CaseStatus status, int64_t limit) {
  std::string s(model::codeOf(status));
  Poco::Data::Statement st(db_.session);
  st << sql(q(db_).inStatus), use(s), use(limit);
  return readAll<StageRow>(st, stageRow);
}

int64_t WorkflowRepository::countInStatus(CaseStatus status) {
  std::string s(model::codeOf(status));
  Poco::Int64 n = 0;
  db_.session << sql(q(db_).countInStatus), use(s), into(n), now;
  return n;
}

std::vector<int64_t> WorkflowRepository::openCaseIds() {
  std::vector<Poco::Int64> ids;
  db_.session << sql(q(db_).openCaseIds), into(ids), now;
  return {ids.begin(), ids.end()};
}

}  // namespace landdesk::storage
