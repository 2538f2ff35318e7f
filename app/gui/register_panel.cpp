#include "register_panel.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "access/permissions.h"
#include "blocked_parcels_dialog.h"
#include "case_labels.h"
#include "fee_tax_panel.h"
#include "rules/desk_rules.h"
#include "storage/settings_repository.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {
wxString kindLabel(registry::EntryKind kind) {
  switch (kind) {
    case registry::EntryKind::Original: return _("Authentication");
    case registry::EntryKind::Amendment: return _("Amendment");
    case registry::EntryKind::Cancellation: return _("Cancellation");
    case registry::EntryKind::Correction: return _("Correction");
  }
  return {};
}
}  // namespace

RegisterDialog::RegisterDialog(wxWindow* parent, storage::Database& db, std::string actor)
    : db_(db), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("register_dialog")))
    throw std::logic_error("forms/register_panel.xrc: no dialog named register_dialog");
  year_ = XRCCTRL(*this, "register_year", wxSpinCtrl);
  month_ = XRCCTRL(*this, "register_month", wxChoice);
  list_ = XRCCTRL(*this, "register_entries", wxListCtrl);
  status_ = XRCCTRL(*this, "register_status", wxStaticText);
  closeYear_ = XRCCTRL(*this, "register_close_year", wxButton);
  wxButton* verify = XRCCTRL(*this, "register_verify", wxButton);
  if (!year_ || !month_ || !list_ || !status_ || !closeYear_ || !verify)
    throw std::logic_error("forms/register_panel.xrc lacks a control register_panel.cpp needs");

  if (auto settings = db_.settings().all()) office_ = model::officeProfileFrom(*settings);
  month_->Append(_("Whole year"));
  for (int m = 1; m <= 12; ++m) month_->Append(wxString::Format(_("Month %d"), m));
  const wxString columns[] = {_("Number"), _("Date"), _("Kind"), _("Document"), _("Parties"), _("Signer"), _("Fee"), _("Note")};
  const int widths[] = {70, 80, 100, 220, 260, 170, 80, 160};
  for (int i = 0; i < 8; ++i) list_->AppendColumn(columns[i], i == 6 ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT, FromDIP(widths[i]));

  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow()));
  year_->SetValue(static_cast<int>(today.year()));
  month_->SetSelection(static_cast<int>(static_cast<unsigned>(today.month())));
  year_->Bind(wxEVT_SPINCTRL, &RegisterDialog::onPeriod, this);
  month_->Bind(wxEVT_CHOICE, &RegisterDialog::onPeriod, this);
  verify->Bind(wxEVT_BUTTON, &RegisterDialog::onVerify, this);
  closeYear_->Bind(wxEVT_BUTTON, &RegisterDialog::onCloseYear, this);
  // Not wxID_CLOSE: GTK would draw its own stock label, untranslated; Esc and the button both close.
  SetEscapeId(XRCID("register_done"));
  SetMinSize(FromDIP(wxSize(720, 420)));
  reload();
}

void RegisterDialog::showPeriod(int year, std::optional<unsigned> month) {
  year_->SetValue(year);
  month_->SetSelection(month ? static_cast<int>(*month) : 0);
  reload();
}

void RegisterDialog::reload() {
  registry::AuthenticationRegister reg(db_, office_);
  const int year = year_->GetValue();
  const int selection = month_->GetSelection();
  auto entries = reg.list(year, selection > 0 ? std::optional<unsigned>(static_cast<unsigned>(selection)) : std::nullopt);
  list_->DeleteAllItems();
  entries_.clear();
  if (!entries) {
    setStatus(toWx(entries.error().text(uiLanguage())), true);
    return;
  }
  entries_ = std::move(*entries);
  int64_t total = 0;
  for (size_t i = 0; i < entries_.size(); ++i) {
    const auto& e = entries_[i];
    const long row = list_->InsertItem(static_cast<long>(i), wxString::Format(wxASCII_STR("%02lld/%d"), static_cast<long long>(e.number), e.year));
    list_->SetItem(row, 1, shortDate(e.date));
    wxString kind = kindLabel(e.kind);
    if (e.refersTo) kind += wxASCII_STR(" ") + toWx(e.refersToText);
    list_->SetItem(row, 2, kind);
    list_->SetItem(row, 3, toWx(e.documentTitle));
    list_->SetItem(row, 4, toWx(access::idNumbersIn(db_.actor(), e.parties)));  // masked for read-only officers
    list_->SetItem(row, 5, toWx(e.signer));
    list_->SetItem(row, 6, moneyText(e.fee));
    list_->SetItem(row, 7, toWx(e.note.empty() ? e.caseCode : e.caseCode + " — " + e.note));
    total += e.fee;
  }
  wxString text = wxString::Format(_("%lu entries, fees %s"), static_cast<unsigned long>(entries_.size()), moneyText(total));
  bool closed = false;
  if (auto books = reg.books(year))
    for (const auto& b : *books)
      if (b.closedAt) {
        closed = true;
        text += wxASCII_STR("  ") + wxString::Format(_("Closed on %s by %s (total %lld)"), shortDateTime(*b.closedAt),
                                                     toWx(b.closedBy), static_cast<long long>(b.closingTotal.value_or(0)));
      }
  closeYear_->Enable(!closed);
  setStatus(text, false);
}

