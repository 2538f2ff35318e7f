// A party from an ID card, a parcel from a GCN, already captured into the case (intake QR/OCR): the values read
// are taken over as the paper gave them, so the officer never types a name twice.
#pragma once

#include <cstdint>

#include "model/case.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::editing {

// The party an ID-card document of `c` describes (name, birth date, sex, card, address …, as read: the document's
// fields keep their provenance, QR for a CCCD). Refused: no such document, not an ID card, nothing read from it,
// a value that does not fit (a broken date), a person already in the case.
Result<model::Party> partyFromScannedId(const model::Case& c, int64_t documentId);
// The same, reading the stored case `caseId` (a paper captured after the editor opened).
Result<model::Party> partyFromScannedId(storage::Database& db, int64_t caseId, int64_t documentId);

// The parcel a GCN document of `c` describes; refused likewise, and for a parcel already in the case.
Result<model::CaseParcel> parcelFromScannedGcn(const model::Case& c, int64_t documentId);

// The newest ID card (or GCN) of the case whose person (parcel) is not yet in it: what one key adds.
std::optional<int64_t> nextScannedId(const model::Case& c);
std::optional<int64_t> nextScannedGcn(const model::Case& c);

}  // namespace landdesk::editing
