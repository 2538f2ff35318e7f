#include "editing/scanned_papers.h"

#include <string>

#include "storage/case_repository.h"
#include "verify/field_targets.h"

namespace landdesk::editing {

using namespace landdesk::model;

namespace {

Result<const SourceDocument*> scannedDocument(const Case& c, int64_t documentId, DocumentKind kind) {
  const std::string id = "#" + std::to_string(documentId);
  for (const SourceDocument& d : c.documents) {
    if (d.id != documentId) continue;
    if (d.kind != kind)
      return kind == DocumentKind::IdCard
                 ? makeError("editing.not_id_card", "Giấy tờ này không phải thẻ CCCD/Căn cước", "This paper is not an ID card", id)
                 : makeError("editing.not_gcn", "Giấy tờ này không phải GCN (sổ đỏ)", "This paper is not a land certificate", id);
    if (d.fields.empty())
      return makeError("editing.nothing_read", "Chưa đọc được thông tin nào từ giấy tờ này (hãy đối chiếu bằng Ctrl+E)",
                       "Nothing was read from this paper yet (verify it with Ctrl+E)", d.fileName);
    return &d;
  }
  return makeError("editing.no_document", "Hồ sơ không có giấy tờ này", "The case has no such paper", id);
}

}  // namespace

Result<Party> partyFromScannedId(const Case& c, int64_t documentId) {
  auto doc = scannedDocument(c, documentId, DocumentKind::IdCard);
  if (!doc) return doc.error();
  if (auto at = verify::partyOfDocument(c, **doc))
    return makeError("editing.party_exists", "Người trên thẻ này đã có trong hồ sơ",
                     "The person on this card is already in the case", c.parties[*at].party.fullName);
  Party party;
  for (const ExtractedField& f : (*doc)->fields)
    if (auto applied = verify::applyIdCardField(party, f.name, f.value); !applied) return applied.error();
  if (party.fullName.empty())
    return makeError("editing.no_name_read", "Thẻ chưa cho họ tên; hãy đối chiếu giấy tờ trước",
                     "The card gave no name; verify the paper first", (*doc)->fileName);
  return party;
}

Result<Party> partyFromScannedId(storage::Database& db, int64_t caseId, int64_t documentId) {
  auto stored = db.cases().byId(caseId);
  if (!stored) return stored.error();
  return partyFromScannedId(*stored, documentId);
}

Result<CaseParcel> parcelFromScannedGcn(const Case& c, int64_t documentId) {
  auto doc = scannedDocument(c, documentId, DocumentKind::LandCertificate);
  if (!doc) return doc.error();
  if (auto at = verify::parcelOfDocument(c, **doc))
    return makeError("editing.parcel_exists", "Thửa đất trên GCN này đã có trong hồ sơ",
                     "The parcel of this certificate is already in the case", c.parcels[*at].parcel.parcelNumber);
  CaseParcel parcel;
  for (const ExtractedField& f : (*doc)->fields) {
    // Owners belong to parties (the officer adds them from their ID cards); the rest describes the parcel.
    if (f.name.starts_with("owners.")) continue;
    if (auto applied = verify::applyLandCertificateField(parcel.parcel, f.name, f.value); !applied)
      return applied.error();
  }
  if (parcel.parcel.parcelNumber.empty() && parcel.parcel.serial.empty())
    return makeError("editing.no_parcel_read", "GCN chưa cho số thửa hay số phát hành; hãy đối chiếu giấy tờ trước",
                     "The certificate gave neither parcel number nor serial; verify the paper first", (*doc)->fileName);
  return parcel;
}

std::optional<int64_t> nextScannedId(const Case& c) {
  for (auto d = c.documents.rbegin(); d != c.documents.rend(); ++d)
    if (d->kind == DocumentKind::IdCard && !d->fields.empty() && !verify::partyOfDocument(c, *d)) return d->id;
  return std::nullopt;
}

std::optional<int64_t> nextScannedGcn(const Case& c) {
  for (auto d = c.documents.rbegin(); d != c.documents.rend(); ++d)
    if (d->kind == DocumentKind::LandCertificate && !d->fields.empty() && !verify::parcelOfDocument(c, *d)) return d->id;
  return std::nullopt;
}

}  // namespace landdesk::editing
