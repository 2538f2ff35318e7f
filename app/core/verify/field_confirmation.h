// The officer confirms or corrects a value read from a paper: it goes into the case (party or parcel) and into
// the case's events as officer-confirmed, with where it came from (qr, ocr, or typed by the officer), atomically.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/case.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::verify {

inline constexpr std::string_view kFieldConfirmedAction = "field_confirmed";

struct ConfirmRequest {
  std::string caseCode;
  std::optional<int64_t> documentId;  // default: the newest ID card or GCN of the case that read `field`
  std::string field;                  // the paper's key: "full_name", "parcel_no", "purposes.0.area_m2" …
  std::string value;                  // as the officer confirmed or typed it
  std::string actor = "officer";
};

struct ConfirmOutcome {
  model::Case caseFile;  // as stored afterwards
  int64_t documentId = 0;
  std::string source;    // "qr" | "ocr" when the value read was confirmed unchanged, "officer" when corrected
  std::string readValue; // what the paper gave
  std::string target;    // the case path written ("parties[0].fullName", "parcels[0].area"); empty: paper only
};

// In one transaction: the document's field becomes the value with provenance "confirmed", the party (ID card) or
// parcel (GCN) the document stands for receives it (created when the case has none yet, carrying the paper's
// identifying values as read — card number and name, serial, parcel number and sheet — so its other values find it
// again), and an event
// `field_confirmed` is stored with field "<key>@<source>", old = value read, new = value confirmed, the actor.
// Refused with a clear message: unknown case, no such document or field, a value that does not fit the field
// (a date that is not one, an area that is not a number), another desk's concurrent change ("db.conflict").
Result<ConfirmOutcome> confirmField(storage::Database& db, const ConfirmRequest& request);

// The fields of a paper in the order the officer checks them: unconfirmed before confirmed, weakest confidence
// first (a value with no confidence counts as 0), then by key so the order is stable.
std::vector<model::ExtractedField> weakestFirst(const model::SourceDocument& doc);

// The papers of a case the verify view can check (ID cards and GCNs with values read), newest last.
std::vector<const model::SourceDocument*> verifiableDocuments(const model::Case& c);

// "full_name@qr" -> {"full_name", "qr"}: the parts of a field_confirmed event's field.
std::pair<std::string, std::string> splitConfirmedField(std::string_view eventField);

}  // namespace landdesk::verify
