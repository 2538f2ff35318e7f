// The desk's main window: search box, case list and case detail over one open database (layout: forms/main_frame.xrc).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include <wx/frame.h>
#include <wx/timer.h>

#include "model/case.h"
#include "scheduled_backup.h"
#include "storage/database.h"
#include "util/error.h"

class wxHtmlWindow;
class wxInfoBar;
class wxListEvent;
class wxSearchCtrl;
class wxSplitterWindow;
class wxStaticText;

namespace landdesk::gui {

class BarrierWatch;
class CaseListCtrl;
class DashboardPanel;
class SetupWizard;

class MainFrame : public wxFrame {
 public:
  // Loads the layout; forms must be loaded (resources.h) and translations installed first.
  MainFrame();
  ~MainFrame() override;

  // Opens `file` and shows its newest cases at once; the rest of the list loads on a worker thread with its own
  // connection (100 000 summaries take seconds in SQLite) and joins the list when it arrives. On failure the reason
  // (naming the file) shows in the window's message bar, any database already open stays open, and the error is
  // returned.
  Status openDatabase(const std::filesystem::path& file, bool create);

  // Opens the first-run set-up beside the desk (not modal); with `onlyIfNeeded`, only while the office settings that
  // documents need are missing. Returns the wizard shown, or nullptr.
  SetupWizard* showSetupWizard(bool onlyIfNeeded);

  // When the open database has officer accounts, asks for a login (modal) and acts for that officer from then on.
  // False when the officer cancelled: the desk then quits. True at once for a single-desk database.
  bool loginIfNeeded();

  // Filters the list now with what the search box holds (typing does this after a short pause).
  void runSearch();
  // Selects a row, as a click would; the case then shows in the detail pane.
  void selectRow(long row);

  // What the window shows, for the start-up probe and the GUI tests.
  size_t shownCaseCount() const;
  size_t totalCaseCount() const { return allCases_ ? allCases_->size() : 0; }
  bool searchPending() const { return searchTimer_.IsRunning(); }
  bool loading() const { return loading_; }
  // Runs `done` on the UI thread once the whole case list is in memory (at once when it already is).
  void whenLoaded(std::function<void()> done);
  const wxString& openErrorMessage() const { return openError_; }
  bool openErrorShown() const;
  CaseListCtrl& caseList() { return *list_; }
  DashboardPanel& dashboard() { return *dashboard_; }
  wxSearchCtrl& searchBox() { return *search_; }
  wxHtmlWindow& detailPane() { return *detail_; }

 private:
  void onOpen(wxCommandEvent&);
  void onQuit(wxCommandEvent&);
  void onClose(wxCloseEvent& event);
  void onFind(wxCommandEvent&);
  void onRefresh(wxCommandEvent&);
  void onAbout(wxCommandEvent&);
  void onSearchText(wxCommandEvent&);
  void onSearchEnter(wxCommandEvent&);
  void onSearchCancel(wxCommandEvent&);
  void onSearchTimer(wxTimerEvent&);
  void onCaseSelected(wxListEvent&);
  void onCaseDeselected(wxListEvent&);
  void onSplitterSize(wxSizeEvent&);

  void reload();
  void onListLoaded(uint64_t generation, Result<std::vector<model::CaseSummary>>& all);
  void joinLoader();
  void showCase(long row);
  void editorSaved(int64_t caseId);
  void showCases(std::shared_ptr<const std::vector<model::CaseSummary>> cases);
  void showOpenError(const Error& error);
  void showPlaceholder();
  void updateCounts();
  void placeSash();

  std::unique_ptr<storage::Database> db_;
  std::unique_ptr<BarrierWatch> dbWatch_;  // the exception barrier rolls back what a failure leaves open on db_
  std::shared_ptr<const std::vector<model::CaseSummary>> allCases_;
  bool searchCapped_ = false;
  bool loading_ = false;
  uint64_t loadGeneration_ = 0;  // a list arriving for an earlier open or refresh is dropped
  std::thread loader_;
  std::vector<std::function<void()>> whenLoaded_;
  bool sashMovedByOfficer_ = false;
  wxString openError_;
  wxTimer searchTimer_;
  std::unique_ptr<ScheduledBackup> backup_;  // backup.interval_hours: checked every 10 minutes, written off the UI thread

  // The controls of forms/main_frame.xrc, fetched once.
  wxSearchCtrl* search_ = nullptr;
  wxStaticText* count_ = nullptr;
  CaseListCtrl* list_ = nullptr;
  wxHtmlWindow* detail_ = nullptr;
  wxSplitterWindow* splitter_ = nullptr;
  wxInfoBar* errorBar_ = nullptr;
  DashboardPanel* dashboard_ = nullptr;  // put in place of forms/main_frame.xrc's dashboard_host
};

}  // namespace landdesk::gui
