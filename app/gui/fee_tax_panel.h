// Fees and taxes of one case: fee lines with receipts and legal basis, and the tax estimate (forms/fee_tax_panel.xrc),
// as a panel (a page of the case editor) and as the register's dialog around it.
#pragma once

#include <string>
#include <vector>

#include <wx/dialog.h>
#include <wx/panel.h>

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

class FeeTaxPanel : public wxPanel {
 public:
  // `rules` must outlive the panel.
  FeeTaxPanel(wxWindow* parent, storage::Database& db, const rules::RuleBook& rules, int64_t caseId);
  // Re-reads the case and its fee lines, then estimates again (after the case editor saved).
  void reload();

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

  int64_t caseId_;
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

// The register's "Fees and taxes" dialog: the panel and a Close button (Esc closes too).
class FeeTaxDialog : public wxDialog {
 public:
  FeeTaxDialog(wxWindow* parent, storage::Database& db, const rules::RuleBook& rules, int64_t caseId);

  FeeTaxPanel& panel() { return *panel_; }
  Status estimate() { return panel_->estimate(); }
  bool chooseRelationship(const std::string& code) { return panel_->chooseRelationship(code); }
  void setOnlyHome(bool onlyHome) { panel_->setOnlyHome(onlyHome); }
  wxListCtrl& feeLines() { return panel_->feeLines(); }
  wxListCtrl& taxLines() { return panel_->taxLines(); }
  wxString notesText() const { return panel_->notesText(); }
  int64_t feeTotal() const { return panel_->feeTotal(); }
  int64_t taxTotal() const { return panel_->taxTotal(); }

 private:
  FeeTaxPanel* panel_ = nullptr;
};

}  // namespace landdesk::gui
