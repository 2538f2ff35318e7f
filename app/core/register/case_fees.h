// Authentication fees of a case (TT 226/2016 via rules/fees.json), computed per item and recorded with the receipt.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "model/vocabulary.h"
#include "rules/fee_schedule.h"
#include "storage/database.h"
#include "storage/register_records.h"
#include "util/error.h"

namespace landdesk::registry {

using storage::FeeRecord;

// The fees.json kind of a case's contract: transfer, partial_transfer, gift, inheritance_division,
// inheritance_declaration, inheritance_renunciation.
std::string contractFeeKind(model::CaseKind kind);
// amendment | cancellation | correction (EntryKind::Original has no act fee of its own: use contractFeeKind).
std::string actFeeKind(storage::EntryKind kind);

// One fee the officer charges: a kind of fees.json, with pages and copies for certified copies.
struct FeeItem {
  std::string kind;
  int64_t pages = 1;
  int64_t copies = 1;
};

// The fee lines of `items` on `date`, not yet stored: amount, description and legal basis from the schedule.
Result<std::vector<FeeRecord>> quoteFees(const rules::FeeSchedule& schedule, int64_t caseId,
                                         const std::vector<FeeItem>& items, std::chrono::year_month_day date);

class CaseFees {
 public:
  CaseFees(storage::Database& db, const rules::FeeSchedule& schedule) : db_(db), schedule_(schedule) {}

  // Quotes and stores the items under one receipt, in one transaction (joins an open one). Refused: no items,
  // an empty or over-long receipt number, a receipt number already used for another case, a payment date in the
  // future, anything quoteFees refuses.
  Result<std::vector<FeeRecord>> record(int64_t caseId, const std::vector<FeeItem>& items, const std::string& receiptNo,
                                        std::chrono::year_month_day paidOn, const std::string& actor,
                                        std::optional<int64_t> registerEntryId = std::nullopt,
                                        LocalDateTime at = {});
  Result<std::vector<FeeRecord>> list(int64_t caseId);

 private:
  storage::Database& db_;
  const rules::FeeSchedule& schedule_;
};

}  // namespace landdesk::registry
