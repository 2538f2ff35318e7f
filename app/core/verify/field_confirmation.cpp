#include "verify/field_confirmation.h"

#include <algorithm>

#include "storage/case_repository.h"
#include "storage/workflow_repository.h"
#include "text/unicode.h"
#include "verify/field_targets.h"

namespace landdesk::verify {

namespace {

bool verifiable(const model::SourceDocument& d) {
  return (d.kind == model::DocumentKind::IdCard || d.kind == model::DocumentKind::LandCertificate) && !d.fields.empty();
}

// The role a person read from a paper takes until the officer says otherwise: the side that gives the right.
model::PartyRole defaultRole(model::CaseKind kind) {
  switch (kind) {
    case model::CaseKind::TransferWhole:
    case model::CaseKind::TransferPart: return model::PartyRole::Transferor;
    case model::CaseKind::Gift: return model::PartyRole::Donor;
    case model::CaseKind::InheritanceDivision:
    case model::CaseKind::InheritanceDeclaration:
    case model::CaseKind::InheritanceRefusal: break;
  }
  return model::PartyRole::Heir;
}

model::SourceDocument* findDocument(model::Case& c, const ConfirmRequest& request) {
  if (request.documentId) {
    for (model::SourceDocument& d : c.documents)
      if (d.id == *request.documentId) return &d;
    return nullptr;
  }
  for (auto it = c.documents.rbegin(); it != c.documents.rend(); ++it)
    if (verifiable(*it) && std::any_of(it->fields.begin(), it->fields.end(),
                                       [&](const model::ExtractedField& f) { return f.name == request.field; }))
      return &*it;
  return nullptr;
}

std::string sourceOf(const model::ExtractedField& read, std::string_view confirmed) {
  if (text::toNfc(read.value) != text::toNfc(confirmed)) return "officer";
  switch (read.provenance) {
    case model::Provenance::Qr: return "qr";
    case model::Provenance::Ocr: return "ocr";
    case model::Provenance::Typed:
    case model::Provenance::Confirmed: break;
  }
  return "officer";
}

// Calls `put(key, value)` for each of `keys` the paper read.
template <class Put>
void seed(const model::SourceDocument& doc, std::initializer_list<std::string_view> keys, Put put) {
  for (const model::ExtractedField& f : doc.fields)
    for (std::string_view k : keys)
      if (f.name == k && !f.value.empty()) put(f.name, f.value);
}

// Writes the value into the party or parcel the paper stands for; returns the case path, empty for paper-only keys.
Result<std::string> applyToCase(model::Case& c, const model::SourceDocument& doc, const ConfirmRequest& request) {
  if (doc.kind == model::DocumentKind::IdCard) {
    auto index = partyOfDocument(c, doc);
    model::CaseParty candidate;
    candidate.role = defaultRole(c.kind);
    // A new party carries the card's number and name as read, so the card's other values find the same party.
    if (!index) seed(doc, {"id_number", "full_name"}, [&](auto& key, auto& value) { (void)applyIdCardField(candidate.party, key, value); });
    model::Party& party = index ? c.parties[*index].party : candidate.party;
    auto path = applyIdCardField(party, request.field, request.value);
    if (!path) return path.error();
    if (path->empty()) return std::string();
    if (!index) {
      c.parties.push_back(std::move(candidate));
      index = c.parties.size() - 1;
    }
    return "parties[" + std::to_string(*index) + "]." + *path;
  }
  auto index = parcelOfDocument(c, doc);
  model::CaseParcel candidate;
  if (!index)
    seed(doc, {"serial", "parcel_no", "map_sheet"}, [&](auto& key, auto& value) {
      (void)applyLandCertificateField(candidate.parcel, key, value);
    });
  model::Parcel& parcel = index ? c.parcels[*index].parcel : candidate.parcel;
  auto path = applyLandCertificateField(parcel, request.field, request.value);
  if (!path) return path.error();
  if (path->empty()) return std::string();
  if (!index) {
    c.parcels.push_back(std::move(candidate));
    index = c.parcels.size() - 1;
  }
  return "parcels[" + std::to_string(*index) + "]." + *path;
}

}  // namespace

Result<ConfirmOutcome> confirmField(storage::Database& db, const ConfirmRequest& request) {
  if (request.field.empty())
    return makeError("verify.no_field", "Chưa nêu trường cần xác nhận", "No field was named");
  if (!text::isValidUtf8(request.value))
    return makeError("verify.bad_text", "Giá trị không phải văn bản UTF-8 hợp lệ", "The value is not valid UTF-8 text",
                     request.field);
  ConfirmOutcome outcome;
  Status done = db.transaction([&]() -> Status {
    auto c = db.cases().byCode(request.caseCode);
    if (!c) return c.error();
    model::SourceDocument* doc = findDocument(*c, request);
    if (!doc)
      return makeError("verify.no_document", "Hồ sơ không có giấy tờ đã đọc chứa trường này",
                       "The case has no read paper holding this field", request.caseCode + " " + request.field);
    auto read = std::find_if(doc->fields.begin(), doc->fields.end(),
                             [&](const model::ExtractedField& f) { return f.name == request.field; });
    if (read == doc->fields.end())
      return makeError("verify.no_field", "Giấy tờ không có trường này", "The paper has no such field", request.field);
    const int64_t documentId = doc->id;
    outcome.readValue = read->value;
    outcome.source = sourceOf(*read, request.value);
    auto target = applyToCase(*c, *doc, request);  // before the paper changes: it finds the party by what was read
    if (!target) return target.error();
    read->value = text::toNfc(request.value);
    read->provenance = model::Provenance::Confirmed;
    read->confidence = 1.0;
    if (auto ok = db.cases().update(*c, request.actor); !ok) return ok;
    storage::WorkflowRepository(db.impl())
        .insertEvent(c->id, localNow(), request.actor, std::string(kFieldConfirmedAction),
                     request.field + "@" + outcome.source, outcome.readValue, text::toNfc(request.value));
    outcome.documentId = documentId;
    outcome.target = *target;
    outcome.caseFile = std::move(*c);
    return {};
  });
  if (!done) return done.error();
  return outcome;
}

std::vector<model::ExtractedField> weakestFirst(const model::SourceDocument& doc) {
  std::vector<model::ExtractedField> fields = doc.fields;
  std::stable_sort(fields.begin(), fields.end(), [](const model::ExtractedField& a, const model::ExtractedField& b) {
    const bool ca = a.provenance == model::Provenance::Confirmed, cb = b.provenance == model::Provenance::Confirmed;
    if (ca != cb) return cb;
    const double fa = a.confidence.value_or(0), fb = b.confidence.value_or(0);
    if (fa != fb) return fa < fb;
    return a.name < b.name;
  });
  return fields;
}

std::vector<const model::SourceDocument*> verifiableDocuments(const model::Case& c) {
  std::vector<const model::SourceDocument*> out;
  for (const model::SourceDocument& d : c.documents)
    if (verifiable(d)) out.push_back(&d);
  return out;
}

std::pair<std::string, std::string> splitConfirmedField(std::string_view eventField) {
  const size_t at = eventField.rfind('@');
  if (at == std::string_view::npos) return {std::string(eventField), std::string()};
  return {std::string(eventField.substr(0, at)), std::string(eventField.substr(at + 1))};
}

}  // namespace landdesk::verify
