// The Heirs and shares tab of an inheritance case: the deceased's death record and basis (by will: the will's date
// and how it was made and certified), the surviving spouse, and each heir's rank, share and whether he or she
// takes the land (forms/case_editor_tabs.xrc).
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
  // Types the basis and will details into the form and applies the estate, as "Apply estate" does.
  bool setWill(bool byWill, const wxString& date, const wxString& description);
  // Adds the party as an heir, or updates the heir already recorded for that party.
  bool setHeir(size_t party, int rank, const wxString& share, bool takesLand);
  bool removeSelectedHeir();
  long heirCount() const;
  wxString totalText() const;

 private:
  // The estate as the form holds it, the will details checked (editing/will_details.h).
  Result<model::Estate> estateFromForm() const;
  void enableWill();

  model::Case shown_;
  wxTextCtrl *deathDate_ = nullptr, *certificate_ = nullptr, *share_ = nullptr;
  wxTextCtrl *willDate_ = nullptr, *willDescription_ = nullptr;
  wxChoice *basis_ = nullptr, *spouse_ = nullptr, *heirParty_ = nullptr, *rank_ = nullptr;
  wxCheckBox* takesLand_ = nullptr;
  wxListCtrl* heirs_ = nullptr;
  wxStaticText* total_ = nullptr;
};

}  // namespace landdesk::gui
