// The Heirs and shares tab of an inheritance case: the deceased's death record and basis, the surviving spouse,
// and each heir's rank, share and whether he or she takes the land (forms/case_editor_tabs.xrc).
#pragma once

#include "case_editor_tab.h"

class wxCheckBox;
class wxStaticText;

namespace landdesk::gui {

class HeirsTab : public CaseEditorTab {
 public:
  explicit HeirsTab(wxWindow* parent);

  void showCase(const model::Case& c) override;
  bool commitPending() override;

  bool applyEstate();
  // Adds the party as an heir, or updates the heir already recorded for that party.
  bool setHeir(size_t party, int rank, const wxString& share, bool takesLand);
  bool removeSelectedHeir();
  long heirCount() const;
  wxString totalText() const;

 private:
  Result<model::Estate> estateFromForm() const;

  model::Case shown_;
  wxTextCtrl *deathDate_ = nullptr, *certificate_ = nullptr, *share_ = nullptr;
  wxChoice *basis_ = nullptr, *spouse_ = nullptr, *heirParty_ = nullptr, *rank_ = nullptr;
  wxCheckBox* takesLand_ = nullptr;
  wxListCtrl* heirs_ = nullptr;
  wxStaticText* total_ = nullptr;
};

}  // namespace landdesk::gui
