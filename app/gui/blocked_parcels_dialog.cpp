#include "blocked_parcels_dialog.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "case_labels.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

BlockedParcelsDialog::BlockedParcelsDialog(wxWindow* parent, storage::Database& db, std::string actor)
    : blocks_(db), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("blocked_parcels_dialog")))
    throw std::logic_error("forms/blocked_parcels_dialog.xrc: no dialog named blocked_parcels_dialog");
  activeOnly_ = XRCCTRL(*this, "block_active_only", wxCheckBox);
  list_ = XRCCTRL(*this, "block_list", wxListCtrl);
  status_ = XRCCTRL(*this, "block_status", wxStaticText);
  wxButton* import = XRCCTRL(*this, "block_import", wxButton);
  if (!activeOnly_ || !list_ || !status_ || !import)
    throw std::logic_error("forms/blocked_parcels_dialog.xrc lacks a control blocked_parcels_dialog.cpp needs");
  const wxString columns[] = {_("Notice"), _("Issued by"), _("Number"), _("Date"), _("Parcel"), _("Land user"), _("Reason")};
  const int widths[] = {90, 200, 140, 80, 200, 150, 200};
  for (int i = 0; i < 7; ++i) list_->AppendColumn(columns[i], wxLIST_FORMAT_LEFT, FromDIP(widths[i]));
  activeOnly_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { reload(); });
  import->Bind(wxEVT_BUTTON, &BlockedParcelsDialog::onImport, this);
  // Not wxID_CLOSE: GTK would draw its own stock label, untranslated; Esc and the button both close.
  SetEscapeId(XRCID("block_done"));
  SetMinSize(FromDIP(wxSize(720, 420)));
  reload();
}

void BlockedParcelsDialog::showActiveOnly(bool activeOnly) {
  activeOnly_->SetValue(activeOnly);
  reload();
}

void BlockedParcelsDialog::reload() {
  list_->DeleteAllItems();
  auto notices = blocks_.list(activeOnly_->GetValue());
  if (!notices) {
    status_->SetLabel(toWx(notices.error().text(uiLanguage())));
    notices_.clear();
    return;
  }
  notices_ = std::move(*notices);
  for (size_t i = 0; i < notices_.size(); ++i) {
    const auto& n = notices_[i];
    const long row = list_->InsertItem(static_cast<long>(i), n.release ? _("Release") : _("Block"));
    list_->SetItem(row, 1, toWx(n.issuer));
    list_->SetItem(row, 2, toWx(n.documentNumber));
    list_->SetItem(row, 3, shortDate(n.documentDate));
    wxString parcel = toWx(n.gcnSerial);
    if (!n.parcelNumber.empty())
      parcel += (parcel.empty() ? wxString() : wxASCII_STR("; ")) + parcelReference(n.parcelNumber, n.mapSheet) +
                (n.commune.empty() ? wxString() : wxASCII_STR(", ") + toWx(n.commune));
    list_->SetItem(row, 4, parcel);
    list_->SetItem(row, 5, toWx(n.owner));
    list_->SetItem(row, 6, toWx(n.reason));
  }
  status_->SetLabel(wxString::Format(_("%lu notices"), static_cast<unsigned long>(notices_.size())));
}

Result<registry::BlockImportReport> BlockedParcelsDialog::importFile(const std::filesystem::path& file) {
  auto report = registry::importBlockFile(blocks_, file, actor_);
  reload();
  if (!report) {
    status_->SetLabel(toWx(report.error().text(uiLanguage())));
    status_->SetForegroundColour(*wxRED);
    return report;
  }
  wxString text;
  if (report->written) {
    text = wxString::Format(_("Imported: %lu blocks, %lu released, %lu already recorded."), static_cast<unsigned long>(report->blocked),
                            static_cast<unsigned long>(report->released), static_cast<unsigned long>(report->duplicates));
  } else {
    text = _("Nothing imported; fix these rows and import again:");
    for (const auto& p : report->problems)
      text += wxASCII_STR("\n") + wxString::Format(_("row %lu"), static_cast<unsigned long>(p.line)) + wxASCII_STR(": ") +
              toWx(uiLanguage() == Language::English ? p.en : p.vi);
  }
  status_->SetLabel(text);
  status_->SetForegroundColour(report->written ? GetForegroundColour() : *wxRED);
  Layout();
  return report;
}

wxString BlockedParcelsDialog::statusText() const { return status_->GetLabel(); }

void BlockedParcelsDialog::onImport(wxCommandEvent&) {
  wxFileDialog dialog(this, _("Import blocking notices"), wxString(), wxString(),
                      _("Lists (*.csv;*.xlsx)|*.csv;*.xlsx|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return;
  (void)importFile(pathFromWx(dialog.GetPath()));  // the outcome shows in the status line
}

}  // namespace landdesk::gui
