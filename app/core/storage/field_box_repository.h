// Where each value of a case's paper was read (page, box in the page's pixels, confidence), kept with the document
// so the verify view draws the boxes without reading the file again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"
#include "util/error.h"

namespace landdesk::storage {

struct FieldBox {
  std::string field;  // the document's field name ("parcel_no", "owners.0.full_name")
  int page = 0;       // from 0 (PDF pages)
  int x = 0, y = 0, width = 0, height = 0;  // in the pixels of the page as decoded for reading (PDF at 300 dpi)
  double confidence = 0;                    // the reader's, 0..1
  friend bool operator==(const FieldBox&, const FieldBox&) = default;
};

// SQL of the field_box table (migration 13), one text per dialect (sqlite/field_box_sql.cpp).
struct FieldBoxStatements {
  std::string_view deleteOfDocument;  // (document_id)
  std::string_view insert;            // (document_id, position, field, page, x, y, width, height, confidence)
  std::string_view ofDocument;        // (document_id) -> field, page, x, y, width, height, confidence
};

const FieldBoxStatements& sqliteFieldBoxStatements();

class FieldBoxRepository {
 public:
  explicit FieldBoxRepository(Database::Impl& db) : db_(db) {}
  explicit FieldBoxRepository(Database& db) : db_(db.impl()) {}

  // Replaces the document's boxes in one transaction (joins an open one); empty boxes are not kept.
  Status save(int64_t documentId, const std::vector<FieldBox>& boxes);
  // In the order saved; empty for a document read before boxes were kept (the caller may read the file again).
  Result<std::vector<FieldBox>> ofDocument(int64_t documentId);

 private:
  Database::Impl& db_;
};

}  // namespace landdesk::storage
