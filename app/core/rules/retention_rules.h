// How long the desk keeps each kind of record (retention.json): dated rows, read and edited like the other tables.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rules/dated_table.h"
#include "util/error.h"

namespace landdesk::rules {

// What a row keeps: "contract_dossier", "register", "inbox_discarded", "inbox_source_copy".
struct RetentionRule : DatedRow {
  std::string object;
  std::string nameVi, nameEn;
  std::string unit;  // "years" | "days" | "permanent"
  int64_t amount = 0;
  std::string countedFrom;  // "authentication" | "received"

  bool permanent() const { return unit == "permanent"; }
  // The first day the object may go when its period started on `start`; nullopt when kept forever.
  std::optional<Date> expiresOn(Date start) const;
  // "20 năm kể từ ngày chứng thực" / "20 years from authentication".
  std::string periodText(bool english) const;
};

class RetentionRules {
 public:
  RetentionRules() = default;
  explicit RetentionRules(DatedTable<RetentionRule> table) : table_(std::move(table)) {}
  // The row for `object` in force on `on`, or nullptr (nothing of that kind is purged then).
  const RetentionRule* find(std::string_view object, Date on) const { return table_.find(std::string(object), on); }
  const DatedTable<RetentionRule>& table() const { return table_; }

 private:
  DatedTable<RetentionRule> table_;
};

// Reads retention.json (table "retention"); the first problem names row and field. The register row must be
// permanent (ND 23/2015 art. 14): a file that would let the register expire is refused.
Result<RetentionRules> parseRetentionRules(const std::string& name, const std::string& json);

}  // namespace landdesk::rules
