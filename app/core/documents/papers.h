// The papers a citizen must bring, per case kind, as dated data (app/core/documents/data/papers.json).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/vocabulary.h"
#include "rules/dated_row.h"
#include "util/error.h"

namespace landdesk::documents {

struct PaperItem {
  std::string name;  // "Giấy chứng nhận quyền sử dụng đất"
  std::string form;  // "Bản chính", "Bản sao" …
  int64_t count = 1;
  std::string note;
  std::optional<model::DocumentKind> documentKind;  // how a received paper of the case matches this item
  bool required = true;                              // false: only when it applies (authorisation, will)
};

struct PaperList : rules::DatedRow {
  std::vector<model::CaseKind> kinds;
  std::vector<PaperItem> items;
};

class PaperRules {
 public:
  PaperRules() = default;
  explicit PaperRules(std::vector<PaperList> lists) : lists_(std::move(lists)) {}
  // The list in force on `on` for `kind`, or nullptr.
  const PaperList* listFor(model::CaseKind kind, rules::Date on) const;
  const std::vector<PaperList>& lists() const { return lists_; }

 private:
  std::vector<PaperList> lists_;
};

// Reads papers.json (table "papers"). Refused with the file, row and field named: unknown kind or document kind,
// an empty item list, two rows for one kind in force on the same day.
Result<PaperRules> parsePaperRules(const std::string& name, const std::string& json);
Result<PaperRules> loadPaperRules(const std::filesystem::path& file);

// The folder of the documents area's own data: $LANDDESK_DOCUMENTS_DATA_DIR, else share/landdesk/documents next
// to an installed binary, else the source tree's app/core/documents/data.
std::filesystem::path documentsDataDirectory();

}  // namespace landdesk::documents
