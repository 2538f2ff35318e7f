#include "editing/case_edit_session.h"

#include <utility>

#include "editing/case_edits.h"
#include "editing/parcel_owners.h"
#include "editing/will_details.h"
#include "editing/scanned_papers.h"
#include "storage/case_repository.h"

namespace landdesk::editing {

using namespace landdesk::model;

namespace {

// Each party of `c` that `from` also holds (same person id) takes the row version `from` has.
void takePartyVersions(Case& c, const Case& from) {
  for (CaseParty& p : c.parties)
    for (const CaseParty& q : from.parties)
      if (p.party.id != 0 && p.party.id == q.party.id) p.party.rowVersion = q.party.rowVersion;
}

// The same for parcels (a parcel may be held by several cases too).
void takeParcelVersions(Case& c, const Case& from) {
  for (CaseParcel& p : c.parcels)
    for (const CaseParcel& q : from.parcels)
      if (p.parcel.id != 0 && p.parcel.id == q.parcel.id) p.parcel.rowVersion = q.parcel.rowVersion;
}

// Undo walks the officer's edits, not the store's bookkeeping: a snapshot taken before a save keeps the identity
// and row version the case has now, or the next save would conflict with this very session.
Case restored(Case snapshot, const Case& now) {
  snapshot.id = now.id;
  snapshot.code = now.code;
  snapshot.rowVersion = now.rowVersion;
  snapshot.status = now.status;
  snapshot.documents = now.documents;
  takePartyVersions(snapshot, now);
  takeParcelVersions(snapshot, now);
  return snapshot;
}

bool isInheritance(CaseKind kind) {
  return kind == CaseKind::InheritanceDivision || kind == CaseKind::InheritanceDeclaration ||
         kind == CaseKind::InheritanceRefusal;
}

}  // namespace

Result<CaseEditSession> CaseEditSession::open(storage::Database& db, int64_t caseId) {
  auto c = db.cases().byId(caseId);
  if (!c) return c.error();
  return CaseEditSession(db, std::move(*c));
}

CaseEditSession CaseEditSession::create(storage::Database& db, CaseKind kind, std::string officer) {
  Case c;
  c.kind = kind;
  c.receivedAt = localNow();
  c.officer = std::move(officer);
  if (isInheritance(kind)) c.estate = Estate{};
  return CaseEditSession(db, std::move(c));
}

bool CaseEditSession::dirty() const { return !stored() || restored(saved_, current_) != current_; }

Status CaseEditSession::apply(const std::function<Status(Case&)>& edit) {
  Case next = current_;
  if (auto done = edit(next); !done) return done;
  if (auto valid = validateCase(next); !valid) return valid;
  if (next == current_) return {};  // an edit that changes nothing is not worth an undo step
  undo_.push_back(std::move(current_));
  redo_.clear();
  current_ = std::move(next);
  return {};
}

// Moves the newest state of `from` into the working copy, the working copy onto `to`: undo and redo mirrored.
static bool step(std::vector<Case>& from, std::vector<Case>& to, Case& current) {
  if (from.empty()) return false;
  Case next = restored(std::move(from.back()), current);
  from.pop_back();
  to.push_back(std::move(current));
  current = std::move(next);
  return true;
}

bool CaseEditSession::undo() { return step(undo_, redo_, current_); }

bool CaseEditSession::redo() { return step(redo_, undo_, current_); }

Status CaseEditSession::save(const std::string& actor) {
  if (!dirty()) return {};
  Case draft = current_;
  Status done = stored() ? db_->cases().update(draft, actor) : db_->cases().add(draft, actor);
  if (!done) return done;  // a conflict included: current_ keeps the officer's edits
  // The stored form (ids, NFC text, times as the database keeps them) is what the next save compares against.
  if (auto fresh = db_->cases().byId(draft.id)) draft = std::move(*fresh);
  current_ = draft;
  saved_ = std::move(draft);
  return {};
}

Status CaseEditSession::reload() {
  if (!stored()) return {};
  auto c = db_->cases().byId(current_.id);
  if (!c) return c.error();
  current_ = *c;
  saved_ = std::move(*c);
  undo_.clear();
  redo_.clear();
  return {};
}

Status CaseEditSession::addParty(Party party, PartyRole role) {
  return apply([&](Case& c) {
    c.parties.push_back({std::move(party), role, std::nullopt});
    return Status();
  });
}

Status CaseEditSession::linkSpouses(size_t a, size_t b) {
  return apply([&](Case& c) { return editing::linkSpouses(c, a, b); });
}

Status CaseEditSession::setRelationship(size_t from, size_t to, Kinship kinship) {
  return apply([&](Case& c) { return editing::setRelationship(c, from, to, kinship); });
}

Status CaseEditSession::setParcelOwner(size_t parcel, size_t party, std::string share) {
  return apply([&](Case& c) { return editing::setParcelOwner(c, parcel, party, std::move(share)); });
}

Status CaseEditSession::removeParcelOwner(size_t parcel, size_t owner) {
  return apply([&](Case& c) { return editing::removeParcelOwner(c, parcel, owner); });
}

Status CaseEditSession::setWillDetails(InheritanceBasis basis, std::string_view willDate, std::string description) {
  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow()));
  return apply([&](Case& c) { return editing::setWillDetails(c, basis, willDate, std::move(description), today); });
}

