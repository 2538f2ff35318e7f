// Settings page of the dated rule tables (holidays, deadlines, fees, taxes, land prices): rows listed, one row edited
// as JSON text, a new dated row added; holidays as a list of dates (holiday_list_editor.h); every save goes through
// rules::saveDeskRuleData, which checks the whole table.
#pragma once

#include <string>
#include <vector>

#include <Poco/JSON/Object.h>
#include <wx/panel.h>

#include "storage/database.h"
#include "util/error.h"

class wxListBox;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace landdesk::gui {

class HolidayListEditor;

// The rule files' JSON as the page edits it: keys kept in the file's order, two-space indent.
Poco::JSON::Object::Ptr parseRuleObject(const std::string& text);
std::string stringifyRule(const Poco::Dynamic::Var& value);
// A text field of a row, empty when absent or null.
std::string ruleField(const Poco::JSON::Object::Ptr& row, const std::string& name);

class RuleDataPage : public wxPanel {
 public:
  RuleDataPage(wxWindow* parent, storage::Database& db, std::string actor);

  // Shows the table in force (the desk copy, else the shipped file) and its rows.
  void showTable(const std::string& name);
  size_t rowCount() const { return rows_.size(); }
  // "key | name | effective_from | effective_to | source" of a row, as listed.
  wxString rowText(size_t row) const;
  void selectRow(size_t row);
  // Replaces the selected row with the editor's JSON text and saves the whole table. Refused (nothing saved, the
  // reason in the status line) when the text is not one JSON object or the table check fails.
  Status saveEditedRow();
  // Copies the selected row as a new row in force from `fromIso` (its key gets the date), selects it in the editor.
  // Nothing is saved until saveEditedRow.
  void addDatedRow(const std::string& fromIso);
  wxTextCtrl& editor() { return *editor_; }
  // The list of days off, shown instead of the row editor while the "holidays" table is selected.
  HolidayListEditor& holidays() { return *holidays_; }
  wxString statusText() const;

 private:
  struct RowRef {
    std::string section;
    unsigned index = 0;
  };
  Poco::JSON::Object::Ptr rowObject(const RowRef& ref) const;
  void listRows();
  void showStatus(const wxString& text);

  storage::Database& db_;
  std::string actor_;
  std::string table_;
  Poco::JSON::Object::Ptr doc_;
  std::vector<RowRef> rows_;
  long selected_ = -1;

  wxListBox* tables_ = nullptr;
  wxListCtrl* list_ = nullptr;
  wxTextCtrl* editor_ = nullptr;
  wxStaticText* status_ = nullptr;
  HolidayListEditor* holidays_ = nullptr;
};

// One line per rule table: how many dated rows are in force here, and this year's days off (the set-up summary).
wxString ruleTablesSummary(storage::Database& db);

}  // namespace landdesk::gui
