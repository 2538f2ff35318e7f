// Settings (Hệ thống → Cài đặt…): the office, signer and receiving officer, agencies, formats and the dated rule
// tables, each a page of a notebook (forms/settings_dialog.xrc); everything the first-run set-up asked, editable.
#pragma once

#include <string>
#include <vector>

#include <wx/dialog.h>

#include "storage/database.h"
#include "util/error.h"

class wxNotebook;
class wxStaticText;

namespace landdesk::gui {

class RuleDataPage;
class SettingsFieldsPage;

class SettingsDialog : public wxDialog {
 public:
  SettingsDialog(wxWindow* parent, storage::Database& db, std::string actor);

  // Stores the values of every field page in one transaction; the result shows in the status line.
  Status save();

  wxNotebook& pages() { return *pages_; }
  const std::vector<SettingsFieldsPage*>& fieldPages() const { return fieldPages_; }
  RuleDataPage& ruleData() { return *ruleData_; }
  wxString statusText() const;

 private:
  storage::Database& db_;
  std::string actor_;
  std::vector<SettingsFieldsPage*> fieldPages_;
  RuleDataPage* ruleData_ = nullptr;
  wxNotebook* pages_ = nullptr;
  wxStaticText* status_ = nullptr;
};

}  // namespace landdesk::gui
