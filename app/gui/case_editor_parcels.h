// The Parcels tab of the case editor: the parcels of the case with price and transferred area, the selected
// parcel's form and its owners as the GCN names them (taken from the case's parties), and a parcel from a scanned
// GCN with one key (forms/case_editor_tabs.xrc).
#pragma once

#include <functional>

#include "case_editor_tab.h"

namespace landdesk::gui {

class ParcelsTab : public CaseEditorTab {
 public:
  explicit ParcelsTab(wxWindow* parent);

  void showCase(const model::Case& c) override;
  bool commitPending() override;
  // The frame adds the parcel of the newest scanned GCN (Ctrl+Shift+G).
  void onAddFromScannedGcn(std::function<void()> add) { fromScannedGcn_ = std::move(add); }

  void selectParcel(long row);
  long selectedParcel() const;
  bool addFromForm();
  bool applyForm();
  bool removeSelected();
  // The selected parcel's owners: parties[party] with `share` ("1/2", empty when the GCN gives none), added or, when
  // already an owner, given the new share; the owner selected in the owners list removed.
  bool setOwner(size_t party, const wxString& share);
  bool removeSelectedOwner();
  long ownerCount() const;
  wxString ownerText(long row, int column) const;

 private:
  void showForm();
  void showOwners();
  Result<model::CaseParcel> parcelFromForm(model::CaseParcel base) const;

  model::Case shown_;
  wxListCtrl* list_ = nullptr;
  wxTextCtrl *serial_ = nullptr, *number_ = nullptr, *sheet_ = nullptr, *area_ = nullptr, *address_ = nullptr;
  wxTextCtrl *price_ = nullptr, *transferred_ = nullptr;
  wxListCtrl* owners_ = nullptr;
  wxChoice* ownerParty_ = nullptr;
  wxTextCtrl* ownerShare_ = nullptr;
  std::function<void()> fromScannedGcn_;
};

}  // namespace landdesk::gui
