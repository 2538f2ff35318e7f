#include "setup_wizard.h"

#include <algorithm>
#include <stdexcept>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "agencies_page.h"
#include "model/office_profile.h"
#include "office_settings_page.h"
#include "rule_data_page.h"
#include "settings_fields_page.h"
#include "storage/settings_repository.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

bool setupNeeded(storage::Database& db) {
  auto stored = db.settings().all();
  return stored && !model::missingOfficeSettings(model::officeProfileFrom(*stored)).empty();
}

SetupWizard::SetupWizard(wxWindow* parent, storage::Database& db, std::string actor) : db_(db), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("setup_wizard")))
    throw std::logic_error("forms/setup_wizard.xrc: no dialog named setup_wizard");
  stepLine_ = XRCCTRL(*this, "wizard_step", wxStaticText);
  status_ = XRCCTRL(*this, "wizard_status", wxStaticText);
  back_ = XRCCTRL(*this, "wizard_back", wxButton);
  next_ = XRCCTRL(*this, "wizard_next", wxButton);
  auto* finishButton = XRCCTRL(*this, "wizard_finish", wxButton);
  if (!stepLine_ || !status_ || !back_ || !next_ || !finishButton)
    throw std::logic_error("forms/setup_wizard.xrc lacks a control setup_wizard.cpp needs");
  // XRC of wx 3.2 has no wxSimplebook handler everywhere; the book goes in the placeholder instead.
  book_ = new wxSimplebook(this);
  if (!wxXmlResource::Get()->AttachUnknownControl(wxASCII_STR("wizard_pages_host"), book_, this))
    throw std::logic_error("forms/setup_wizard.xrc lacks the wizard_pages_host placeholder");

  auto addFields = [this](SettingsFieldsPage* page, const wxString& title) {
    fieldPages_.push_back(page);
    titles_.push_back(title);
    book_->AddPage(page, title);
  };
  addFields(makeOfficeSettingsPage(book_, {"office.commune_type", "office.commune", "office.province", "office.former",
                                           "office.address", "office.phone"}),
            _("The commune after the 2025 merger, and its former names for old papers"));
  addFields(makeOfficeSettingsPage(book_, {"signer."}), _("Who signs the authentication, and with which title"));
  addFields(makeOfficeSettingsPage(book_, {"receiver."}), _("The officer who receives dossiers at the desk"));
  addFields(makeAgenciesPage(book_), _("The agencies dossiers are handed to"));
  addFields(makeOfficeSettingsPage(book_, {"format.", "office.service_centre"}),
            _("Register number format and the style of numbers in words"));
  summary_ = new wxTextCtrl(book_, wxID_ANY, ruleTablesSummary(db_), wxDefaultPosition, wxDefaultSize,
                            wxTE_MULTILINE | wxTE_READONLY);
  titles_.push_back(_("Holidays, deadlines, fees and taxes in force (edit later in Settings)"));
  book_->AddPage(summary_, titles_.back());

  if (Status loaded = loadSettingsPages(db_, fieldPages_); !loaded) status_->SetLabel(toWx(loaded.error().text(uiLanguage())));
  back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { goTo(step() > 0 ? step() - 1 : 0); });
  next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { goTo(step() + 1); });
  finishButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (!finish()) return;
    if (IsModal()) EndModal(wxID_OK);
    else Destroy();
  });
  SetMinSize(FromDIP(wxSize(820, 520)));
  SetSize(GetMinSize());
  showStep();
}

size_t SetupWizard::stepCount() const { return book_->GetPageCount(); }

size_t SetupWizard::step() const { return static_cast<size_t>(std::max(0, book_->GetSelection())); }

void SetupWizard::goTo(size_t step) {
  if (step >= stepCount()) return;
  book_->SetSelection(step);
  showStep();
}

SettingsFieldsPage* SetupWizard::fieldPage(size_t step) const { return step < fieldPages_.size() ? fieldPages_[step] : nullptr; }

void SetupWizard::showStep() {
  stepLine_->SetLabel(wxString::Format(_("Step %zu of %zu: %s"), step() + 1, stepCount(), titles_[step()]));
  back_->Enable(step() > 0);
  next_->Enable(step() + 1 < stepCount());
  Layout();
}

Status SetupWizard::finish() {
  std::map<std::string, std::string> values;
  for (const SettingsFieldsPage* page : fieldPages_) values.merge(page->values());
  const auto missing = model::missingOfficeSettings(model::officeProfileFrom(values));
  if (!missing.empty()) {
    wxString names;
    for (const auto& key : missing)
      for (const auto& s : model::officeSettings())
        if (key == s.key) names += (names.empty() ? wxString() : wxASCII_STR(", ")) + toWx(uiLanguage() == Language::English ? s.en : s.vi);
    for (size_t i = 0; i < fieldPages_.size(); ++i)
      if (fieldPages_[i]->hasKey(missing.front())) {
        goTo(i);
        break;
      }
    status_->SetLabel(wxString::Format(_("Still missing: %s"), names));
    return makeError("setup.missing", "Còn thiếu: " + toUtf8(names), "Still missing: " + toUtf8(names));
  }
  Status saved = saveSettingsPages(db_, fieldPages_, actor_);
  status_->SetLabel(saved ? _("The desk is set up.") : toWx(saved.error().text(uiLanguage())));
  return saved;
}

wxString SetupWizard::statusText() const { return status_->GetLabel(); }

wxString SetupWizard::summaryText() const { return summary_->GetValue(); }

}  // namespace landdesk::gui
