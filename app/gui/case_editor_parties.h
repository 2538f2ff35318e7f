// The Parties tab of the case editor: the people of the case, the selected person's form, adding a person from a
// scanned ID card with one key, linking spouses and recording relationships (forms/case_editor_tabs.xrc).
#pragma once

#include <functional>

#include "case_editor_tab.h"

class wxListEvent;
class wxStaticText;

namespace landdesk::gui {

class PartiesTab : public CaseEditorTab {
 public:
  explicit PartiesTab(wxWindow* parent);

  void showCase(const model::Case& c) override;
  bool commitPending() override;
  // The frame adds the person of the newest scanned ID card with the role chosen in the form (Ctrl+Shift+A).
  void onAddFromScannedId(std::function<void(model::PartyRole)> add) { fromScannedId_ = std::move(add); }
  model::PartyRole chosenRole() const;

  // What the buttons do, callable from the keyboard handlers and the GUI tests.
  void selectParty(long row);
  long selectedParty() const;
  void setForm(const wxString& name, const wxString& birth, const wxString& idNumber, model::PartyRole role);
  bool addFromForm();
  bool applyForm();
  bool removeSelected();
  bool linkSpouseOfSelected(size_t other);
  bool setRelationshipOfSelected(model::Kinship kinship, size_t other);
  wxString linksText() const;

 private:
  void showForm();
  Result<model::Party> partyFromForm(model::Party base) const;
  bool formDiffers() const;

  model::Case shown_;
  wxListCtrl* list_ = nullptr;
  wxTextCtrl *name_ = nullptr, *birth_ = nullptr, *idNumber_ = nullptr, *address_ = nullptr, *phone_ = nullptr;
  wxChoice *role_ = nullptr, *spouse_ = nullptr, *kinship_ = nullptr, *relative_ = nullptr;
  wxStaticText* links_ = nullptr;
  std::function<void(model::PartyRole)> fromScannedId_;
};

}  // namespace landdesk::gui
