// Moving an inbox item into a case (an existing one, or a new one of a given kind): the stored file becomes a
// source document of the case, its kind and values read from the content, all in one transaction.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.h"
#include "storage/database.h"
#include "storage/field_box_repository.h"
#include "util/error.h"

namespace landdesk::intake {

// What reading a stored paper found: its kind, the values with their provenance (QR, OCR) and confidence, and
// where on the page each was read (stored with the document for the verify view).
struct ReadPaper {
  model::DocumentKind kind = model::DocumentKind::Other;
  std::vector<model::ExtractedField> fields;
  std::vector<storage::FieldBox> boxes = {};
};

// Reads an image or PDF (bytes, content kind code "jpeg" … "pdf"); nothing when it recognises no paper.
using PaperReader = std::function<std::optional<ReadPaper>(std::string_view bytes, std::string_view contentKind)>;

struct AssignRequest {
  int64_t itemId = 0;
  std::optional<std::string> caseCode;         // join this case …
  std::optional<model::CaseKind> newCaseKind;  // … or open a new case of this kind
  std::string actor = "intake";
};

struct AssignResult {
  model::Case caseFile;  // as stored, with the new document last
  model::SourceDocument document;
};

// A CCCD QR text item becomes an ID card with the card's fields (provenance QR, confidence 1). Images and PDFs
// are given to `reader` when there is one (e.g. the capture scanner: QR of an ID card, OCR of a GCN); otherwise,
// or when it finds nothing, they are kept as "other" papers for the officer to classify. Refused: an item that is
// not new ("inbox.not_new"), a missing case, both or neither target, content missing from the store.
Result<AssignResult> assignToCase(storage::Database& db, const std::filesystem::path& dataDir,
                                  const AssignRequest& request, const PaperReader& reader = {});

// A PaperReader over the capture scanner: QR of ID cards always, OCR of GCN pages when `ocr` is set.
PaperReader captureReader(bool ocr);

}  // namespace landdesk::intake
