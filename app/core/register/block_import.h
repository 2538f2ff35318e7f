// Imports a list of block and release notices from a CSV or XLSX file, with a clear reason for each bad row.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "register/blocked_parcels.h"
#include "register/table_file.h"

namespace landdesk::registry {

// Columns (header row, any order; Vietnamese headers accepted, diacritics and case ignored):
//   action (block|release; "ngăn chặn"|"giải tỏa"), issuer_kind (court|enforcement|police|other; "tòa án" …),
//   issuer, document_number, document_date (dd/mm/yyyy, yyyy-mm-dd or a spreadsheet date), gcn_serial,
//   parcel_number, map_sheet, commune, owner, reason, releases_document (release rows: the blocking document's number).
struct ImportProblem {
  size_t line = 0;    // CSV line or worksheet row
  std::string field;  // column key, e.g. "document_date"
  std::string vi, en;
};

struct BlockImportReport {
  size_t rows = 0;        // data rows read
  size_t blocked = 0;     // block notices stored
  size_t released = 0;    // block notices lifted by release rows
  size_t duplicates = 0;  // rows already recorded earlier (import is repeatable)
  std::vector<ImportProblem> problems;
  bool written = false;  // false: nothing was stored (there were problems and skipBadRows was off)
};

struct BlockImportOptions {
  bool skipBadRows = false;  // store the good rows even when some rows are bad
  std::string source;        // file name recorded with each notice
  LocalDateTime at{};        // when received; now by default
};

// All rows in one transaction: by default nothing is stored unless every row is good. A file-level problem (not a
// table, no header, a required column missing) is an Error; row problems are listed in the report.
Result<BlockImportReport> importBlockNotices(BlockedParcels& blocks, const TableRows& rows, const std::string& actor,
                                             const BlockImportOptions& options = {});
Result<BlockImportReport> importBlockFile(BlockedParcels& blocks, const std::filesystem::path& file,
                                          const std::string& actor, BlockImportOptions options = {});

// "46086" (spreadsheet serial day, 1900 date system) -> 2026-03-05; nullopt when not a plausible serial.
std::optional<std::chrono::year_month_day> excelSerialDate(std::string_view text);

}  // namespace landdesk::registry
