#include "storage/case_rows.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include "model/sex.h"
#include "storage/search_query.h"

namespace landdesk::storage::rows {

using namespace Poco::Data::Keywords;
using namespace landdesk::model;
using Poco::Nullable;
using Poco::Data::RecordSet;

namespace {

std::string sql(std::string_view s) { return std::string(s); }

template <class T>
Nullable<std::string> orNull(const std::optional<T>& v, std::string (*format)(const T&)) {
  return v ? Nullable<std::string>(format(*v)) : Nullable<std::string>();
}
std::string dateText(const std::chrono::year_month_day& d) { return isoDate(d); }
std::string decimalText(const Decimal& d) { return d.canonical(); }
std::string birthText(const BirthDate& b) { return b.canonical(); }
std::string sexText(const Sex& s) { return std::string(sexLabel(s)); }

// A query with one integer parameter, its rows read by column index.
RecordSet select(Database::Impl& db, std::string_view text, int64_t id) {
  Poco::Data::Statement st(db.session);
  st << sql(text), use(id);
  st.execute();
  return RecordSet(st);
}

bool isNull(const RecordSet& rs, size_t col, size_t row) { return rs.value(col, row).isEmpty(); }
std::string str(const RecordSet& rs, size_t col, size_t row) {
  return isNull(rs, col, row) ? std::string() : rs.value(col, row).convert<std::string>();
}
int64_t num(const RecordSet& rs, size_t col, size_t row) {
  return isNull(rs, col, row) ? 0 : rs.value(col, row).convert<Poco::Int64>();
}
template <class E>
E code(const RecordSet& rs, size_t col, size_t row, E fallback) {
  return fromCode<E>(str(rs, col, row)).value_or(fallback);
}
std::optional<std::chrono::year_month_day> date(const RecordSet& rs, size_t col, size_t row) {
  return parseCanonicalDate(str(rs, col, row));
}
Decimal decimal(const RecordSet& rs, size_t col, size_t row) {
  return Decimal::fromCanonical(str(rs, col, row)).value_or(Decimal());
}

}  // namespace

void writeParties(Database::Impl& db, Case& c) {
  const Statements& q = db.dialect.sql;
  db.session << sql(q.deleteCaseParties), use(c.id), now;
  for (size_t i = 0; i < c.parties.size(); ++i) {
    Party& p = c.parties[i].party;
    Nullable<std::string> birth = orNull(p.birthDate, birthText), sex = orNull(p.sex, sexText);
    std::string marital(codeOf(p.maritalStatus));
    if (p.id) {
      db.session << sql(q.updateParty), use(p.fullName), use(birth), use(sex), use(p.permanentAddress),
          use(p.currentAddress), use(p.phone), use(marital), use(p.id), now;
    } else {
      db.session << sql(q.insertParty), use(p.fullName), use(birth), use(sex), use(p.permanentAddress),
          use(p.currentAddress), use(p.phone), use(marital), into(p.id), now;
    }
    db.session << sql(q.deleteIdDocuments), use(p.id), now;
    for (size_t k = 0; k < p.idDocuments.size(); ++k) {
      IdDocument& d = p.idDocuments[k];
      int position = static_cast<int>(k);
      std::string type(codeOf(d.type));
      Nullable<std::string> issued = orNull(d.issueDate, dateText);
      db.session << sql(q.insertIdDocument), use(p.id), use(position), use(type), use(d.number), use(issued),
          use(d.issuer), now;
    }
    int position = static_cast<int>(i);
    std::string role(codeOf(c.parties[i].role));
    db.session << sql(q.insertCaseParty), use(c.id), use(position), use(p.id), use(role), now;
  }
  // Spouse links are person-level facts; set them once every party has an id.
  for (auto& cp : c.parties) {
    if (!cp.spouse) continue;
    int64_t spouseId = c.parties[*cp.spouse].party.id;
    db.session << sql(q.setSpouse), use(spouseId), use(cp.party.id), now;
  }
  db.session << sql(q.deleteRelationships), use(c.id), now;
  for (const Relationship& r : c.relationships) {
    int from = static_cast<int>(r.from), to = static_cast<int>(r.to);
    std::string kinship(codeOf(r.kinship));
    db.session << sql(q.insertRelationship), use(c.id), use(from), use(to), use(kinship), now;
  }
}

void writeParcels(Database::Impl& db, Case& c) {
  const Statements& q = db.dialect.sql;
  db.session << sql(q.deleteCaseParcels), use(c.id), now;
  for (size_t i = 0; i < c.parcels.size(); ++i) {
    CaseParcel& cp = c.parcels[i];
    Parcel& p = cp.parcel;
    Nullable<std::string> issued = orNull(p.issueDate, dateText);
    std::string area = p.area.canonical(), useForm(codeOf(p.useForm));
    if (p.id) {
      db.session << sql(q.updateParcel), use(p.serial), use(p.registerNumber), use(p.issuer), use(issued),
          use(p.parcelNumber), use(p.mapSheet), use(p.address), use(area), use(useForm), use(p.term), use(p.origin),
          use(p.assets), use(p.id), now;
    } else {
      db.session << sql(q.insertParcel), use(p.serial), use(p.registerNumber), use(p.issuer), use(issued),
          use(p.parcelNumber), use(p.mapSheet), use(p.address), use(area), use(useForm), use(p.term), use(p.origin),
          use(p.assets), into(p.id), now;
    }
    db.session << sql(q.deletePurposes), use(p.id), now;
    for (size_t k = 0; k < p.purposes.size(); ++k) {
      LandPurpose& lp = p.purposes[k];
      int position = static_cast<int>(k);
      std::string purposeArea = lp.area.canonical();
      db.session << sql(q.insertPurpose), use(p.id), use(position), use(lp.code), use(lp.name), use(purposeArea), now;
    }
    int position = static_cast<int>(i);
    Nullable<Poco::Int64> price = cp.price ? Nullable<Poco::Int64>(*cp.price) : Nullable<Poco::Int64>();
    Nullable<std::string> transferred = orNull(cp.transferredArea, decimalText);
    db.session << sql(q.insertCaseParcel), use(c.id), use(position), use(p.id), use(price), use(transferred), now;
  }
}

void writeDocuments(Database::Impl& db, Case& c) {
  const Statements& q = db.dialect.sql;
  std::string kept = "(";
  for (SourceDocument& d : c.documents) {
    std::string kind(codeOf(d.kind)), channel(codeOf(d.channel)), at = isoDateTime(d.receivedAt);
    if (d.id) {
      db.session << sql(q.updateDocument), use(kind), use(d.sha256), use(d.fileName), use(d.mediaType), use(channel),
          use(at), use(d.id), use(c.id), now;
    } else {
      db.session << sql(q.insertDocument), use(c.id), use(kind), use(d.sha256), use(d.fileName), use(d.mediaType),
          use(channel), use(at), into(d.id), now;
    }
    kept += (kept.size() > 1 ? "," : "") + std::to_string(d.id);
    db.session << sql(q.deleteFields), use(d.id), now;
    for (size_t k = 0; k < d.fields.size(); ++k) {
      ExtractedField& f = d.fields[k];
      int position = static_cast<int>(k);
      std::string provenance(codeOf(f.provenance));
      Nullable<double> confidence = f.confidence ? Nullable<double>(*f.confidence) : Nullable<double>();
      db.session << sql(q.insertField), use(d.id), use(position), use(f.name), use(f.value), use(provenance),
          use(confidence), now;
    }
  }
  kept += ")";
  if (kept == "()") kept = "(-1)";
  db.session << sql(q.deleteDocumentsNotIn) + kept, use(c.id), now;  // ids are integers we produced: no injection
}

void writeSearchRow(Database::Impl& db, const Case& c) {
  const Statements& q = db.dialect.sql;
  int64_t id = c.id;
  std::string body = searchBody(c);
  db.session << sql(q.deleteSearchRow), use(id), now;
  db.session << sql(q.insertSearchRow), use(id), use(body), now;
}

void writeEvent(Database::Impl& db, int64_t caseId, const CaseEvent& e) {
  std::string at = isoDateTime(e.at), actor = e.actor, action = e.action, field = e.field, oldValue = e.oldValue,
              newValue = e.newValue;
  db.session << sql(db.dialect.sql.insertEvent), use(caseId), use(at), use(actor), use(action), use(field),
      use(oldValue), use(newValue), now;
}

bool readCase(Database::Impl& db, int64_t id, Case& c) {
  const Statements& q = db.dialect.sql;
  RecordSet head = select(db, q.caseById, id);
  if (head.rowCount() == 0) return false;
  c = Case{};
  c.id = num(head, 0, 0);
  c.code = str(head, 1, 0);
  c.kind = code(head, 2, 0, CaseKind::TransferWhole);
  c.status = code(head, 3, 0, CaseStatus::Received);
  c.channel = code(head, 4, 0, IntakeChannel::Counter);
  c.receivedAt = parseCanonicalDateTime(str(head, 5, 0)).value_or(LocalDateTime{});
  c.dueAt = parseCanonicalDateTime(str(head, 6, 0));
  c.officer = str(head, 7, 0);
  c.rowVersion = num(head, 8, 0);

  RecordSet parties = select(db, q.partiesOfCase, id);
  std::vector<int64_t> spouseIds;
  for (size_t r = 0; r < parties.rowCount(); ++r) {
    CaseParty cp;
    Party& p = cp.party;
    p.id = num(parties, 0, r);
    p.fullName = str(parties, 1, r);
    p.birthDate = BirthDate::fromCanonical(str(parties, 2, r));
    p.sex = parseSex(str(parties, 3, r));
    p.permanentAddress = str(parties, 4, r);
    p.currentAddress = str(parties, 5, r);
    p.phone = str(parties, 6, r);
    p.maritalStatus = code(parties, 7, r, MaritalStatus::Unknown);
    spouseIds.push_back(num(parties, 8, r));
    cp.role = code(parties, 9, r, PartyRole::Transferor);
    RecordSet ids = select(db, q.idDocumentsOfParty, p.id);
    for (size_t k = 0; k < ids.rowCount(); ++k)
      p.idDocuments.push_back({code(ids, 0, k, IdType::Cccd), str(ids, 1, k), date(ids, 2, k), str(ids, 3, k)});
    c.parties.push_back(std::move(cp));
  }
  for (size_t i = 0; i < c.parties.size(); ++i)
    for (size_t k = 0; k < c.parties.size(); ++k)
      if (spouseIds[i] && c.parties[k].party.id == spouseIds[i]) c.parties[i].spouse = k;

  RecordSet rels = select(db, q.relationshipsOfCase, id);
  for (size_t r = 0; r < rels.rowCount(); ++r)
    c.relationships.push_back({static_cast<size_t>(num(rels, 0, r)), static_cast<size_t>(num(rels, 1, r)),
                               code(rels, 2, r, Kinship::Other)});

  RecordSet parcels = select(db, q.parcelsOfCase, id);
  for (size_t r = 0; r < parcels.rowCount(); ++r) {
    CaseParcel cp;
    Parcel& p = cp.parcel;
    p.id = num(parcels, 0, r);
    p.serial = str(parcels, 1, r);
    p.registerNumber = str(parcels, 2, r);
    p.issuer = str(parcels, 3, r);
    p.issueDate = date(parcels, 4, r);
    p.parcelNumber = str(parcels, 5, r);
    p.mapSheet = str(parcels, 6, r);
    p.address = str(parcels, 7, r);
    p.area = decimal(parcels, 8, r);
    p.useForm = code(parcels, 9, r, UseForm::Private);
    p.term = str(parcels, 10, r);
    p.origin = str(parcels, 11, r);
    p.assets = str(parcels, 12, r);
    if (!isNull(parcels, 13, r)) cp.price = num(parcels, 13, r);
    if (!isNull(parcels, 14, r)) cp.transferredArea = decimal(parcels, 14, r);
    RecordSet purposes = select(db, q.purposesOfParcel, p.id);
    for (size_t k = 0; k < purposes.rowCount(); ++k)
      p.purposes.push_back({str(purposes, 0, k), str(purposes, 1, k), decimal(purposes, 2, k)});
    c.parcels.push_back(std::move(cp));
  }

  RecordSet docs = select(db, q.documentsOfCase, id);
  for (size_t r = 0; r < docs.rowCount(); ++r) {
    SourceDocument d;
    d.id = num(docs, 0, r);
    d.kind = code(docs, 1, r, DocumentKind::Other);
    d.sha256 = str(docs, 2, r);
    d.fileName = str(docs, 3, r);
    d.mediaType = str(docs, 4, r);
    d.channel = code(docs, 5, r, IntakeChannel::Counter);
    d.receivedAt = parseCanonicalDateTime(str(docs, 6, r)).value_or(LocalDateTime{});
    RecordSet fields = select(db, q.fieldsOfDocument, d.id);
    for (size_t k = 0; k < fields.rowCount(); ++k) {
      ExtractedField f{str(fields, 0, k), str(fields, 1, k), code(fields, 2, k, Provenance::Typed), std::nullopt};
      if (!isNull(fields, 3, k)) f.confidence = fields.value(3, k).convert<double>();
      d.fields.push_back(std::move(f));
    }
    c.documents.push_back(std::move(d));
  }
  return true;
}

}  // namespace landdesk::storage::rows
