// The Price and payment terms tab of the case editor: payment method, hand-over date, who pays which tax, other
// clauses, and the payments of the price (forms/case_editor_tabs.xrc).
#pragma once

#include "case_editor_tab.h"

namespace landdesk::gui {

class TermsTab : public CaseEditorTab {
 public:
  explicit TermsTab(wxWindow* parent);

  void showCase(const model::Case& c) override;
  bool commitPending() override;

  bool applyTerms();
  bool addPayment(const wxString& date, const wxString& amount);
  bool removeSelectedPayment();
  long paymentCount() const;

 private:
  Result<model::ContractTerms> termsFromForm() const;

  model::Case shown_;
  wxTextCtrl *method_ = nullptr, *handover_ = nullptr, *other_ = nullptr, *giftCondition_ = nullptr;
  wxTextCtrl *paymentDate_ = nullptr, *paymentAmount_ = nullptr;
  wxChoice *taxPayer_ = nullptr, *feePayer_ = nullptr;
  wxListCtrl* payments_ = nullptr;
};

}  // namespace landdesk::gui
