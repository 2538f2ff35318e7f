// First-run set-up of a desk (forms/setup_wizard.xrc): commune, signer, receiving officer, agencies, formats with a
// live preview, and a summary of the shipped dated rule tables; shown while the office settings documents need are
// missing, and from Hệ thống → Thiết lập ban đầu. Not modal: the desk stays usable behind it.
#pragma once

#include <string>
#include <vector>

#include <wx/dialog.h>

#include "storage/database.h"
#include "util/error.h"

class wxButton;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;

namespace landdesk::gui {

class SettingsFieldsPage;

// Whether the settings that documents need (model::missingOfficeSettings) are still missing; errors count as not.
bool setupNeeded(storage::Database& db);

class SetupWizard : public wxDialog {
 public:
  SetupWizard(wxWindow* parent, storage::Database& db, std::string actor);

  size_t stepCount() const;
  size_t step() const;
  void goTo(size_t step);
  // The fields of a step; nullptr on the summary step.
  SettingsFieldsPage* fieldPage(size_t step) const;
  // Saves every step in one transaction when nothing documents need is missing; else nothing is saved, the status
  // line names what is missing and the wizard goes to the first step holding it.
  Status finish();
  wxString statusText() const;
  wxString summaryText() const;

 private:
  void showStep();

  storage::Database& db_;
  std::string actor_;
  std::vector<SettingsFieldsPage*> fieldPages_;
  std::vector<wxString> titles_;
  wxSimplebook* book_ = nullptr;
  wxTextCtrl* summary_ = nullptr;
  wxStaticText* stepLine_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxButton* back_ = nullptr;
  wxButton* next_ = nullptr;
};

}  // namespace landdesk::gui
