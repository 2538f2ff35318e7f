// The officer's login at desk start: checks the password through access::login and shows the core's message on refusal.
#pragma once

#include <wx/dialog.h>

#include "storage/database.h"
#include "util/error.h"

class wxStaticText;
class wxTextCtrl;

namespace landdesk::gui {

// Modal; ends with wxID_OK once an officer has logged in (the database then acts for them), wxID_CANCEL on Quit.
class LoginDialog : public wxDialog {
 public:
  LoginDialog(wxWindow* parent, storage::Database& db);

  // Tries what the two fields hold. A wrong password or a locked account leaves the dialog open with the core's
  // message (Vietnamese, or English in an English session) in the status line.
  Status tryLogin();
  wxTextCtrl& loginField() { return *login_; }
  wxTextCtrl& passwordField() { return *password_; }
  wxString statusText() const;

 private:
  storage::Database& db_;
  wxTextCtrl* login_ = nullptr;
  wxTextCtrl* password_ = nullptr;
  wxStaticText* status_ = nullptr;
};

}  // namespace landdesk::gui
