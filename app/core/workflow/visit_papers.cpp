#include "workflow/visit_papers.h"

#include "rules/data_reader.h"
#include "rules/rule_book.h"

namespace landdesk::workflow {

const VisitPapersRow* VisitPapers::find(int visit, model::CaseKind kind, rules::Date on) const {
  for (const auto& r : rows_)
    if (r.visit == visit && r.kinds.contains(kind) && r.validity.contains(on)) return &r;
  return nullptr;
}

Result<VisitPapers> parseVisitPapers(const std::string& name, const std::string& json) {
  auto file = rules::DataFile::fromText(name, json);
  if (!file) return file.error();
  auto table = file->table("visit_papers");
  if (!table) return table.error();
  std::vector<VisitPapersRow> rows;
  for (size_t i = 0; i < (*table)->size(); ++i) {
    rules::RowReader r(name, "visit_papers", i, (*table)->get(static_cast<unsigned>(i)));
    VisitPapersRow row;
    static_cast<rules::DatedRow&>(row) = r.head();
    row.visit = static_cast<int>(r.integer("visit", 1, 2));
    for (const auto& code : r.textList("case_kinds")) {
      if (auto kind = model::fromCode<model::CaseKind>(code)) row.kinds.insert(*kind);
      else r.fail("case_kinds", "loại hồ sơ không có: " + code, "unknown case kind: " + code);
    }
    row.papers = r.textList("papers");
    if (auto done = r.finish(); !done) return done.error();
    rows.push_back(std::move(row));
  }
  for (size_t i = 0; i < rows.size(); ++i)
    for (size_t j = i + 1; j < rows.size(); ++j) {
      const auto &a = rows[i], &b = rows[j];
      bool sharedKind = false;
      for (auto k : a.kinds) sharedKind = sharedKind || b.kinds.contains(k);
      if (a.key == b.key || (a.visit == b.visit && sharedKind && a.validity.overlaps(b.validity)))
        return rules::tableError(name, "visit_papers",
                                 "Hai dòng cùng lần hẹn và loại hồ sơ có hiệu lực chồng nhau: " + a.key + ", " + b.key,
                                 "Two rows for the same visit and case kind overlap: " + a.key + ", " + b.key);
    }
  return VisitPapers(std::move(rows));
}

Result<VisitPapers> loadVisitPapers(const std::filesystem::path& file) {
  auto text = rules::readDataText(file);
  if (!text) return text.error();
  return parseVisitPapers(file.filename().string(), *text);
}

Result<const VisitPapers*> defaultVisitPapers() {
  static const Result<VisitPapers> papers = loadVisitPapers(rules::rulesDataDirectory() / "visit_papers.json");
  if (!papers) return papers.error();
  return &papers.value();
}

}  // namespace landdesk::workflow
