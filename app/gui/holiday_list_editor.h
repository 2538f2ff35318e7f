// The days off of the office (the "holidays" rule table) edited as a plain list of dates DD/MM/YYYY with names;
// saved through rules::saveDeskRuleData, which checks the table and recomputes open cases' deadlines.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>
#include <wx/panel.h>

#include "storage/database.h"
#include "util/error.h"

class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace landdesk::gui {

class HolidayListEditor : public wxPanel {
 public:
  // Loads forms/holiday_list_editor.xrc and the table in force (desk copy, else the shipped file).
  HolidayListEditor(wxWindow* parent, storage::Database& db, std::string actor);

  // Reads the table again from the database; unsaved additions and removals are dropped.
  void reload();
  size_t dayCount() const { return order_.size(); }
  // "DD/MM/YYYY | name" of a listed day (the list is in date order).
  wxString dayText(size_t row) const;
  // The listed row holding the date (ISO "YYYY-MM-DD"), if any.
  std::optional<size_t> rowOf(const std::string& isoDay) const;
  void selectDay(size_t row);

  // Adds the day typed in the date and name fields to the list (not saved yet). Refused, with the reason in the
  // status line, when the date is not a real DD/MM/YYYY day, the name is empty or the day is already listed.
  Status addTypedDay();
  Status removeSelectedDay();
  // Saves the whole table. On a refusal (table check, database locked by another desk …) the list keeps the
  // officer's changes, so saving again later needs no retyping.
  Status save();
  bool unsaved() const { return unsaved_; }

  wxTextCtrl& dateField() { return *date_; }
  wxTextCtrl& nameField() { return *name_; }
  wxString statusText() const;

 private:
  Poco::JSON::Object::Ptr dayRow(size_t row) const;
  void listDays();
  void showStatus(const wxString& text, bool problem = false);
  Status refuse(Error error);

  storage::Database& db_;
  std::string actor_;
  Poco::JSON::Object::Ptr doc_;
  std::vector<unsigned> order_;  // list row -> index in the "days" array, sorted by date
  long selected_ = -1;
  bool unsaved_ = false;

  wxListCtrl* list_ = nullptr;
  wxTextCtrl* date_ = nullptr;
  wxTextCtrl* name_ = nullptr;
  wxStaticText* status_ = nullptr;
};

// "2/9/2026", "02/09/2026", "02-09-2026" or "02.09.2026" as a calendar day; nullopt when it is no real day.
std::optional<std::string> isoFromVietnameseDate(const std::string& text);

}  // namespace landdesk::gui
