// What every read-side page of the case editor is: a panel over one case that re-reads it when asked
// (case_view_tabs.h adds them; layouts in forms/case_view_tabs.xrc: "<name>_status" over "<name>_list").
#pragma once

#include <cstdint>

#include <wx/panel.h>

#include "storage/database.h"

class wxListCtrl;
class wxStaticText;

namespace landdesk::gui {

class CaseViewPage : public wxPanel {
 public:
  // Re-reads the case from the database and shows it again (after the editor saved).
  virtual void refresh() = 0;

  wxListCtrl& list() { return *list_; }
  wxString statusText() const;

 protected:
  // Loads the XRC panel `name` into this page and fetches its two controls; throws std::logic_error when missing.
  CaseViewPage(wxWindow* parent, const char* name, storage::Database& db, int64_t caseId);
  void setStatus(const wxString& text);
  // Report columns with these headers, then rows of cells; widths fit the text.
  void setColumns(std::initializer_list<wxString> headers);
  void addRow(std::initializer_list<wxString> cells);
  void fitColumns();

  storage::Database& db_;
  int64_t caseId_;
  wxListCtrl* list_ = nullptr;
  wxStaticText* status_ = nullptr;
};

}  // namespace landdesk::gui
