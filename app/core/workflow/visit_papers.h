// The papers a citizen brings to visit 1 (signing) and visit 2 (collection), per case kind, as dated rule data.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "model/vocabulary.h"
#include "rules/dated_row.h"
#include "util/error.h"

namespace landdesk::workflow {

struct VisitPapersRow : rules::DatedRow {
  int visit = 1;
  std::set<model::CaseKind> kinds;
  std::vector<std::string> papers;
};

class VisitPapers {
 public:
  VisitPapers() = default;
  explicit VisitPapers(std::vector<VisitPapersRow> rows) : rows_(std::move(rows)) {}
  // The row in force on `on` for the visit and kind, or nullptr.
  const VisitPapersRow* find(int visit, model::CaseKind kind, rules::Date on) const;
  const std::vector<VisitPapersRow>& rows() const { return rows_; }

 private:
  std::vector<VisitPapersRow> rows_;
};

// Reads visit_papers.json (table "visit_papers"); refuses two rows answering the same visit and kind on one date.
Result<VisitPapers> parseVisitPapers(const std::string& name, const std::string& json);
Result<VisitPapers> loadVisitPapers(const std::filesystem::path& file);
// visit_papers.json in rules::rulesDataDirectory(), loaded once.
Result<const VisitPapers*> defaultVisitPapers();

}  // namespace landdesk::workflow
