// Reading a whole case back from its rows (the writers are in case_rows.cpp).
#include "storage/case_rows.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <map>

#include "model/sex.h"
#include "storage/case_terms_rows.h"

namespace landdesk::storage::rows {

using namespace Poco::Data::Keywords;
using namespace landdesk::model;
using Poco::Data::RecordSet;

namespace {

std::string sql(std::string_view s) { return std::string(s); }

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

bool readCase(Database::Impl& db, int64_t id, Case& c, Parts parts) {
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

  // Party versions before their content (each read sees the latest commit): a desk writing between the two leaves
  // an older version with newer content, which at worst refuses a save, never one with older content that passes.
  // Migration hooks read cases before party.row_version exists (schema 11).
  std::map<int64_t, int64_t> partyVersions;
  if (db.schemaVersion >= kPartyRowVersionSchema) {
    RecordSet versions = select(db, q.partyVersionsOfCase, id);
    for (size_t r = 0; r < versions.rowCount(); ++r) partyVersions[num(versions, 0, r)] = num(versions, 1, r);
  }
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
  // Migration hooks read cases before party.row_version exists (schema 11).
  for (auto& cp : c.parties)
    if (auto it = partyVersions.find(cp.party.id); it != partyVersions.end()) cp.party.rowVersion = it->second;
  for (size_t i = 0; i < c.parties.size(); ++i)
    for (size_t k = 0; k < c.parties.size(); ++k)
      if (spouseIds[i] && c.parties[k].party.id == spouseIds[i]) c.parties[i].spouse = k;

  RecordSet rels = select(db, q.relationshipsOfCase, id);
  for (size_t r = 0; r < rels.rowCount(); ++r)
    c.relationships.push_back({static_cast<size_t>(num(rels, 0, r)), static_cast<size_t>(num(rels, 1, r)),
                               code(rels, 2, r, Kinship::Other)});

  std::map<int64_t, int64_t> parcelVersions;  // read before the parcels' content, as the parties' versions are
  if (db.schemaVersion >= kPartyRowVersionSchema) {
    RecordSet versions = select(db, q.parcelVersionsOfCase, id);
    for (size_t r = 0; r < versions.rowCount(); ++r) parcelVersions[num(versions, 0, r)] = num(versions, 1, r);
  }
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
    if (auto it = parcelVersions.find(p.id); it != parcelVersions.end()) p.rowVersion = it->second;
    if (!isNull(parcels, 13, r)) cp.price = num(parcels, 13, r);
    if (!isNull(parcels, 14, r)) cp.transferredArea = decimal(parcels, 14, r);
    RecordSet purposes = select(db, q.purposesOfParcel, p.id);
    for (size_t k = 0; k < purposes.rowCount(); ++k)
      p.purposes.push_back({str(purposes, 0, k), str(purposes, 1, k), decimal(purposes, 2, k)});
    c.parcels.push_back(std::move(cp));
  }

  if (parts == Parts::Searched) return true;

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
  readCaseTerms(db, c);
  return true;
}

}  // namespace landdesk::storage::rows
