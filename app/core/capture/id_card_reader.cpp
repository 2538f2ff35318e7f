#include "capture/id_card_reader.h"

#include <algorithm>

#include "identity/id_card_qr.h"
#include "model/sex.h"
#include "text/dates.h"

namespace landdesk::capture {

bool isIdCardPayload(std::string_view payload) { return identity::parseIdCardQr(payload).ok(); }

Result<CapturedDocument> idCardDocument(std::string_view payload, const Box& qrBox) {
  auto parsed = identity::parseIdCardQr(payload);
  if (!parsed) return parsed.error();
  const identity::IdCardQr& card = *parsed;
  CapturedDocument doc;
  doc.kind = DocumentKind::IdCard;
  doc.source = CaptureSource::Qr;
  doc.warnings = card.warnings;
  // The QR's error correction either yields the exact bytes or nothing: full confidence unless the kit warned.
  double confidence = doc.warnings.empty() ? 1.0 : 0.9;
  auto add = [&](const char* key, std::string value) { doc.fields.push_back({key, std::move(value), confidence, qrBox, 0}); };
  add("id_number", card.idNumber);
  add("old_id_number", card.oldIdNumber);
  add("full_name", card.fullName);
  add("birth_date", isoDate(card.birthDate));
  add("sex", std::string(model::sexLabel(card.sex)));
  add("address", card.address);
  add("issue_date", isoDate(card.issueDate));
  doc.confidence = confidence;
  return doc;
}

}  // namespace landdesk::capture
