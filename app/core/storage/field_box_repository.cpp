#include "storage/field_box_repository.h"

#include <Poco/Data/Statement.h>

#include "storage/session_impl.h"
#include "storage/storage_error.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;

Status FieldBoxRepository::save(int64_t documentId, const std::vector<FieldBox>& boxes) {
  const FieldBoxStatements& q = db_.dialect.fieldBoxes;
  std::vector<Poco::Int64> documents;
  std::vector<int> positions, pages, xs, ys, widths, heights;
  std::vector<std::string> fields;
  std::vector<double> confidences;
  for (const FieldBox& b : boxes) {
    if (b.width <= 0 || b.height <= 0 || b.field.empty()) continue;
    documents.push_back(documentId);
    positions.push_back(static_cast<int>(positions.size()));
    fields.push_back(b.field);
    pages.push_back(b.page);
    xs.push_back(b.x);
    ys.push_back(b.y);
    widths.push_back(b.width);
    heights.push_back(b.height);
    confidences.push_back(b.confidence);
  }
  try {
    return inTransaction(db_, [&]() -> Status {
      Poco::Int64 id = documentId;
      db_.session << std::string(q.deleteOfDocument), use(id), now;
      if (!documents.empty())
        db_.session << std::string(q.insert), use(documents), use(positions), use(fields), use(pages), use(xs), use(ys),
            use(widths), use(heights), use(confidences), now;
      return {};
    });
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::vector<FieldBox>> FieldBoxRepository::ofDocument(int64_t documentId) {
  try {
    Poco::Int64 id = documentId;
    std::vector<std::string> fields;
    std::vector<int> pages, xs, ys, widths, heights;
    std::vector<double> confidences;
    db_.session << std::string(db_.dialect.fieldBoxes.ofDocument), use(id), into(fields), into(pages), into(xs),
        into(ys), into(widths), into(heights), into(confidences), now;
    std::vector<FieldBox> out;
    for (size_t i = 0; i < fields.size(); ++i)
      out.push_back({fields[i], pages[i], xs[i], ys[i], widths[i], heights[i], confidences[i]});
    return out;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

}  // namespace landdesk::storage
