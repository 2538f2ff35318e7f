#include "settings_dialog.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "agencies_page.h"
#include "office_settings_page.h"
#include "rule_data_page.h"
#include "settings_fields_page.h"
#include "translations.h"
#include "users_page.h"
#include "wx_text.h"

namespace landdesk::gui {

SettingsDialog::SettingsDialog(wxWindow* parent, storage::Database& db, std::string actor)
    : db_(db), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("settings_dialog")))
    throw std::logic_error("forms/settings_dialog.xrc: no dialog named settings_dialog");
  pages_ = XRCCTRL(*this, "settings_pages", wxNotebook);
  status_ = XRCCTRL(*this, "settings_status", wxStaticText);
  auto* saveButton = XRCCTRL(*this, "settings_save", wxButton);
  if (!pages_ || !status_ || !saveButton || !FindWindow(XRCID("settings_close")))
    throw std::logic_error("forms/settings_dialog.xrc lacks a control settings_dialog.cpp needs");

  auto addFields = [this](SettingsFieldsPage* page, const wxString& title) {
    fieldPages_.push_back(page);
    pages_->AddPage(page, title);
  };
  addFields(makeOfficeSettingsPage(pages_, {"office."}), _("Commune"));
  addFields(makeOfficeSettingsPage(pages_, {"signer.", "receiver."}), _("Signer and officers"));
  addFields(makeAgenciesPage(pages_), _("Agencies"));
  addFields(makeOfficeSettingsPage(pages_, {"format."}), _("Formats"));
  ruleData_ = new RuleDataPage(pages_, db_, actor_);
  pages_->AddPage(ruleData_, _("Rule tables"));
  pages_->AddPage(new UsersPage(pages_, db_), _("Officers and rights"));

  if (Status loaded = loadSettingsPages(db_, fieldPages_); !loaded) status_->SetLabel(toWx(loaded.error().text(uiLanguage())));
  saveButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)save(); });
  // Not wxID_CLOSE: GTK would draw its own stock label, untranslated; Esc and the button both close.
  SetEscapeId(XRCID("settings_close"));
  SetMinSize(FromDIP(wxSize(860, 560)));
  SetSize(GetMinSize());
}

Status SettingsDialog::save() {
  Status saved = saveSettingsPages(db_, fieldPages_, actor_);
  status_->SetLabel(saved ? _("Settings saved.") : toWx(saved.error().text(uiLanguage())));
  return saved;
}

wxString SettingsDialog::statusText() const { return status_->GetLabel(); }

}  // namespace landdesk::gui
