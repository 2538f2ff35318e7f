// Settings page "Officers and rights": officer accounts listed, added, disabled, unlocked, passwords reset (access/accounts.h).
#pragma once

#include <string>
#include <vector>

#include <wx/panel.h>

#include "storage/database.h"
#include "storage/user_repository.h"
#include "util/error.h"

class wxCheckBox;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace landdesk::gui {

// Every change goes through the accounts core, which checks the acting officer's manage-users right; a refusal
// shows the core's message in the status line and changes nothing.
class UsersPage : public wxPanel {
 public:
  UsersPage(wxWindow* parent, storage::Database& db);

  // Nothing waits for the dialog's Save: each button acts at once. True (kept for the Settings pages' contract).
  bool Save();

  // Adds the officer the form describes (login, name, ticked roles, the password typed twice).
  Status addFromForm();
  // The selected officer: a new password from the two password fields, disabled, or unlocked.
  Status resetSelectedPassword();
  Status disableSelected();
  Status unlockSelected();

  // Re-reads the accounts; false (reason in the status line) when they cannot be read.
  bool refresh();
  size_t userCount() const { return users_.size(); }
  // "login | name | roles | active | locked", as listed.
  wxString rowText(size_t row) const;
  void selectLogin(const std::string& login);
  void setRole(const std::string& roleKey, bool on);
  wxTextCtrl& loginField() { return *login_; }
  wxTextCtrl& nameField() { return *name_; }
  wxTextCtrl& passwordField() { return *password_; }
  wxTextCtrl& passwordAgainField() { return *password2_; }
  wxString statusText() const;

 private:
  Status report(Status result, const wxString& done);
  Result<std::string> selectedLogin() const;

  storage::Database& db_;
  std::vector<storage::UserRow> users_;
  std::vector<std::pair<std::string, wxCheckBox*>> roles_;
  wxListCtrl* list_ = nullptr;
  wxTextCtrl* login_ = nullptr;
  wxTextCtrl* name_ = nullptr;
  wxTextCtrl* password_ = nullptr;
  wxTextCtrl* password2_ = nullptr;
  wxStaticText* status_ = nullptr;
};

}  // namespace landdesk::gui
