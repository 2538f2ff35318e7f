// What reading a paper yields: documents (ID card, certificate) whose fields carry a confidence and the box they came from.
#pragma once

#include <string>
#include <vector>

namespace landdesk::capture {

// A rectangle in the pixels of the page as loaded (before any rotation the reader applied), for drawing in the verify view.
struct Box {
  int x = 0, y = 0, width = 0, height = 0;
  bool empty() const { return width <= 0 || height <= 0; }
};

// The smallest box holding both.
Box unite(const Box& a, const Box& b);

enum class DocumentKind { IdCard, LandCertificate, Unknown };
enum class CaptureSource { Qr, Ocr };

std::string_view documentKindName(DocumentKind kind);      // "cccd" | "gcn" | "unknown"
std::string_view captureSourceName(CaptureSource source);  // "qr" | "ocr"

// One value read from the paper. Structured fields (purposes, owners) are flattened with dotted keys:
// "owners.0.full_name", "purposes.1.area_m2"; `page` counts from 0 for multi-page PDFs.
struct CapturedField {
  std::string key;
  std::string value;
  double confidence = 0;  // 0..1
  Box box;
  int page = 0;
};

struct CapturedDocument {
  DocumentKind kind = DocumentKind::Unknown;
  CaptureSource source = CaptureSource::Ocr;
  std::vector<CapturedField> fields;  // only what was read: a field not read is absent, never guessed
  double confidence = 0;
  std::vector<std::string> warnings;
  int page = 0;

  const CapturedField* find(std::string_view key) const;
  std::string valueOf(std::string_view key) const;  // "" when absent
};

}  // namespace landdesk::capture
