// The dashboard strip of the main window: today's visits, cases due soon, overdue, waiting for tax, for the result
// or for papers, with counts; activating a row opens that case (layout: forms/dashboard_panel.xrc).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <wx/panel.h>

#include "storage/database.h"
#include "util/datetime.h"
#include "workflow/dashboard.h"

class wxButton;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace landdesk::gui {

class DashboardPanel : public wxPanel {
 public:
  enum Section { Visits = 0, DueSoon, Overdue, WaitingTax, WaitingResult, WaitingPapers };

  explicit DashboardPanel(wxWindow* parent);

  // The database the main window has open (nullptr: nothing to show). The panel does not own it.
  void setDatabase(storage::Database* db);
  // Re-reads the dashboard as of `now`; a failure shows in the summary line and is returned.
  Status refresh(LocalDateTime now = localNow());
  void showSection(Section section);
  Section section() const;
  long rowCount() const;
  // The case shown in a row of the current list.
  std::optional<int64_t> caseIdAt(long row) const;
  std::string codeAt(long row) const;
  // Runs `open` with the case id and code when the officer activates a row (double-click or Enter).
  void onOpenCase(std::function<void(int64_t, const std::string&)> open) { open_ = std::move(open); }
  // As activating `row` does.
  void activate(long row);
  const std::optional<workflow::Dashboard>& data() const { return data_; }

 private:
  void fill();
  void updateChoice();
  void onActivated(wxListEvent& event);

  storage::Database* db_ = nullptr;
  std::optional<workflow::Dashboard> data_;
  std::function<void(int64_t, const std::string&)> open_;

  // The controls of forms/dashboard_panel.xrc, fetched once.
  wxChoice* section_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxButton* refresh_ = nullptr;
  wxListCtrl* list_ = nullptr;
};

}  // namespace landdesk::gui
