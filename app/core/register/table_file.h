// Rows of cells from a CSV (UTF-8, RFC 4180) or the first sheet of an XLSX workbook, for list imports.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace landdesk::registry {

// One non-blank row and where it stands: the CSV line it starts on, or the worksheet row number.
struct TableRow {
  size_t line = 0;
  std::vector<std::string> cells;
};
using TableRows = std::vector<TableRow>;

// CSV: a UTF-8 BOM is skipped; the delimiter is ',' or ';' (whichever the header line uses more, as Excel writes
// in Vietnamese locales); quoted fields may hold delimiters, doubled quotes and line breaks. Refused: invalid
// UTF-8 (naming the line), an unterminated quote, more than 100 000 rows.
Result<TableRows> parseCsv(std::string_view bytes);

// XLSX: read with Poco::Zip (size and entry limits against zip bombs) and libxml2 (no DTD, no network): the shared
// strings and the first worksheet; shared, inline and plain cells; missing cells are empty. Numbers are kept as
// written in the sheet ("45", "46086"); a date cell arrives as its serial number (see excelSerialDate).
Result<TableRows> readXlsx(std::string_view bytes);

// Reads a file and picks the reader by content (zip signature -> XLSX, else CSV).
Result<TableRows> readTableFile(const std::filesystem::path& path);

}  // namespace landdesk::registry
