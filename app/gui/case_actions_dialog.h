// "Next step" for the selected case: only the states allowed from its current one, the details that step needs,
// the history with corrections, and undoing a mistaken latest step (layout: forms/case_actions_dialog.xrc).
#pragma once

#include <cstdint>
#include <vector>

#include <wx/dialog.h>

#include "model/vocabulary.h"
#include "storage/database.h"

class wxButton;
class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace landdesk::gui {

class CaseActionsDialog : public wxDialog {
 public:
  // `db` is the main window's open database; `actor` is recorded in every event.
  CaseActionsDialog(wxWindow* parent, storage::Database& db, int64_t caseId, std::string actor);

  // What the officer would do with the controls (the GUI test drives the dialog through these).
  const std::vector<model::CaseStatus>& offered() const { return offered_; }
  bool selectState(model::CaseStatus s);
  void setField(const char* name, const wxString& value);  // "at", "note", "receipt", "agency", "due", "amount"
  // Records the chosen step; false, with the reason shown in the dialog, when it is refused.
  bool apply();
  // Voids the latest step by a correcting event, the note being its reason.
  bool undoLatest();
  wxString errorText() const;
  long historyRows() const;
  bool changed() const { return changed_; }

 private:
  void load();
  void updateFields();

  storage::Database& db_;
  int64_t caseId_;
  std::string actor_;
  std::vector<model::CaseStatus> offered_;
  bool changed_ = false;

  // The controls of forms/case_actions_dialog.xrc, fetched once.
  wxStaticText* state_ = nullptr;
  wxChoice* next_ = nullptr;
  wxTextCtrl* at_ = nullptr;
  wxTextCtrl* receipt_ = nullptr;
  wxTextCtrl* agency_ = nullptr;
  wxTextCtrl* due_ = nullptr;
  wxTextCtrl* amount_ = nullptr;
  wxTextCtrl* note_ = nullptr;
  wxStaticText* error_ = nullptr;
  wxListCtrl* history_ = nullptr;
  wxButton* undo_ = nullptr;
  wxButton* apply_ = nullptr;
};

}  // namespace landdesk::gui
