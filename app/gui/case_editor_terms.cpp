#include "case_editor_terms.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "case_labels.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

using model::ContractSide;

namespace {

constexpr ContractSide kSides[] = {ContractSide::A, ContractSide::B, ContractSide::Both};

void fillSides(wxChoice& choice) {
  choice.Append(_("Party A (transferor, donor)"));
  choice.Append(_("Party B (transferee, donee)"));
  choice.Append(_("Both parties"));
}

ContractSide sideOf(const wxChoice& choice) {
  const int at = choice.GetSelection();
  return at >= 0 && at < 3 ? kSides[at] : ContractSide::A;
}

}  // namespace

TermsTab::TermsTab(wxWindow* parent) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("case_editor_terms")))
    throw std::logic_error("forms/case_editor_tabs.xrc: no panel named case_editor_terms");
  method_ = XRCCTRL(*this, "terms_method", wxTextCtrl);
  handover_ = XRCCTRL(*this, "terms_handover", wxTextCtrl);
  other_ = XRCCTRL(*this, "terms_other", wxTextCtrl);
  giftCondition_ = XRCCTRL(*this, "terms_gift_condition", wxTextCtrl);
  paymentDate_ = XRCCTRL(*this, "payment_date", wxTextCtrl);
  paymentAmount_ = XRCCTRL(*this, "payment_amount", wxTextCtrl);
  taxPayer_ = XRCCTRL(*this, "terms_tax_payer", wxChoice);
  feePayer_ = XRCCTRL(*this, "terms_fee_payer", wxChoice);
  payments_ = XRCCTRL(*this, "payment_list", wxListCtrl);
  require(method_ && handover_ && other_ && giftCondition_ && paymentDate_ && paymentAmount_ && taxPayer_ && feePayer_ &&
              payments_, "case_editor_terms");
  fillSides(*taxPayer_);
  fillSides(*feePayer_);
  payments_->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(100));
  payments_->AppendColumn(_("Amount"), wxLIST_FORMAT_RIGHT, FromDIP(150));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { applyTerms(); }, XRCID("terms_apply"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addPayment(paymentDate_->GetValue(), paymentAmount_->GetValue()); },
       XRCID("payment_add"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedPayment(); }, XRCID("payment_remove"));
  for (wxTextCtrl* text : {method_, handover_, giftCondition_})
    text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { applyTerms(); });
  for (wxTextCtrl* text : {paymentDate_, paymentAmount_})
    text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
      addPayment(paymentDate_->GetValue(), paymentAmount_->GetValue());
    });
}

void TermsTab::showCase(const model::Case& c) {
  shown_ = c;
  const model::ContractTerms t = c.terms.value_or(model::ContractTerms{});
  method_->ChangeValue(toWx(t.paymentMethod));
  handover_->ChangeValue(t.handoverDate ? toWx(isoDate(*t.handoverDate)) : wxString());
  other_->ChangeValue(toWx(t.otherTerms));
  giftCondition_->ChangeValue(toWx(t.giftCondition));
  taxPayer_->SetSelection(static_cast<int>(t.incomeTaxPayer));
  feePayer_->SetSelection(static_cast<int>(t.registrationFeePayer));
  payments_->DeleteAllItems();
  for (size_t i = 0; i < t.payments.size(); ++i) {
    const long row = payments_->InsertItem(static_cast<long>(i), t.payments[i].date ? shortDate(*t.payments[i].date) : wxString());
    payments_->SetItem(row, 1, moneyText(t.payments[i].amount));
  }
}

Result<model::ContractTerms> TermsTab::termsFromForm() const {
  model::ContractTerms t = shown_.terms.value_or(model::ContractTerms{});
  auto handover = formDate(*handover_, "handover date");
  if (!handover) return handover.error();
  t.paymentMethod = formText(*method_);
  t.handoverDate = *handover;
  t.otherTerms = formText(*other_);
  t.giftCondition = formText(*giftCondition_);
  t.incomeTaxPayer = sideOf(*taxPayer_);
  t.registrationFeePayer = sideOf(*feePayer_);
  return t;
}

bool TermsTab::applyTerms() {
  auto terms = termsFromForm();
  return edit_([&](model::Case& c) -> Status {
    if (!terms) return terms.error();
    c.terms = *terms;
    return {};
  });
}

bool TermsTab::commitPending() {
  auto typed = termsFromForm();
  const bool same = typed && (shown_.terms ? *typed == *shown_.terms : *typed == model::ContractTerms{});
  return same || applyTerms();
}

bool TermsTab::addPayment(const wxString& date, const wxString& amount) {
  paymentDate_->ChangeValue(date);
  paymentAmount_->ChangeValue(amount);
  auto day = formDate(*paymentDate_, "payment date");
  auto money = formAmount(*paymentAmount_, "payment amount");
  auto terms = termsFromForm();
  const bool added = edit_([&](model::Case& c) -> Status {
    if (!day) return day.error();
    if (!money) return money.error();
    if (!*money)
      return makeError("editor.no_amount", "Hãy nhập số tiền của đợt thanh toán", "Type the amount of the payment");
    if (!terms) return terms.error();
    c.terms = *terms;
    c.terms->payments.push_back({*day, **money, {}});
    return {};
  });
  if (added) {
    paymentDate_->Clear();
    paymentAmount_->Clear();
  }
  return added;
}

bool TermsTab::removeSelectedPayment() {
  const long row = selectedRow(*payments_);
  if (row < 0) return false;
  return edit_([&](model::Case& c) -> Status {
    if (c.terms && static_cast<size_t>(row) < c.terms->payments.size())
      c.terms->payments.erase(c.terms->payments.begin() + row);
    return {};
  });
}

long TermsTab::paymentCount() const { return payments_->GetItemCount(); }

}  // namespace landdesk::gui
