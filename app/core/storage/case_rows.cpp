#include "storage/case_rows.h"

#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "model/sex.h"
#include "storage/case_terms_rows.h"
#include "storage/search_query.h"

namespace landdesk::storage::rows {

using namespace Poco::Data::Keywords;
using namespace landdesk::model;
using Poco::Nullable;

namespace {

using Ids = std::vector<Poco::Int64>;
using Ints = std::vector<int>;
using Texts = std::vector<std::string>;
using MaybeTexts = std::vector<Nullable<std::string>>;

std::string sql(std::string_view s) { return std::string(s); }

template <class T>
Nullable<std::string> orNull(const std::optional<T>& v, std::string (*format)(const T&)) {
  return v ? Nullable<std::string>(format(*v)) : Nullable<std::string>();
}
std::string dateText(const std::chrono::year_month_day& d) { return isoDate(d); }
std::string decimalText(const Decimal& d) { return d.canonical(); }
std::string birthText(const BirthDate& b) { return b.canonical(); }
std::string sexText(const Sex& s) { return std::string(sexLabel(s)); }

// Runs `text` once for each row of the equally long `columns`, on one prepared statement; nothing when there is no
// row (Poco refuses to bind an empty vector).
template <class... Columns>
void runBatch(Database::Impl& db, std::string_view text, Columns&... columns) {
  if ((columns.empty() || ...)) return;
  Poco::Data::Statement st(db.session);
  st << sql(text);
  ((st, use(columns)), ...);
  st.execute();
}

// The same for an INSERT … RETURNING id: the new ids, in the order of the rows.
template <class First, class... Columns>
Ids insertBatch(Database::Impl& db, std::string_view text, First& first, Columns&... columns) {
  Ids ids;
  if (first.empty()) return ids;
  Poco::Data::Statement st(db.session);
  st << sql(text), use(first);
  ((st, use(columns)), ...);
  st, into(ids);
  st.execute();
  if (ids.size() != first.size()) throw std::logic_error("INSERT … RETURNING gave fewer ids than rows");
  return ids;
}

// When one stored row (a party shared by two cases of the batch) is written twice, the later write wins, as it did
// when cases were written one after the other; its child rows must then be written once.
template <class T>
std::vector<const T*> lastOfEachId(const std::vector<T*>& items) {
  std::vector<const T*> out;
  std::unordered_set<int64_t> seen;
  for (auto it = items.rbegin(); it != items.rend(); ++it)
    if (seen.insert((*it)->id).second) out.push_back(*it);
  return out;
}

Ids caseIds(std::span<const Case> cases) {
  Ids ids;
  for (const Case& c : cases) ids.push_back(c.id);
  return ids;
}

bool hasTermRows(const Case& c) {
  return c.terms || c.estate ||
         std::any_of(c.parcels.begin(), c.parcels.end(), [](const CaseParcel& p) { return !p.owners.empty(); });
}

// Stored parties one at a time, each guarded by the row version its case was read with: one person's row may be
// written through another case by another desk. A party twice in the batch is checked against its own first write.
void writeKnownParties(Database::Impl& db, const std::vector<Party*>& parties, RewrittenRows& rewritten) {
  std::unordered_map<int64_t, Poco::Int64> version;
  for (Party* p : parties)
    if (p->id) version.try_emplace(p->id, p->rowVersion);
  for (Party* p : parties) {
    if (!p->id) continue;
    Nullable<std::string> birth = orNull(p->birthDate, birthText), sex = orNull(p->sex, sexText);
    std::string marital(codeOf(p->maritalStatus));
    Poco::Int64 id = p->id, expected = version[p->id];
    Ids now;
    Poco::Data::Statement st(db.session);
    st << sql(db.dialect.sql.updateParty), use(p->fullName), use(birth), use(sex), use(p->permanentAddress),
        use(p->currentAddress), use(p->phone), use(marital), use(id), use(expected), into(now);
    st.execute();
    if (now.empty()) rewritten.staleParties.push_back(p);
    else version[p->id] = now.front();
  }
  for (Party* p : parties)
    if (p->id) p->rowVersion = version[p->id];
}

}  // namespace

void insertCases(Database::Impl& db, std::span<Case> cases) {
  Texts code, kind, status, channel, received, officer, party, number, sheet, address;
  MaybeTexts due;
  for (const Case& c : cases) {
    code.push_back(c.code);
    kind.emplace_back(codeOf(c.kind));
    status.emplace_back(codeOf(c.status));
    channel.emplace_back(codeOf(c.channel));
    received.push_back(isoDateTime(c.receivedAt));
    due.push_back(c.dueAt ? Nullable<std::string>(isoDateTime(*c.dueAt)) : Nullable<std::string>());
    officer.push_back(c.officer);
    ListColumns list = listColumns(c);
    party.push_back(std::move(list.mainParty));
    number.push_back(std::move(list.parcelNumber));
    sheet.push_back(std::move(list.mapSheet));
    address.push_back(std::move(list.parcelAddress));
  }
  Ids ids = insertBatch(db, db.dialect.sql.insertCase, code, kind, status, channel, received, due, officer, party,
                        number, sheet, address);
  for (size_t i = 0; i < ids.size(); ++i) {
    cases[i].id = ids[i];
    cases[i].rowVersion = 1;
  }
}

void writeParties(Database::Impl& db, std::span<Case> cases, bool fresh, RewrittenRows& rewritten) {
  const Statements& q = db.dialect.sql;
  Ids ofCases = caseIds(cases);
  if (!fresh) runBatch(db, q.deleteCaseParties, ofCases);

  // A party with an id is updated in place (other cases may hold it too); a new one gets its id here.
  struct Columns {
    Texts name, permanent, current, phone, marital;
    MaybeTexts birth, sex;
    Ids id;
  } old, added;
  std::vector<Party*> all, addedParties;
  for (Case& c : cases)
    for (CaseParty& cp : c.parties) {
      Party& p = cp.party;
      all.push_back(&p);
      if (p.id) {
        old.id.push_back(p.id);
        rewritten.partyIds.push_back(p.id);
        rewritten.partyCaseIds.push_back(c.id);
        continue;
      }
      added.name.push_back(p.fullName);
      added.birth.push_back(orNull(p.birthDate, birthText));
      added.sex.push_back(orNull(p.sex, sexText));
      added.permanent.push_back(p.permanentAddress);
      added.current.push_back(p.currentAddress);
      added.phone.push_back(p.phone);
      added.marital.emplace_back(codeOf(p.maritalStatus));
      addedParties.push_back(&p);
    }
  writeKnownParties(db, all, rewritten);
  Ids ids = insertBatch(db, q.insertParty, added.name, added.birth, added.sex, added.permanent, added.current,
                        added.phone, added.marital);
  for (size_t i = 0; i < ids.size(); ++i) {
    addedParties[i]->id = ids[i];
    addedParties[i]->rowVersion = 1;
  }

  runBatch(db, q.deleteIdDocuments, old.id);
  Ids docParty;
  Ints docPosition;
  Texts docType, docNumber, docIssuer;
  MaybeTexts docIssued;
  for (const Party* p : lastOfEachId(all))
    for (size_t k = 0; k < p->idDocuments.size(); ++k) {
      const IdDocument& d = p->idDocuments[k];
      docParty.push_back(p->id);
      docPosition.push_back(static_cast<int>(k));
      docType.emplace_back(codeOf(d.type));
      docNumber.push_back(d.number);
      docIssued.push_back(orNull(d.issueDate, dateText));
      docIssuer.push_back(d.issuer);
    }
  runBatch(db, q.insertIdDocument, docParty, docPosition, docType, docNumber, docIssued, docIssuer);

  Ids linkCase, linkParty, spouseId, spouseOf, relCase;
  Ints linkPosition, relFrom, relTo;
  Texts linkRole, relKinship;
  for (const Case& c : cases) {
    for (size_t i = 0; i < c.parties.size(); ++i) {
      const CaseParty& cp = c.parties[i];
      linkCase.push_back(c.id);
      linkPosition.push_back(static_cast<int>(i));
      linkParty.push_back(cp.party.id);
      linkRole.emplace_back(codeOf(cp.role));
      // Spouse links are person-level facts, set once every party has an id.
      if (cp.spouse) {
        spouseId.push_back(c.parties[*cp.spouse].party.id);
        spouseOf.push_back(cp.party.id);
      }
    }
    for (const Relationship& r : c.relationships) {
      relCase.push_back(c.id);
      relFrom.push_back(static_cast<int>(r.from));
      relTo.push_back(static_cast<int>(r.to));
      relKinship.emplace_back(codeOf(r.kinship));
    }
  }
  runBatch(db, q.insertCaseParty, linkCase, linkPosition, linkParty, linkRole);
  runBatch(db, q.setSpouse, spouseId, spouseOf);
  if (!fresh) runBatch(db, q.deleteRelationships, ofCases);
  runBatch(db, q.insertRelationship, relCase, relFrom, relTo, relKinship);
}

void writeParcels(Database::Impl& db, std::span<Case> cases, bool fresh, RewrittenRows& rewritten) {
  const Statements& q = db.dialect.sql;
  Ids ofCases = caseIds(cases);
  if (!fresh) runBatch(db, q.deleteCaseParcels, ofCases);

  // A parcel with an id is updated in place, guarded by its row version (other cases may hold it too); a new one
  // gets its id here.
  struct Columns {
    Texts serial, registerNumber, issuer, number, sheet, address, area, useForm, term, origin, assets;
    MaybeTexts issued;
    Ids id;
  } old, added;
  std::vector<Parcel*> all, addedParcels;
  for (Case& c : cases)
    for (CaseParcel& cp : c.parcels) {
      Parcel& p = cp.parcel;
      all.push_back(&p);
      if (p.id) {
        old.id.push_back(p.id);
        rewritten.parcelIds.push_back(p.id);
        rewritten.parcelCaseIds.push_back(c.id);
        continue;
      }
      added.serial.push_back(p.serial);
      added.registerNumber.push_back(p.registerNumber);
      added.issuer.push_back(p.issuer);
      added.issued.push_back(orNull(p.issueDate, dateText));
      added.number.push_back(p.parcelNumber);
      added.sheet.push_back(p.mapSheet);
      added.address.push_back(p.address);
      added.area.push_back(p.area.canonical());
      added.useForm.emplace_back(codeOf(p.useForm));
      added.term.push_back(p.term);
      added.origin.push_back(p.origin);
      added.assets.push_back(p.assets);
      addedParcels.push_back(&p);
    }
  writeKnownParcels(db, all, rewritten);
  Ids ids = insertBatch(db, q.insertParcel, added.serial, added.registerNumber, added.issuer, added.issued,
                        added.number, added.sheet, added.address, added.area, added.useForm, added.term, added.origin,
                        added.assets);
  for (size_t i = 0; i < ids.size(); ++i) {
    addedParcels[i]->id = ids[i];
    addedParcels[i]->rowVersion = 1;
  }

  runBatch(db, q.deletePurposes, old.id);
  Ids purposeParcel;
  Ints purposePosition;
  Texts purposeCode, purposeName, purposeArea;
  for (const Parcel* p : lastOfEachId(all))
    for (size_t k = 0; k < p->purposes.size(); ++k) {
      purposeParcel.push_back(p->id);
      purposePosition.push_back(static_cast<int>(k));
      purposeCode.push_back(p->purposes[k].code);
      purposeName.push_back(p->purposes[k].name);
      purposeArea.push_back(p->purposes[k].area.canonical());
    }
  runBatch(db, q.insertPurpose, purposeParcel, purposePosition, purposeCode, purposeName, purposeArea);

  Ids linkCase, linkParcel;
  Ints linkPosition;
  std::vector<Nullable<Poco::Int64>> linkPrice;
  MaybeTexts linkTransferred;
  for (const Case& c : cases)
    for (size_t i = 0; i < c.parcels.size(); ++i) {
      const CaseParcel& cp = c.parcels[i];
      linkCase.push_back(c.id);
      linkPosition.push_back(static_cast<int>(i));
      linkParcel.push_back(cp.parcel.id);
      linkPrice.push_back(cp.price ? Nullable<Poco::Int64>(*cp.price) : Nullable<Poco::Int64>());
      linkTransferred.push_back(orNull(cp.transferredArea, decimalText));
    }
  runBatch(db, q.insertCaseParcel, linkCase, linkPosition, linkParcel, linkPrice, linkTransferred);
  // Terms, estate and owners point at parties and parcels by position: written after both. A new case without any
  // has no such rows to replace.
  for (const Case& c : cases)
    if (!fresh || hasTermRows(c)) writeCaseTerms(db, c);
}

void writeDocuments(Database::Impl& db, std::span<Case> cases, bool fresh) {
  const Statements& q = db.dialect.sql;
  struct Columns {
    Texts kind, sha256, fileName, mediaType, channel, at;
    Ids caseId, id;
  } old, added;
  std::vector<SourceDocument*> all, addedDocuments;
  for (Case& c : cases)
    for (SourceDocument& d : c.documents) {
      Columns& to = d.id ? old : added;
      to.caseId.push_back(c.id);
      to.kind.emplace_back(codeOf(d.kind));
      to.sha256.push_back(d.sha256);
      to.fileName.push_back(d.fileName);
      to.mediaType.push_back(d.mediaType);
      to.channel.emplace_back(codeOf(d.channel));
      to.at.push_back(isoDateTime(d.receivedAt));
      if (d.id) old.id.push_back(d.id);
      else addedDocuments.push_back(&d);
      all.push_back(&d);
    }
  runBatch(db, q.updateDocument, old.kind, old.sha256, old.fileName, old.mediaType, old.channel, old.at, old.id,
           old.caseId);
  Ids ids = insertBatch(db, q.insertDocument, added.caseId, added.kind, added.sha256, added.fileName, added.mediaType,
                        added.channel, added.at);
  for (size_t i = 0; i < ids.size(); ++i) addedDocuments[i]->id = ids[i];

  runBatch(db, q.deleteFields, old.id);
  Ids fieldDocument;
  Ints fieldPosition;
  Texts fieldName, fieldValue, fieldProvenance;
  std::vector<Nullable<double>> fieldConfidence;
  for (const SourceDocument* d : lastOfEachId(all))
    for (size_t k = 0; k < d->fields.size(); ++k) {
      const ExtractedField& f = d->fields[k];
      fieldDocument.push_back(d->id);
      fieldPosition.push_back(static_cast<int>(k));
      fieldName.push_back(f.name);
      fieldValue.push_back(f.value);
      fieldProvenance.emplace_back(codeOf(f.provenance));
      fieldConfidence.push_back(f.confidence ? Nullable<double>(*f.confidence) : Nullable<double>());
    }
  runBatch(db, q.insertField, fieldDocument, fieldPosition, fieldName, fieldValue, fieldProvenance, fieldConfidence);

  if (fresh) return;
  for (const Case& c : cases) {  // documents the officer removed; only edits get here, one case at a time
    std::string kept = "(";
    for (const SourceDocument& d : c.documents) kept += (kept.size() > 1 ? "," : "") + std::to_string(d.id);
    kept = kept == "(" ? "(-1)" : kept + ")";
    int64_t id = c.id;
    db.session << sql(q.deleteDocumentsNotIn) + kept, use(id), now;  // ids are integers we produced: no injection
  }
}

void writeSearchRows(Database::Impl& db, std::span<const Case> cases) {
  const Statements& q = db.dialect.sql;
  Ids ids = caseIds(cases);
  Texts bodies;
  for (const Case& c : cases) bodies.push_back(searchBody(c));
  // Even for a new case: the index has no foreign key, so a row of a case deleted earlier may hold its id.
  runBatch(db, q.deleteSearchRow, ids);
  runBatch(db, q.insertSearchRow, ids, bodies);
}

void writeEvents(Database::Impl& db, const std::vector<std::pair<int64_t, CaseEvent>>& events) {
  Ids caseId;
  Texts at, actor, action, field, oldValue, newValue;
  for (const auto& [id, e] : events) {
    caseId.push_back(id);
    at.push_back(isoDateTime(e.at));
    actor.push_back(e.actor);
    action.push_back(e.action);
    field.push_back(e.field);
    oldValue.push_back(e.oldValue);
    newValue.push_back(e.newValue);
  }
  runBatch(db, db.dialect.sql.insertEvent, caseId, at, actor, action, field, oldValue, newValue);
}

ListColumns listColumns(const Case& c) {
  ListColumns l;
  if (!c.parties.empty()) l.mainParty = c.parties.front().party.fullName;
  if (!c.parcels.empty()) {
    const Parcel& p = c.parcels.front().parcel;
    l = {l.mainParty, p.parcelNumber, p.mapSheet, p.address};
  }
  return l;
}

void refreshCasesSharing(Database::Impl& db, RewrittenRows& rewritten) {
  const Statements& q = db.dialect.sql;
  Ids others, viaParcels;
  if (!rewritten.partyIds.empty()) {
    Poco::Data::Statement st(db.session);
    st << sql(q.casesOfParty), use(rewritten.partyIds), use(rewritten.partyCaseIds), into(others);
    st.execute();
  }
  if (!rewritten.parcelIds.empty()) {
    Poco::Data::Statement st(db.session);
    st << sql(q.casesOfParcel), use(rewritten.parcelIds), use(rewritten.parcelCaseIds), into(viaParcels);
    st.execute();
  }
  others.insert(others.end(), viaParcels.begin(), viaParcels.end());
  std::sort(others.begin(), others.end());
  others.erase(std::unique(others.begin(), others.end()), others.end());
  std::vector<Case> stale;
  Texts party, number, sheet, address;
  Ids ids;
  for (Poco::Int64 id : others) {
    Case c;
    if (!readCase(db, id, c, Parts::Searched)) continue;  // parties and parcels: all the list and search show
    ListColumns l = listColumns(c);
    party.push_back(l.mainParty);
    number.push_back(l.parcelNumber);
    sheet.push_back(l.mapSheet);
    address.push_back(l.parcelAddress);
    ids.push_back(id);
    stale.push_back(std::move(c));
  }
  runBatch(db, q.updateCaseListColumns, party, number, sheet, address, ids);
  writeSearchRows(db, stale);
}

}  // namespace landdesk::storage::rows
