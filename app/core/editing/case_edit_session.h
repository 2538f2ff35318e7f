// The case editor's working copy of one case: every edit is a whole-case snapshot (undo/redo), a dirty flag
// against what was last loaded or saved, and saving through CaseRepository with the row version it loaded, so a
// desk that saved first is reported field by field and the officer's edits stay.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::editing {

class CaseEditSession {
 public:
  // The stored case `caseId`, as it is now.
  static Result<CaseEditSession> open(storage::Database& db, int64_t caseId);
  // A new case of `kind` (Ctrl+N): not stored until the first save, which gives it its code.
  static CaseEditSession create(storage::Database& db, model::CaseKind kind, std::string officer);

  const model::Case& current() const { return current_; }
  bool stored() const { return current_.id != 0; }
  // The working copy differs from what was last loaded or saved (undoing back to it makes it clean again).
  bool dirty() const;

  // One edit: `edit` changes a copy of the case; when it and validateCase accept the result, the copy becomes the
  // case and the previous state goes on the undo stack (the redo stack is cleared). Refused: nothing changes.
  Status apply(const std::function<Status(model::Case&)>& edit);
  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }
  bool undo();
  bool redo();

  // Writes the working copy (CaseRepository::update with the loaded row version, or add for a new case). On
  // "db.conflict" the repository's field-by-field message is returned and the edits stay, still dirty.
  Status save(const std::string& actor);
  // The stored case again (after a conflict, once the officer chose to drop the edits): undo history is cleared.
  Status reload();

  // The helpers of the editor's tabs, each one undoable edit.
  Status addParty(model::Party party, model::PartyRole role);
  Status linkSpouses(size_t a, size_t b);
  Status setRelationship(size_t from, size_t to, model::Kinship kinship);
  // The parcel's owners as its GCN names them (parcel_owners.h).
  Status setParcelOwner(size_t parcel, size_t party, std::string share);
  Status removeParcelOwner(size_t parcel, size_t owner);
  // Inheritance by law or by will, with the will's date (DD/MM/YYYY, not after today) and description
  // (will_details.h).
  Status setWillDetails(model::InheritanceBasis basis, std::string_view willDate, std::string description);
  // The person of an ID card already captured for the case (the stored case is read again when the card arrived
  // after the editor opened); returns the new party's index.
  Result<size_t> addPartyFromScannedId(int64_t documentId, model::PartyRole role);
  Result<size_t> addParcelFromScannedGcn(int64_t documentId);
  // What one key does (Ctrl+Shift+A / Ctrl+Shift+G): the newest scanned ID card (GCN) of the case whose person
  // (parcel) is not in it yet; refused with "editing.no_scanned_id" / "editing.no_scanned_gcn" when there is none.
  Result<size_t> addNextScannedParty(model::PartyRole role);
  Result<size_t> addNextScannedParcel();

 private:
  CaseEditSession(storage::Database& db, model::Case c) : db_(&db), current_(c), saved_(std::move(c)) {}
  // Papers captured into the stored case since it was loaded join the working copy (they are not the officer's
  // edits, so they neither dirty nor undo). Returns whether any did.
  bool adoptNewDocuments();

  storage::Database* db_;
  model::Case current_;
  model::Case saved_;
  std::vector<model::Case> undo_, redo_;
};

}  // namespace landdesk::editing
