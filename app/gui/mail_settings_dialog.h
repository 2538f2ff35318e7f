// The desk's mailbox settings (protocol, address, user, TLS, delete-after-import) saved in the settings table;
// the password stays out of the database (layout: forms/mail_settings_dialog.xrc).
#pragma once

#include <string>

#include <wx/dialog.h>

#include "intake/mail_settings.h"
#include "storage/database.h"
#include "util/error.h"

class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace landdesk::gui {

class MailSettingsDialog : public wxDialog {
 public:
  MailSettingsDialog(wxWindow* parent, storage::Database& db, std::string actor);

  // What Save does: checks and stores the values; on a refusal the reason shows and the dialog stays open.
  Status save();
  void setValues(const intake::MailSettings& settings);
  intake::MailSettings values() const;
  wxString statusText() const;

 private:
  storage::Database& db_;
  std::string actor_;
  wxChoice* protocol_ = nullptr;
  wxTextCtrl* url_ = nullptr;
  wxTextCtrl* user_ = nullptr;
  wxCheckBox* tls_ = nullptr;
  wxCheckBox* startTls_ = nullptr;
  wxTextCtrl* caFile_ = nullptr;
  wxCheckBox* deleteSource_ = nullptr;
  wxStaticText* status_ = nullptr;
};

}  // namespace landdesk::gui
