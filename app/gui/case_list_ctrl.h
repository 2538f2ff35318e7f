// The case list: a virtual report list over summaries held once in memory, so 100 000 cases open and scroll at once.
#pragma once

#include <memory>
#include <vector>

#include <wx/listctrl.h>

#include "model/case.h"
#include "util/datetime.h"

namespace landdesk::gui {

class CaseListCtrl : public wxListCtrl {
 public:
  enum Column : long { Code, Kind, MainParty, Parcel, Status, DueDate };

  // Made by the XRC loader (forms/main_frame.xrc: subclass="CaseListCtrl"), which then calls Create().
  CaseListCtrl() = default;

  // Shows `cases` (shared, so clearing a search shows the full list again without copying it).
  void setCases(std::shared_ptr<const std::vector<model::CaseSummary>> cases);
  // Shows `cases`, which start with the rows shown now (the rest of the list arrived): scroll position and
  // selection stay where the officer left them.
  void extendCases(std::shared_ptr<const std::vector<model::CaseSummary>> cases);
  size_t caseCount() const { return cases_ ? cases_->size() : 0; }
  const model::CaseSummary* caseAt(long row) const;
  long selectedRow() const { return GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

  // Adds the columns (once) with widths from the font and the longest labels, so Vietnamese text is not cut off.
  void setUpColumns();
  // The width that shows every column whole, with room for the scroll bar.
  int preferredWidth() const;

 protected:
  wxString OnGetItemText(long item, long column) const override;
  wxItemAttr* OnGetItemAttr(long item) const override;

 private:
  std::shared_ptr<const std::vector<model::CaseSummary>> cases_;
  LocalDateTime now_{};
  mutable wxItemAttr overdue_;

  wxDECLARE_DYNAMIC_CLASS_NO_COPY(CaseListCtrl);
};

}  // namespace landdesk::gui
