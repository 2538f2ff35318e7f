#include "fee_tax_panel.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "case_labels.h"
#include "register/case_fees.h"
#include "rules/tax_estimate.h"
#include "storage/case_repository.h"
#include "text/number_format.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

bool english() { return uiLanguage() == Language::English; }
const std::string& pick(const std::string& vi, const std::string& en) { return english() ? en : vi; }

std::chrono::year_month_day today() { return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow())); }

void fitColumns(wxListCtrl& list) {
  for (int c = 0; c < list.GetColumnCount(); ++c) list.SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
}

}  // namespace

FeeTaxPanel::FeeTaxPanel(wxWindow* parent, storage::Database& db, const rules::RuleBook& rules, int64_t caseId)
    : caseId_(caseId), db_(db), rules_(rules) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("fee_tax_panel")))
    throw std::logic_error("forms/fee_tax_panel.xrc: no panel named fee_tax_panel");
  caseLabel_ = XRCCTRL(*this, "fee_case_label", wxStaticText);
  fees_ = XRCCTRL(*this, "fee_lines", wxListCtrl);
  relationship_ = XRCCTRL(*this, "tax_relationship", wxChoice);
  onlyHome_ = XRCCTRL(*this, "tax_only_home", wxCheckBox);
  price_ = XRCCTRL(*this, "tax_price", wxTextCtrl);
  tableValue_ = XRCCTRL(*this, "tax_table_value", wxTextCtrl);
  taxes_ = XRCCTRL(*this, "tax_lines", wxListCtrl);
  notes_ = XRCCTRL(*this, "tax_notes", wxStaticText);
  wxButton* estimateButton = XRCCTRL(*this, "tax_estimate_button", wxButton);
  if (!caseLabel_ || !fees_ || !relationship_ || !onlyHome_ || !price_ || !tableValue_ || !taxes_ || !notes_ || !estimateButton)
    throw std::logic_error("forms/fee_tax_panel.xrc lacks a control fee_tax_panel.cpp needs");

  for (const wxString& c : {_("Fee"), _("Amount"), _("Receipt"), _("Legal basis")}) fees_->AppendColumn(c);
  for (const wxString& c : {_("Tax or charge"), _("On"), _("Amount"), _("Legal basis")}) taxes_->AppendColumn(c);
  relationship_->Append(_("(not given)"));
  for (const auto& r : rules_.taxes.relationships) {
    relationshipCodes_.push_back(r.code);
    relationship_->Append(toWx(pick(r.nameVi, r.nameEn)));
  }
  relationship_->SetSelection(0);
  estimateButton->Bind(wxEVT_BUTTON, &FeeTaxPanel::onEstimate, this);
  reload();
}

void FeeTaxPanel::reload() {
  auto loaded = db_.cases().byId(caseId_);
  if (!loaded) throw std::runtime_error(loaded.error().en);
  case_ = std::move(*loaded);
  caseLabel_->SetLabel(toWx(case_.code + " — ") + termLabel(case_.kind));
  if (!case_.parcels.empty() && case_.parcels.front().price)
    price_->SetValue(toWx(text::formatInteger(*case_.parcels.front().price)));
  showFees();
  (void)estimate();  // shows what it can at once; a refusal (e.g. no relationship for a gift) reads as a note
}

FeeTaxDialog::FeeTaxDialog(wxWindow* parent, storage::Database& db, const rules::RuleBook& rules, int64_t caseId) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("fee_tax_dialog")))
    throw std::logic_error("forms/fee_tax_panel.xrc: no dialog named fee_tax_dialog");
  panel_ = new FeeTaxPanel(this, db, rules, caseId);
  GetSizer()->Insert(0, panel_, wxSizerFlags(1).Expand());
  // Not wxID_CLOSE: GTK would draw its own stock label, untranslated; Esc and the button both close.
  SetEscapeId(XRCID("fee_tax_done"));
  SetMinSize(FromDIP(wxSize(720, 480)));
  Layout();
}

