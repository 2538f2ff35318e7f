#include "documents/papers.h"

#include <algorithm>
#include <cstdlib>

#include "rules/data_reader.h"

namespace landdesk::documents {

const PaperList* PaperRules::listFor(model::CaseKind kind, rules::Date on) const {
  for (const PaperList& l : lists_)
    if (l.validity.contains(on) && std::find(l.kinds.begin(), l.kinds.end(), kind) != l.kinds.end()) return &l;
  return nullptr;
}

Result<PaperRules> parsePaperRules(const std::string& name, const std::string& json) {
  auto file = rules::DataFile::fromText(name, json);
  if (!file) return file.error();
  auto table = file->table("papers");
  if (!table) return table.error();
  std::vector<PaperList> lists;
  for (size_t i = 0; i < (*table)->size(); ++i) {
    rules::RowReader row(name, "papers", i, (*table)->get(static_cast<unsigned>(i)));
    PaperList list;
    static_cast<rules::DatedRow&>(list) = row.head();
    for (const std::string& k : row.textList("kinds")) {
      if (auto kind = model::fromCode<model::CaseKind>(k)) list.kinds.push_back(*kind);
      else row.fail("kinds", "loại hồ sơ không hợp lệ: " + k, "unknown case kind: " + k);
    }
    const auto items = row.objects("items");
    if (items.empty() && row.ok()) row.fail("items", "danh sách giấy tờ trống", "the list of papers is empty");
    for (size_t k = 0; k < items.size(); ++k) {
      rules::RowReader item = row.nested("items", k, items[k]);
      PaperItem p;
      p.name = item.text("name");
      p.form = item.text("form");
      p.count = item.integer("count", 1, 20);
      p.note = item.optText("note").value_or("");
      if (auto dk = item.optText("document_kind")) {
        p.documentKind = model::fromCode<model::DocumentKind>(*dk);
        if (!p.documentKind) item.fail("document_kind", "loại giấy tờ không hợp lệ: " + *dk, "unknown document kind: " + *dk);
      }
      p.required = item.flag("required", true);
      if (Status st = item.finish(); !st) return st.error();
      list.items.push_back(std::move(p));
    }
    if (Status st = row.finish(); !st) return st.error();
    lists.push_back(std::move(list));
  }
  for (size_t a = 0; a < lists.size(); ++a)
    for (size_t b = a + 1; b < lists.size(); ++b)
      for (model::CaseKind k : lists[a].kinds)
        if (std::find(lists[b].kinds.begin(), lists[b].kinds.end(), k) != lists[b].kinds.end() &&
            lists[a].validity.overlaps(lists[b].validity))
          return rules::tableError(name, "papers",
                                   "hai dòng cho cùng loại hồ sơ " + std::string(model::codeOf(k)) + " có hiệu lực chồng nhau: " +
                                       lists[a].key + ", " + lists[b].key,
                                   "two rows for case kind " + std::string(model::codeOf(k)) + " overlap in time: " + lists[a].key +
                                       ", " + lists[b].key);
  return PaperRules(std::move(lists));
}

Result<PaperRules> loadPaperRules(const std::filesystem::path& file) {
  auto text = rules::readDataText(file);
  if (!text) return text.error();
  return parsePaperRules(file.filename().string(), *text);
}

std::filesystem::path documentsDataDirectory() {
  auto isDir = [](const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::is_directory(p, ec);
  };
  if (const char* env = std::getenv("LANDDESK_DOCUMENTS_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto candidate = self.parent_path().parent_path() / "share" / "landdesk" / "documents";
    if (isDir(candidate)) return candidate;
  }
#ifdef LANDDESK_DOCUMENTS_SOURCE_DIR
  if (isDir(LANDDESK_DOCUMENTS_SOURCE_DIR)) return LANDDESK_DOCUMENTS_SOURCE_DIR;
#endif
#ifdef LANDDESK_DOCUMENTS_INSTALL_DIR
  return LANDDESK_DOCUMENTS_INSTALL_DIR;
#else
  return "/usr/share/landdesk/documents";
#endif
}

}  // namespace landdesk::documents
