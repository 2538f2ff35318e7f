#include "mail_settings_dialog.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

MailSettingsDialog::MailSettingsDialog(wxWindow* parent, storage::Database& db, std::string actor)
    : db_(db), actor_(std::move(actor)) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("mail_settings_dialog")))
    throw std::logic_error("forms/mail_settings_dialog.xrc: no dialog named mail_settings_dialog (are the forms loaded?)");
  protocol_ = XRCCTRL(*this, "mail_protocol", wxChoice);
  url_ = XRCCTRL(*this, "mail_url", wxTextCtrl);
  user_ = XRCCTRL(*this, "mail_user", wxTextCtrl);
  tls_ = XRCCTRL(*this, "mail_tls", wxCheckBox);
  startTls_ = XRCCTRL(*this, "mail_starttls", wxCheckBox);
  caFile_ = XRCCTRL(*this, "mail_ca_file", wxTextCtrl);
  deleteSource_ = XRCCTRL(*this, "mail_delete_source", wxCheckBox);
  status_ = XRCCTRL(*this, "mail_status", wxStaticText);
  if (!protocol_ || !url_ || !user_ || !tls_ || !startTls_ || !caFile_ || !deleteSource_ || !status_)
    throw std::logic_error("forms/mail_settings_dialog.xrc lacks a control mail_settings_dialog.cpp needs");
  auto saved = intake::loadMailSettings(db_);
  if (saved) setValues(*saved);
  else status_->SetLabel(toWx(saved.error().text(uiLanguage())));
  url_->SetHint(wxASCII_STR("imaps://mail.example.vn/INBOX  |  pop.example.vn:995"));
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (save()) EndModal(wxID_OK);
  }, wxID_OK);
  SetEscapeId(XRCID("mail_settings_cancel"));  // Esc and the button cancel
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CANCEL); }, XRCID("mail_settings_cancel"));
  CentreOnParent();
}

void MailSettingsDialog::setValues(const intake::MailSettings& s) {
  protocol_->SetSelection(s.protocol == "pop3" ? 1 : 0);
  url_->ChangeValue(toWx(s.url));
  user_->ChangeValue(toWx(s.user));
  tls_->SetValue(s.tls);
  startTls_->SetValue(s.startTls);
  caFile_->ChangeValue(toWx(s.caFile));
  deleteSource_->SetValue(s.deleteSourceAfterImport);
}

intake::MailSettings MailSettingsDialog::values() const {
  intake::MailSettings s;
  s.protocol = protocol_->GetSelection() == 1 ? "pop3" : "imap";
  s.url = toUtf8(url_->GetValue().Strip(wxString::both));
  s.user = toUtf8(user_->GetValue().Strip(wxString::both));
  s.tls = tls_->GetValue();
  s.startTls = startTls_->GetValue();
  s.caFile = toUtf8(caFile_->GetValue().Strip(wxString::both));
  s.deleteSourceAfterImport = deleteSource_->GetValue();
  return s;
}

Status MailSettingsDialog::save() {
  Status done = intake::saveMailSettings(db_, values(), actor_);
  status_->SetLabel(done ? _("Saved.") : toWx(done.error().text(uiLanguage())));
  return done;
}

wxString MailSettingsDialog::statusText() const { return status_->GetLabel(); }

}  // namespace landdesk::gui
