// The register view: entries of a year or month, the hash-chain check and the year-end closing (forms/register_panel.xrc).
#pragma once

#include <optional>
#include <vector>

#include <wx/dialog.h>

#include "model/office_profile.h"
#include "register/authentication_register.h"
#include "storage/database.h"

class wxButton;
class wxChoice;
class wxListCtrl;
class wxSpinCtrl;
class wxStaticText;

namespace landdesk::gui {

class RegisterDialog : public wxDialog {
 public:
  // Shows the current year; `actor` is who closes a year from here.
  RegisterDialog(wxWindow* parent, storage::Database& db, std::string actor);

  // Shows `year` (and `month`, 1–12, or the whole year) as the officer's choice would.
  void showPeriod(int year, std::optional<unsigned> month);
  // The verify button: true when the chain is intact; the result shows in the status line.
  bool verifyNow();
  // The close-year action without the confirmation question (the button asks first).
  Status closeShownYear();

  size_t entryCount() const { return entries_.size(); }
  wxString statusText() const;
  wxListCtrl& entryList() { return *list_; }

 private:
  void reload();
  void onPeriod(wxCommandEvent&);
  void onVerify(wxCommandEvent&);
  void onCloseYear(wxCommandEvent&);
  void setStatus(const wxString& text, bool problem);

  storage::Database& db_;
  std::string actor_;
  model::OfficeProfile office_;
  std::vector<registry::RegisterEntry> entries_;

  wxSpinCtrl* year_ = nullptr;
  wxChoice* month_ = nullptr;
  wxListCtrl* list_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxButton* closeYear_ = nullptr;
};

// The register tools reached from the main window's Register menu.
enum class RegisterTool { Register, FeesAndTaxes, BlockedParcels };
// Opens `tool` modally over `parent`; says so in a message box when no database (or, for fees, no case) is chosen.
void showRegisterTool(wxWindow* parent, storage::Database* db, RegisterTool tool, std::optional<int64_t> caseId);

}  // namespace landdesk::gui
