// A paper the desk received (ID card, GCN, certificates): its stored file and the values read from it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/vocabulary.h"
#include "util/datetime.h"

namespace landdesk::model {

struct ExtractedField {
  std::string name;   // "id_number", "parcel_no" …
  std::string value;  // NFC text as read or typed
  Provenance provenance = Provenance::Typed;
  std::optional<double> confidence;  // OCR/QR confidence 0…1; none for typed values
  friend bool operator==(const ExtractedField&, const ExtractedField&) = default;
};

struct SourceDocument {
  int64_t id = 0;
  DocumentKind kind = DocumentKind::Other;
  std::string sha256;    // content address of the file in the desk's file store
  std::string fileName;  // the name it arrived with
  std::string mediaType;
  IntakeChannel channel = IntakeChannel::Counter;
  LocalDateTime receivedAt{};
  std::vector<ExtractedField> fields;
  friend bool operator==(const SourceDocument&, const SourceDocument&) = default;
};

}  // namespace landdesk::model