void FeeTaxPanel::showFees() {
  fees_->DeleteAllItems();
  feeTotal_ = 0;
  registry::CaseFees fees(db_, rules_.fees);
  auto recorded = fees.list(case_.id);
  std::vector<registry::FeeRecord> lines = recorded ? *recorded : std::vector<registry::FeeRecord>{};
  const bool collected = !lines.empty();
  if (!collected) {
    // Nothing paid yet: the contract's fee as the schedule quotes it today.
    auto quoted = registry::quoteFees(rules_.fees, case_.id, {{registry::contractFeeKind(case_.kind), 1, 1}}, today());
    if (quoted) lines = *quoted;
  }
  for (const auto& f : lines) {
    const long row = fees_->InsertItem(fees_->GetItemCount(), toWx(f.description));
    fees_->SetItem(row, 1, moneyText(f.amount));
    fees_->SetItem(row, 2, collected ? toWx(f.receiptNo) + wxASCII_STR(", ") + shortDate(f.paidOn) : _("to collect"));
    fees_->SetItem(row, 3, toWx(f.legalBasis));
    feeTotal_ += f.amount;
  }
  const long total = fees_->InsertItem(fees_->GetItemCount(), _("Total"));
  fees_->SetItem(total, 1, moneyText(feeTotal_));
  fitColumns(*fees_);
}

bool FeeTaxPanel::chooseRelationship(const std::string& code) {
  for (size_t i = 0; i < relationshipCodes_.size(); ++i)
    if (relationshipCodes_[i] == code) {
      relationship_->SetSelection(static_cast<int>(i + 1));
      return true;
    }
  return false;
}

void FeeTaxPanel::setOnlyHome(bool onlyHome) { onlyHome_->SetValue(onlyHome); }

Status FeeTaxPanel::estimate() {
  taxes_->DeleteAllItems();
  taxTotal_ = 0;
  auto refuse = [&](const Error& e) -> Status {
    notes_->SetLabel(toWx(e.text(uiLanguage())));
    notes_->SetForegroundColour(*wxRED);
    return e;
  };
  const std::string kind = rules::taxKindOf(case_.kind);
  if (kind.empty())
    return refuse(makeError("tax.none", "Văn bản từ chối nhận di sản không phát sinh thuế, lệ phí trước bạ",
                            "A refusal of an inheritance carries no tax or registration fee"));
  rules::TaxRequest q;
  q.kind = kind;
  q.date = std::chrono::local_days(today());
  const std::string priceText = toUtf8(price_->GetValue().Strip(wxString::both));
  if (!priceText.empty()) {
    auto price = text::parseAmount(priceText);
    if (!price) return refuse(price.error());
    q.price = *price;
  }
  const std::string tableText = toUtf8(tableValue_->GetValue().Strip(wxString::both));
  if (!tableText.empty()) {
    auto table = text::parseAmount(tableText);
    if (!table) return refuse(table.error());
    q.tableValue = *table;
  }
  if (!case_.parcels.empty()) q.area = case_.parcels.front().parcel.area;
  if (const int sel = relationship_->GetSelection(); sel > 0) q.relationship = relationshipCodes_[static_cast<size_t>(sel - 1)];
  q.onlyHome = onlyHome_->GetValue();
  auto e = rules::estimateTaxes(rules_.taxes, q);
  if (!e) return refuse(e.error());
  for (const rules::TaxLine& l : e->lines) {
    const long row = taxes_->InsertItem(taxes_->GetItemCount(), toWx(pick(l.vi, l.en)));
    taxes_->SetItem(row, 1, l.amount > 0 ? moneyText(l.base) : wxString());
    taxes_->SetItem(row, 2, moneyText(l.amount));
    taxes_->SetItem(row, 3, toWx(l.basis));
  }
  taxTotal_ = e->total;
  const long total = taxes_->InsertItem(taxes_->GetItemCount(), _("Total"));
  taxes_->SetItem(total, 2, moneyText(e->total));
  fitColumns(*taxes_);
  wxString notes = _("An estimate only: the tax office's notice is final.");
  for (const rules::TaxNote& n : e->notes) notes += wxASCII_STR("\n") + toWx(pick(n.vi, n.en));
  notes_->SetLabel(notes);
  notes_->SetForegroundColour(GetForegroundColour());
  Layout();
  return {};
}

wxString FeeTaxPanel::notesText() const { return notes_->GetLabel(); }

void FeeTaxPanel::onEstimate(wxCommandEvent&) { (void)estimate(); }

}  // namespace landdesk::gui
