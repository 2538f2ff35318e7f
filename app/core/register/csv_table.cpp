// CSV half of table_file.h.
#include <algorithm>

#include "register/table_file.h"
#include "text/unicode.h"

namespace landdesk::registry {

namespace {
constexpr size_t kMaxRows = 100'000;
}

Result<TableRows> parseCsv(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const std::string_view header = bytes.substr(0, bytes.find('\n'));
  const char delim = std::count(header.begin(), header.end(), ';') > std::count(header.begin(), header.end(), ',') ? ';' : ',';
  TableRows rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, cellStarted = false;
  size_t line = 1, rowLine = 1;
  auto endCell = [&] {
    row.push_back(cell);
    cell.clear();
    cellStarted = false;
  };
  auto endRow = [&]() -> Status {
    endCell();
    bool blank = std::all_of(row.begin(), row.end(), [](const std::string& c) { return c.find_first_not_of(" \t") == std::string::npos; });
    if (!blank) {
      for (const std::string& c : row)
        if (!text::isValidUtf8(c))
          return makeError("import.not_utf8", "Tệp CSV phải mã hóa UTF-8; dòng " + std::to_string(rowLine) + " không hợp lệ",
                           "The CSV must be UTF-8; line " + std::to_string(rowLine) + " is not", "dòng " + std::to_string(rowLine));
      rows.push_back({rowLine, std::move(row)});
      if (rows.size() > kMaxRows)
        return makeError("import.too_many_rows", "Tệp có quá 100.000 dòng", "The file has more than 100,000 rows");
    }
    row.clear();
    rowLine = line;
    return {};
  };
  for (size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"' && !cellStarted) {
      quoted = cellStarted = true;
    } else if (c == delim) {
      endCell();
    } else if (c == '\r') {
      // CRLF: the \n that follows ends the row
    } else if (c == '\n') {
      ++line;
      if (Status st = endRow(); !st) return st.error();
    } else {
      cell += c;
      cellStarted = true;
    }
  }
  if (quoted)
    return makeError("import.unterminated_quote", "Dấu ngoặc kép mở ở dòng " + std::to_string(rowLine) + " không được đóng",
                     "A quote opened on line " + std::to_string(rowLine) + " is never closed");
  if (!cell.empty() || !row.empty())
    if (Status st = endRow(); !st) return st.error();
  return rows;
}

}  // namespace landdesk::registry
