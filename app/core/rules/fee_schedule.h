// The authentication fee schedule (lệ phí chứng thực) as dated rows, and the fee of one request.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rules/dated_table.h"
#include "util/decimal.h"
#include "util/error.h"

namespace landdesk::rules {

// Per-page price from a page on (TT 226/2016: pages 1–2 at 2.000 đ, from page 3 at 1.000 đ).
struct PageTier {
  int64_t fromPage = 1;
  int64_t amount = 0;
};

// One fee row. Shaped after FAO SOLA's service fee: base + per-area + per-value parts, plus per-page tiers
// with a cap per copy, so a province's differently-built fee fits without code changes.
struct FeeRow : DatedRow {
  std::vector<std::string> appliesTo;  // request kinds: "transfer", "gift", "amendment", "copy", …
  std::string nameVi, nameEn;
  int64_t base = 0;                    // per document or case
  std::vector<PageTier> pageTiers;     // per page of the original, per copy
  std::optional<int64_t> capPerCopy;   // the page part of one copy never exceeds this
  Decimal perSquareMetre;              // đồng per m² of the parcel
  Decimal percentOfValue;              // % of the declared value
  std::optional<int64_t> minimum, maximum;
};

struct FeeRequest {
  std::string kind;
  Date date;
  int64_t pages = 1;    // pages of the original (copies only)
  int64_t copies = 1;   // copies certified
  std::optional<Decimal> area;   // m²
  std::optional<int64_t> value;  // đồng
};

struct FeeLine {
  std::string vi, en;
  int64_t amount = 0;
};

struct FeeQuote {
  const FeeRow* row = nullptr;
  std::vector<FeeLine> lines;
  int64_t total = 0;
};

class FeeSchedule {
 public:
  FeeSchedule() = default;
  explicit FeeSchedule(std::vector<FeeRow> rows);

  // The row covering `kind` on `date`, or nullptr.
  const FeeRow* rowFor(const std::string& kind, Date date) const;
  // Every kind any row knows (for messages listing the choices).
  std::vector<std::string> knownKinds() const;
  const DatedTable<FeeRow>& table() const { return table_; }

  // Refused: an unknown kind, no row in force on the date, pages or copies < 1 or absurd, a negative area/value,
  // a per-area or per-value row asked without its area or value.
  Result<FeeQuote> quote(const FeeRequest& request) const;

 private:
  DatedTable<FeeRow> table_;
};

// Reads fees.json (table "fees"); two rows covering one kind on one date are refused.
Result<FeeSchedule> loadFeeSchedule(const std::filesystem::path& file);
Result<FeeSchedule> parseFeeSchedule(const std::string& name, const std::string& json);

}  // namespace landdesk::rules
