// The retention purge: what has outlived its period (rules/data/retention.json) and its removal, audited per item.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "rules/calendar_time.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::retention {

// One thing the purge removes, with why: the rule row it comes from and the day its period ended.
struct PurgeItem {
  std::string object;      // the rule's object: contract_dossier | inbox_discarded | inbox_source_copy
  std::string ref;         // "HS-2026-00001" or "inbox#12 cccd.jpg"
  std::string caseCode;
  std::string ruleKey;     // the retention.json row
  std::string reasonVi, reasonEn;
  std::string expiredOn;   // YYYY-MM-DD: the first day it could go
  std::vector<int64_t> documentIds;  // source_document rows (a dossier's scans)
  std::vector<int64_t> inboxIds;     // inbox_item rows
  std::vector<std::string> hashes;   // the stored content those rows name
  std::vector<std::filesystem::path> files;  // removed files and folders: store copies no row names any more, inbox
                                             // view copies, and watched-folder originals whose content matches
  int64_t bytes = 0;
};

struct PurgePlan {
  std::string today;
  std::vector<PurgeItem> items;
  int64_t bytes = 0;
  size_t rows = 0;
  size_t files = 0;
  std::vector<std::string> warnings;  // files that could not be removed after the commit (apply only)
};

// What a purge on `today` would remove; nothing is changed. Needs the purge right (administrator).
Result<PurgePlan> planPurge(storage::Database& db, const std::filesystem::path& dataDir, rules::Date today);

// Removes the plan's rows in one transaction with one audit entry per item, then its files. Never touches the
// register (kept permanently) or anything still inside its retention period. Needs the purge right.
Result<PurgePlan> applyPurge(storage::Database& db, const std::filesystem::path& dataDir, rules::Date today);

}  // namespace landdesk::retention
