// Fees and taxes of one case: fee lines with receipts and legal basis, and the tax estimate (forms/fee_tax_panel.xrc).
#pragma once

#include <string>
#include <vector>

#include <wx/dialog.h>

#include "model/case.h"
#include "rules/rule_book.h"
#include "rules/tax_estimate.h"
#include "storage/database.h"
#include "util/error.h"

class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace landdesk::gui {

class FeeTaxDialog : public wxDialog {
 public:
  // `rules` must outlive the dialog.
  FeeTaxDialog(wxWindow* parent, storage::Database& db, const rules::RuleBook& rules, int64_t caseId);

  // The estimate button: reads the inputs, shows each tax line with its basis; an Error shows as the notes line.
  Status estimate();
  // Chooses a relationship by its taxes.json code ("parent_child"); false when there is no such code.
  bool chooseRelationship(const std::string& code);
  void setOnlyHome(bool onlyHome);

  wxListCtrl& feeLines() { return *fees_; }
  wxListCtrl& taxLines() { return *taxes_; }
  wxString notesText() const;
  int64_t feeTotal() const { return feeTotal_; }
  int64_t taxTotal() const { return taxTotal_; }

 private:
  void showFees();
  void onEstimate(wxCommandEvent&);

  storage::Database& db_;
  const rules::RuleBook& rules_;
  model::Case case_;
  std::vector<std::string> relationshipCodes_;  // parallel to the choice's items after "not given"
  int64_t feeTotal_ = 0;
  int64_t taxTotal_ = 0;

  wxStaticText* caseLabel_ = nullptr;
  wxListCtrl* fees_ = nullptr;
  wxChoice* relationship_ = nullptr;
  wxCheckBox* onlyHome_ = nullptr;
  wxTextCtrl* price_ = nullptr;
  wxTextCtrl* tableValue_ = nullptr;
  wxListCtrl* taxes_ = nullptr;
  wxStaticText* notes_ = nullptr;
};

}  // namespace landdesk::gui
