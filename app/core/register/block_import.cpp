#include "register/block_import.h"

#include <map>

#include "storage/register_store.h"
#include "text/dates.h"
#include "text/unicode.h"

namespace landdesk::registry {

namespace {

using namespace std::chrono;

// Folded header text -> column key.
const std::map<std::string, std::string>& headerAliases() {
  static const std::map<std::string, std::string> aliases{
      {"action", "action"}, {"loai", "action"}, {"hanh dong", "action"}, {"loai thong bao", "action"},
      {"issuer kind", "issuer_kind"}, {"loai co quan", "issuer_kind"},
      {"issuer", "issuer"}, {"co quan", "issuer"}, {"co quan ban hanh", "issuer"},
      {"document number", "document_number"}, {"so van ban", "document_number"}, {"so", "document_number"},
      {"document date", "document_date"}, {"ngay van ban", "document_date"}, {"ngay", "document_date"},
      {"gcn serial", "gcn_serial"}, {"serial", "gcn_serial"}, {"so phat hanh", "gcn_serial"}, {"seri", "gcn_serial"},
      {"so seri", "gcn_serial"}, {"so phat hanh gcn", "gcn_serial"},
      {"parcel number", "parcel_number"}, {"thua", "parcel_number"}, {"thua dat", "parcel_number"},
      {"so thua", "parcel_number"}, {"thua dat so", "parcel_number"},
      {"map sheet", "map_sheet"}, {"to", "map_sheet"}, {"to ban do", "map_sheet"}, {"to ban do so", "map_sheet"},
      {"commune", "commune"}, {"xa", "commune"}, {"xa phuong", "commune"},
      {"owner", "owner"}, {"chu su dung", "owner"}, {"nguoi su dung", "owner"},
      {"reason", "reason"}, {"ly do", "reason"}, {"noi dung", "reason"},
      {"releases document", "releases_document"}, {"van ban bi giai toa", "releases_document"},
      {"so van ban ngan chan", "releases_document"},
  };
  return aliases;
}

std::string headerKey(const std::string& cell) {
  std::string folded = text::foldForSearch(cell), out;
  for (char c : folded) {
    char ch = (c == '_' || c == ':' || c == '.' || c == '\t') ? ' ' : c;
    if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::optional<bool> releaseFromText(const std::string& typed) {
  const std::string f = headerKey(typed);
  if (f.empty() || f == "block" || f == "ngan chan" || f == "tam dung") return false;
  if (f == "release" || f == "giai toa" || f == "huy bo ngan chan" || f == "go bo ngan chan" || f == "cham dut ngan chan")
    return true;
  return std::nullopt;
}

std::optional<year_month_day> dateFromCell(const std::string& cell) {
  std::string t = cell;
  while (!t.empty() && t.back() == ' ') t.pop_back();
  while (!t.empty() && t.front() == ' ') t.erase(0, 1);
  if (auto iso = parseCanonicalDate(t)) return iso;
  if (t.find_first_of("/-.") != std::string::npos) {
    if (auto d = text::parseDmyDate(t)) return *d;
    return std::nullopt;
  }
  return excelSerialDate(t);
}

// A release row imported before: a release with this number already lifted a block with that number.
bool alreadyReleased(BlockedParcels& blocks, const BlockNotice& release, const std::string& releasedDocument) {
  auto all = blocks.list(false);
  if (!all) return false;
  for (const BlockNotice& r : *all) {
    if (!r.release || !r.releases || text::foldForSearch(r.documentNumber) != text::foldForSearch(release.documentNumber))
      continue;
    for (const BlockNotice& b : *all)
      if (b.id == *r.releases && text::foldForSearch(b.documentNumber) == text::foldForSearch(releasedDocument)) return true;
  }
  return false;
}

}  // namespace

std::optional<year_month_day> excelSerialDate(std::string_view t) {
  std::string_view digits = t.substr(0, t.find('.'));
  if (t.find('.') != std::string_view::npos && t.substr(t.find('.') + 1).find_first_not_of('0') != std::string_view::npos)
    return std::nullopt;  // a fraction: a time, not a date
  if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  const long serial = std::stol(std::string(digits));
  if (serial < 29221 || serial > 73051) return std::nullopt;  // 1980-01-01 … 2099-12-31
  return year_month_day(sys_days(year{1899} / December / 30) + days(serial));
}

Result<BlockImportReport> importBlockNotices(BlockedParcels& blocks, const TableRows& rows, const std::string& actor,
                                             const BlockImportOptions& options) {
  if (rows.empty())
    return makeError("import.empty", "Tệp không có dòng tiêu đề và dữ liệu", "The file has no header and no data");
  std::map<std::string, size_t> columns;
  std::vector<std::string> unknown;
  for (size_t i = 0; i < rows.front().cells.size(); ++i) {
    const std::string key = headerKey(rows.front().cells[i]);
    if (key.empty()) continue;
    auto it = headerAliases().find(key);
    if (it == headerAliases().end()) unknown.push_back(rows.front().cells[i]);
    else columns.emplace(it->second, i);
  }
  std::string missing;
  for (const char* required : {"issuer_kind", "issuer", "document_number", "document_date"})
    if (!columns.count(required)) missing += (missing.empty() ? "" : ", ") + std::string(required);
  if (!missing.empty()) {
    std::string extra;
    for (const auto& u : unknown) extra += (extra.empty() ? "" : ", ") + u;
    return makeError("import.missing_columns", "Dòng tiêu đề thiếu cột: " + missing + (extra.empty() ? "" : " (cột lạ: " + extra + ")"),
                     "The header lacks columns: " + missing + (extra.empty() ? "" : " (unknown: " + extra + ")"));
  }
  const LocalDateTime at = options.at == LocalDateTime{} ? floor<seconds>(localNow()) : options.at;
  const year_month_day today(floor<days>(at));

  BlockImportReport report;
  struct Parsed {
    size_t line;
    BlockNotice notice;
    std::string releasesDocument;
  };
  std::vector<Parsed> good;
  for (size_t r = 1; r < rows.size(); ++r) {
    const TableRow& row = rows[r];
    ++report.rows;
    auto cell = [&](const char* key) -> std::string {
      auto it = columns.find(key);
      return it == columns.end() || it->second >= row.cells.size() ? std::string() : row.cells[it->second];
    };
    auto problem = [&](const std::string& field, const std::string& vi, const std::string& en) {
      report.problems.push_back({row.line, field, vi, en});
    };
    Parsed p{row.line, {}, cell("releases_document")};
    auto release = releaseFromText(cell("action"));
    if (!release) {
      problem("action", "Loại phải là 'ngăn chặn' hoặc 'giải tỏa': '" + cell("action") + "'",
              "The action must be 'block' or 'release': '" + cell("action") + "'");
      continue;
    }
    BlockNotice& n = p.notice;
    n.release = *release;
    n.issuerKind = cell("issuer_kind");
    n.issuer = cell("issuer");
    n.documentNumber = cell("document_number");
    n.gcnSerial = cell("gcn_serial");
    n.parcelNumber = cell("parcel_number");
    n.mapSheet = cell("map_sheet");
    n.commune = cell("commune");
    n.owner = cell("owner");
    n.reason = cell("reason");
    n.receivedAt = at;
    n.source = options.source + (options.source.empty() ? "" : ":") + std::to_string(row.line);
    auto date = dateFromCell(cell("document_date"));
    if (!date) {
      problem("document_date", "Ngày văn bản không đọc được: '" + cell("document_date") + "' (dd/mm/yyyy)",
              "Unreadable document date: '" + cell("document_date") + "' (dd/mm/yyyy)");
      continue;
    }
    n.documentDate = *date;
    if (Status st = validateNotice(n, today); !st) {
      const std::string& en = st.error().en;  // validateNotice appends ": <field>"
      problem(en.rfind(": ") == std::string::npos ? "" : en.substr(en.rfind(": ") + 2), st.error().vi, en);
      continue;
    }
    if (n.release && p.releasesDocument.find_first_not_of(' ') == std::string::npos) {
      problem("releases_document", "Dòng giải tỏa phải ghi số văn bản ngăn chặn được giải tỏa",
              "A release row must give the blocking document's number");
      continue;
    }
    good.push_back(std::move(p));
  }
  if (!report.problems.empty() && !options.skipBadRows) return report;

  Status st = blocks.database().transaction([&]() -> Status {
    for (Parsed& p : good) {
      if (!p.notice.release) {
        auto stored = blocks.block(p.notice, actor);
        if (stored) ++report.blocked;
        else if (stored.error().code == "block.duplicate") ++report.duplicates;
        else if (stored.error().code.starts_with("block.")) report.problems.push_back({p.line, "", stored.error().vi, stored.error().en});
        else return stored.error();
      } else {
        auto lifted = blocks.release(p.notice, p.releasesDocument, actor);
        if (lifted) report.released += lifted->size();
        else if (lifted.error().code == "block.nothing_to_release" && alreadyReleased(blocks, p.notice, p.releasesDocument))
          ++report.duplicates;
        else if (lifted.error().code.starts_with("block.")) report.problems.push_back({p.line, "releases_document", lifted.error().vi + ": " + p.releasesDocument, lifted.error().en + ": " + p.releasesDocument});
        else return lifted.error();
      }
    }
    if (!report.problems.empty() && !options.skipBadRows)
      return makeError("import.rows_refused", "Có dòng không ghi được", "Some rows could not be stored");
    return {};
  });
  if (!st) {
    if (st.error().code == "import.rows_refused") {
      report.blocked = report.released = report.duplicates = 0;
      return report;
    }
    return st.error();
  }
  report.written = true;
  return report;
}

Result<BlockImportReport> importBlockFile(BlockedParcels& blocks, const std::filesystem::path& file,
                                          const std::string& actor, BlockImportOptions options) {
  auto rows = readTableFile(file);
  if (!rows) return rows.error();
  if (options.source.empty()) options.source = file.filename().string();
  return importBlockNotices(blocks, *rows, actor, options);
}

}  // namespace landdesk::registry
