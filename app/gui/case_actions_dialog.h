// "Next step" for the selected case: only the states allowed from its current one, the details that step needs,
// the history with corrections, and undoing a mistaken latest step (layout: forms/case_actions_dialog.xrc).
// Authentication goes through the register (entry number, fee on the receipt, transition in one transaction).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <wx/dialog.h>

#include "model/vocabulary.h"
#include "storage/database.h"
#include "workflow/case_workflow.h"

class wxButton;
class wxCheckBox;
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
  // The officer's declaration that the signer is related to no party (authentication refuses without it).
  void setSignerUnrelated(bool unrelated);
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
  bool authenticate(const workflow::TransitionDetails& d);
  Result<std::optional<Error>> sendDraft(const workflow::TransitionDetails& d);
  bool refuse(const Error& e);  // shows the message under the fields (why a step was refused, or what it left out); false

  storage::Database& db_;
  int64_t caseId_;
  std::string actor_;
  std::string code_;  // the case's code, which the register's authentication names it by
  std::vector<model::CaseStatus> offered_;
  wxString prefilledAt_;  // the "when" field as load() filled it (now, to the minute)
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
  wxCheckBox* signerUnrelated_ = nullptr;
  wxStaticText* error_ = nullptr;
  wxListCtrl* history_ = nullptr;
  wxButton* undo_ = nullptr;
  wxButton* apply_ = nullptr;
};

}  // namespace landdesk::gui