bool RegisterDialog::verifyNow() {
  registry::AuthenticationRegister reg(db_, office_);
  auto report = reg.verify();
  if (!report) {
    setStatus(toWx(report.error().text(uiLanguage())), true);
    return false;
  }
  if (report->intact) {
    setStatus(wxString::Format(_("The register is intact: %lld entries and %lld books checked."),
                               static_cast<long long>(report->entriesChecked), static_cast<long long>(report->booksChecked)),
              false);
    return true;
  }
  const std::string& problem = uiLanguage() == Language::English ? report->problemEn : report->problemVi;
  wxString where;
  if (report->firstBad)
    where = wxString::Format(_("entry %lld/%d"), static_cast<long long>(report->firstBad->number), report->firstBad->year) +
            wxASCII_STR(": ");
  setStatus(_("The register was altered!") + wxASCII_STR(" ") + where + toWx(problem), true);
  return false;
}

Status RegisterDialog::closeShownYear() {
  registry::AuthenticationRegister reg(db_, office_);
  auto closed = reg.closeYear(year_->GetValue(), actor_);
  if (!closed) {
    setStatus(toWx(closed.error().text(uiLanguage())), true);
    return closed.error();
  }
  reload();
  return {};
}

wxString RegisterDialog::statusText() const { return status_->GetLabel(); }

void RegisterDialog::setStatus(const wxString& text, bool problem) {
  status_->SetLabel(text);
  status_->SetForegroundColour(problem ? *wxRED : GetForegroundColour());
  status_->Refresh();
}

void RegisterDialog::onPeriod(wxCommandEvent&) { reload(); }
void RegisterDialog::onVerify(wxCommandEvent&) { verifyNow(); }

void RegisterDialog::onCloseYear(wxCommandEvent&) {
  const wxString question = wxString::Format(
      _("Close the register of %d? The year's total is stated and no entry of that year can be added or changed afterwards."),
      year_->GetValue());
  if (wxMessageBox(question, _("Year-end closing"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES) return;
  (void)closeShownYear();  // a refusal shows in the status line
}

void showRegisterTool(wxWindow* parent, storage::Database* db, RegisterTool tool, std::optional<int64_t> caseId) {
  if (!db) {
    wxMessageBox(_("Open a database first."), _("Register"), wxOK | wxICON_INFORMATION, parent);
    return;
  }
  const std::string actor = toUtf8(wxGetUserId());
  switch (tool) {
    case RegisterTool::Register: {
      RegisterDialog dialog(parent, *db, actor);
      dialog.ShowModal();
      return;
    }
    case RegisterTool::BlockedParcels: {
      BlockedParcelsDialog dialog(parent, *db, actor);
      dialog.ShowModal();
      return;
    }
    case RegisterTool::FeesAndTaxes: {
      if (!caseId) {
        wxMessageBox(_("Select a case in the list first."), _("Fees and taxes"), wxOK | wxICON_INFORMATION, parent);
        return;
      }
      auto rules = rules::loadDeskRuleBook(*db);  // the administrator's saved tables, else the shipped ones
      if (!rules) {
        wxMessageBox(toWx(rules.error().text(uiLanguage())), _("Fees and taxes"), wxOK | wxICON_ERROR, parent);
        return;
      }
      FeeTaxDialog dialog(parent, *db, *rules, *caseId);
      dialog.ShowModal();
      return;
    }
  }
}

}  // namespace landdesk::gui
