// A table of dated rows: finds the row in force on a date, and proves rows of one slot never overlap.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "rules/dated_row.h"

namespace landdesk::rules {

// Row must derive from DatedRow. A "slot" is what a row answers for (a fee item, a tax, a procedure):
// at most one row per slot may be in force on any date, so a lookup is never ambiguous.
template <class Row>
class DatedTable {
 public:
  using SlotOf = std::function<std::string(const Row&)>;

  DatedTable() = default;
  DatedTable(std::vector<Row> rows, SlotOf slotOf) : rows_(std::move(rows)), slotOf_(std::move(slotOf)) {}

  const std::vector<Row>& rows() const { return rows_; }
  bool empty() const { return rows_.empty(); }

  const Row* byKey(const std::string& key) const {
    for (const Row& r : rows_)
      if (r.key == key) return &r;
    return nullptr;
  }

  // The row of `slot` in force on `date`, or nullptr when none is.
  const Row* find(const std::string& slot, Date date) const {
    for (const Row& r : rows_)
      if (r.validity.contains(date) && slotOf_(r) == slot) return &r;
    return nullptr;
  }

  // Every row in force on `date`, in file order.
  std::vector<const Row*> validOn(Date date) const {
    std::vector<const Row*> out;
    for (const Row& r : rows_)
      if (r.validity.contains(date)) out.push_back(&r);
    return out;
  }

  // The first pair (a, b) of rows with the same key, or the same slot and overlapping dates.
  std::optional<std::pair<const Row*, const Row*>> firstConflict() const {
    for (size_t i = 0; i < rows_.size(); ++i)
      for (size_t j = i + 1; j < rows_.size(); ++j) {
        const Row &a = rows_[i], &b = rows_[j];
        if (a.key == b.key || (slotOf_(a) == slotOf_(b) && a.validity.overlaps(b.validity))) return std::pair{&a, &b};
      }
    return std::nullopt;
  }

 private:
  std::vector<Row> rows_;
  SlotOf slotOf_ = [](const Row& r) { return r.key; };
};

}  // namespace landdesk::rules
