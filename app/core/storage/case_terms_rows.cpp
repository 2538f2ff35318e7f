#include "storage/case_terms_rows.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <stdexcept>

#include "storage/dialect.h"
#include "util/datetime.h"

namespace landdesk::storage::rows {

using namespace Poco::Data::Keywords;
using namespace landdesk::model;
using Poco::Nullable;
using Poco::Data::RecordSet;
using Date = std::optional<std::chrono::year_month_day>;

namespace {

std::string sql(std::string_view s) { return std::string(s); }
Nullable<std::string> dateOrNull(const Date& d) { return d ? Nullable<std::string>(isoDate(*d)) : Nullable<std::string>(); }

RecordSet select(Database::Impl& db, std::string_view text, int64_t id) {
  Poco::Data::Statement st(db.session);
  st << sql(text), use(id);
  st.execute();
  return RecordSet(st);
}
std::string str(const RecordSet& rs, size_t col, size_t row) {
  return rs.value(col, row).isEmpty() ? std::string() : rs.value(col, row).convert<std::string>();
}
int64_t num(const RecordSet& rs, size_t col, size_t row) {
  return rs.value(col, row).isEmpty() ? 0 : rs.value(col, row).convert<Poco::Int64>();
}
Date date(const RecordSet& rs, size_t col, size_t row) { return parseCanonicalDate(str(rs, col, row)); }

void checkParty(const Case& c, size_t index) {
  if (index >= c.parties.size()) throw std::out_of_range("heir, spouse or owner index outside the case's parties");
}

void writeTerms(Database::Impl& db, const CaseTermsStatements& q, int64_t caseId, const ContractTerms& t) {
  Nullable<std::string> handover = dateOrNull(t.handoverDate);
  std::string pit(codeOf(t.incomeTaxPayer)), fee(codeOf(t.registrationFeePayer));
  int originals = t.originals, copies = t.copiesPerSide;
  std::string method = t.paymentMethod, condition = t.giftCondition, drawing = t.subdivisionDrawing,
              other = t.otherTerms;
  db.session << sql(q.insertTerms), use(caseId), use(method), use(handover), use(pit), use(fee), use(originals),
      use(copies), use(condition), use(drawing), use(other), now;
  for (size_t i = 0; i < t.payments.size(); ++i) {
    int position = static_cast<int>(i);
    Nullable<std::string> on = dateOrNull(t.payments[i].date);
    Poco::Int64 amount = t.payments[i].amount;
    std::string note = t.payments[i].note;
    db.session << sql(q.insertPayment), use(caseId), use(position), use(on), use(amount), use(note), now;
  }
}

void writeEstate(Database::Impl& db, const CaseTermsStatements& q, const Case& c, const Estate& e) {
  int64_t caseId = c.id;
  Nullable<std::string> died = dateOrNull(e.deathDate), certified = dateOrNull(e.deathCertificateDate),
                        will = dateOrNull(e.willDate);
  std::string place = e.deathPlace, number = e.deathCertificateNumber, issuer = e.deathCertificateIssuer,
              basis(codeOf(e.basis)), willText = e.willDescription;
  Nullable<int> spouse;
  if (e.survivingSpouse) {
    checkParty(c, *e.survivingSpouse);
    spouse = static_cast<int>(*e.survivingSpouse);
  }
  int separated = e.spouseHalfSeparated ? 1 : 0;
  db.session << sql(q.insertEstate), use(caseId), use(died), use(place), use(number), use(certified), use(issuer),
      use(basis), use(will), use(willText), use(spouse), use(separated), now;
  for (size_t i = 0; i < e.heirs.size(); ++i) {
    const HeirShare& h = e.heirs[i];
    checkParty(c, h.party);
    int position = static_cast<int>(i), party = static_cast<int>(h.party), rank = h.rank, takes = h.takesLand ? 1 : 0;
    std::string share = h.share;
    db.session << sql(q.insertHeir), use(caseId), use(position), use(party), use(rank), use(share), use(takes), now;
  }
}

}  // namespace

void writeCaseTerms(Database::Impl& db, const Case& c) {
  const CaseTermsStatements& q = db.dialect.caseTerms;
  int64_t caseId = c.id;
  for (std::string_view del : {q.deleteTerms, q.deletePayments, q.deleteEstate, q.deleteHeirs, q.deleteOwners})
    db.session << sql(del), use(caseId), now;
  if (c.terms) writeTerms(db, q, caseId, *c.terms);
  if (c.estate) writeEstate(db, q, c, *c.estate);
  for (size_t p = 0; p < c.parcels.size(); ++p)
    for (size_t i = 0; i < c.parcels[p].owners.size(); ++i) {
      const ParcelOwner& o = c.parcels[p].owners[i];
      checkParty(c, o.party);
      int parcel = static_cast<int>(p), position = static_cast<int>(i), party = static_cast<int>(o.party);
      std::string share = o.share;
      db.session << sql(q.insertOwner), use(caseId), use(parcel), use(position), use(party), use(share), now;
    }
}

void readCaseTerms(Database::Impl& db, Case& c) {
  const CaseTermsStatements& q = db.dialect.caseTerms;
  RecordSet terms = select(db, q.termsOfCase, c.id);
  if (terms.rowCount() > 0) {
    ContractTerms t;
    t.paymentMethod = str(terms, 0, 0);
    t.handoverDate = date(terms, 1, 0);
    t.incomeTaxPayer = fromCode<ContractSide>(str(terms, 2, 0)).value_or(ContractSide::A);
    t.registrationFeePayer = fromCode<ContractSide>(str(terms, 3, 0)).value_or(ContractSide::B);
    t.originals = static_cast<int>(num(terms, 4, 0));
    t.copiesPerSide = static_cast<int>(num(terms, 5, 0));
    t.giftCondition = str(terms, 6, 0);
    t.subdivisionDrawing = str(terms, 7, 0);
    t.otherTerms = str(terms, 8, 0);
    RecordSet payments = select(db, q.paymentsOfCase, c.id);
    for (size_t r = 0; r < payments.rowCount(); ++r)
      t.payments.push_back({date(payments, 0, r), num(payments, 1, r), str(payments, 2, r)});
    c.terms = std::move(t);
  }
  RecordSet estate = select(db, q.estateOfCase, c.id);
  if (estate.rowCount() > 0) {
    Estate e;
    e.deathDate = date(estate, 0, 0);
    e.deathPlace = str(estate, 1, 0);
    e.deathCertificateNumber = str(estate, 2, 0);
    e.deathCertificateDate = date(estate, 3, 0);
    e.deathCertificateIssuer = str(estate, 4, 0);
    e.basis = fromCode<InheritanceBasis>(str(estate, 5, 0)).value_or(InheritanceBasis::Law);
    e.willDate = date(estate, 6, 0);
    e.willDescription = str(estate, 7, 0);
    if (!estate.value(8, 0).isEmpty()) e.survivingSpouse = static_cast<size_t>(num(estate, 8, 0));
    e.spouseHalfSeparated = num(estate, 9, 0) != 0;
    RecordSet heirs = select(db, q.heirsOfCase, c.id);
    for (size_t r = 0; r < heirs.rowCount(); ++r)
      e.heirs.push_back({static_cast<size_t>(num(heirs, 0, r)), static_cast<int>(num(heirs, 1, r)), str(heirs, 2, r),
                         num(heirs, 3, r) != 0});
    c.estate = std::move(e);
  }
  RecordSet owners = select(db, q.ownersOfCase, c.id);
  for (size_t r = 0; r < owners.rowCount(); ++r) {
    const auto parcel = static_cast<size_t>(num(owners, 0, r));
    if (parcel < c.parcels.size())
      c.parcels[parcel].owners.push_back({static_cast<size_t>(num(owners, 1, r)), str(owners, 2, r)});
  }
}

}  // namespace landdesk::storage::rows