bool CaseEditSession::adoptNewDocuments() {
  if (!stored()) return false;
  auto stored = db_->cases().byId(current_.id);
  if (!stored || stored->documents == current_.documents) return false;
  // When only papers were added since the load (intake assigned a scan), the new row versions (the case's and
  // those of its people, which every stored update bumps) are no conflict: the officer's copy takes them over.
  Case papersOnly = saved_;
  papersOnly.documents = stored->documents;
  papersOnly.rowVersion = stored->rowVersion;
  takePartyVersions(papersOnly, *stored);
  takeParcelVersions(papersOnly, *stored);
  const bool onlyPapers = papersOnly == *stored;
  current_.documents = stored->documents;
  saved_.documents = stored->documents;
  if (onlyPapers) {
    current_.rowVersion = saved_.rowVersion = stored->rowVersion;
    takePartyVersions(saved_, *stored);
    takePartyVersions(current_, *stored);
    takeParcelVersions(saved_, *stored);
    takeParcelVersions(current_, *stored);
  }
  return true;
}

Result<size_t> CaseEditSession::addPartyFromScannedId(int64_t documentId, PartyRole role) {
  auto party = partyFromScannedId(current_, documentId);
  if (!party && party.error().code == "editing.no_document" && adoptNewDocuments())
    party = partyFromScannedId(current_, documentId);
  if (!party) return party.error();
  if (auto done = addParty(std::move(*party), role); !done) return done.error();
  return current_.parties.size() - 1;
}

Result<size_t> CaseEditSession::addParcelFromScannedGcn(int64_t documentId) {
  auto parcel = parcelFromScannedGcn(current_, documentId);
  if (!parcel && parcel.error().code == "editing.no_document" && adoptNewDocuments())
    parcel = parcelFromScannedGcn(current_, documentId);
  if (!parcel) return parcel.error();
  Status done = apply([&](Case& c) {
    c.parcels.push_back(std::move(*parcel));
    return Status();
  });
  if (!done) return done.error();
  return current_.parcels.size() - 1;
}

Result<size_t> CaseEditSession::addNextScannedParty(PartyRole role) {
  adoptNewDocuments();
  auto next = nextScannedId(current_);
  if (!next)
    return makeError("editing.no_scanned_id",
                     "Hồ sơ chưa có thẻ CCCD/Căn cước nào đã quét mà người trên thẻ chưa có trong hồ sơ",
                     "The case has no scanned ID card whose person is not in it yet");
  return addPartyFromScannedId(*next, role);
}

Result<size_t> CaseEditSession::addNextScannedParcel() {
  adoptNewDocuments();
  auto next = nextScannedGcn(current_);
  if (!next)
    return makeError("editing.no_scanned_gcn", "Hồ sơ chưa có GCN nào đã quét mà thửa đất chưa có trong hồ sơ",
                     "The case has no scanned land certificate whose parcel is not in it yet");
  return addParcelFromScannedGcn(*next);
}

}  // namespace landdesk::editing
