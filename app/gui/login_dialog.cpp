#include "login_dialog.h"

#include <stdexcept>

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "access/accounts.h"
#include "translations.h"
#include "wx_text.h"

namespace landdesk::gui {

LoginDialog::LoginDialog(wxWindow* parent, storage::Database& db) : db_(db) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("login_dialog")))
    throw std::logic_error("forms/login_dialog.xrc: no dialog named login_dialog");
  login_ = XRCCTRL(*this, "login_name", wxTextCtrl);
  password_ = XRCCTRL(*this, "login_password", wxTextCtrl);
  status_ = XRCCTRL(*this, "login_status", wxStaticText);
  auto* ok = XRCCTRL(*this, "login_ok", wxButton);
  if (!login_ || !password_ || !status_ || !ok || !FindWindow(XRCID("login_cancel")))
    throw std::logic_error("forms/login_dialog.xrc lacks a control login_dialog.cpp needs");
  auto submit = [this](wxCommandEvent&) {
    if (tryLogin()) EndModal(wxID_OK);
  };
  ok->Bind(wxEVT_BUTTON, submit);
  password_->Bind(wxEVT_TEXT_ENTER, submit);
  // Not wxID_CANCEL: GTK would draw its own stock label; Esc and the button both end the dialog (the desk quits).
  SetEscapeId(XRCID("login_cancel"));
  login_->SetFocus();
  Fit();
  Centre();
}

Status LoginDialog::tryLogin() {
  auto actor = access::login(db_, toUtf8(login_->GetValue()), toUtf8(password_->GetValue()));
  if (!actor) {
    status_->SetLabel(toWx(actor.error().text(uiLanguage())));
    password_->Clear();  // typed again, never kept on screen
    password_->SetFocus();
    Layout();
    Fit();
    return actor.error();
  }
  status_->SetLabel({});
  return {};
}

wxString LoginDialog::statusText() const { return status_->GetLabel(); }

}  // namespace landdesk::gui
