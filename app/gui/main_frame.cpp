#include "main_frame.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include <wx/aboutdlg.h>
#include <wx/filedlg.h>
#include <wx/html/htmlwin.h>
#include <wx/infobar.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/srchctrl.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "case_detail_html.h"
#include "case_labels.h"
#include "case_actions_dialog.h"
#include "case_editor.h"
#include "case_list_ctrl.h"
#include "dashboard_panel.h"
#include "desk_icons.h"
#include "exception_barrier.h"
#include "register_panel.h"
#include "document_dialog.h"
#include "inbox_panel.h"
#include "login_dialog.h"
#include "access/accounts.h"
#include "verify_dialog.h"
#include "reports_dialog.h"
#include "settings_dialog.h"
#include "setup_wizard.h"
#include "shortcuts_dialog.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "text/number_format.h"
#include "translations.h"
#include "version.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {
// Typing pauses shorter than this do not query the database.
constexpr int kSearchDebounceMs = 250;
// A search shows at most this many cases; a common family name alone can match thousands.
constexpr size_t kSearchLimit = 5000;
// Cases shown at once on opening, before the rest of the list arrives from the loader thread.
constexpr size_t kFirstScreen = 500;

// "100.000" in Vietnamese, "100,000" in English.
wxString countText(size_t n) {
  std::string digits = text::formatInteger(static_cast<int64_t>(n));
  if (uiLanguage() == Language::English) std::replace(digits.begin(), digits.end(), '.', ',');
  return toWx(digits);
}
}  // namespace

MainFrame::MainFrame() : searchTimer_(this) {
  if (!wxXmlResource::Get()->LoadFrame(this, nullptr, wxASCII_STR("main_frame")))
    throw std::logic_error("forms/main_frame.xrc: no frame named main_frame (are the forms loaded?)");
  search_ = XRCCTRL(*this, "case_search", wxSearchCtrl);
  count_ = XRCCTRL(*this, "case_count", wxStaticText);
  list_ = XRCCTRL(*this, "case_list", CaseListCtrl);
  detail_ = XRCCTRL(*this, "case_detail", wxHtmlWindow);
  splitter_ = XRCCTRL(*this, "case_splitter", wxSplitterWindow);
  errorBar_ = XRCCTRL(*this, "open_error_bar", wxInfoBar);
  if (!search_ || !count_ || !list_ || !detail_ || !splitter_ || !errorBar_)
    throw std::logic_error("forms/main_frame.xrc lacks a control main_frame.cpp needs");

  Bind(wxEVT_MENU, &MainFrame::onOpen, this, wxID_OPEN);
  Bind(wxEVT_MENU, &MainFrame::onQuit, this, wxID_EXIT);
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
  Bind(wxEVT_MENU, &MainFrame::onFind, this, XRCID("case_find"));
  Bind(wxEVT_MENU, &MainFrame::onRefresh, this, XRCID("case_refresh"));
  // Register menu: the register view, fees and taxes of the selected case, blocked parcels (register_panel.h).
  auto selectedCaseId = [this]() -> std::optional<int64_t> {
    const model::CaseSummary* s = list_->caseAt(list_->selectedRow());
    return s ? std::optional<int64_t>(s->id) : std::nullopt;
  };
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { showRegisterTool(this, db_.get(), RegisterTool::Register, std::nullopt); },
       XRCID("register_view"));
  Bind(wxEVT_MENU, [this, selectedCaseId](wxCommandEvent&) {
    showRegisterTool(this, db_.get(), RegisterTool::FeesAndTaxes, selectedCaseId());
  }, XRCID("case_fees_taxes"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { showRegisterTool(this, db_.get(), RegisterTool::BlockedParcels, std::nullopt); },
       XRCID("blocked_parcels"));
  // Reports menu: the reports dialog over the open database (reports_dialog.h), beside the desk (modeless) so a
  // year's report being written blocks nothing else.
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (db_) (new ReportsDialog(this, db_->path()))->Show();
  }, XRCID("reports_open"));
  // Case menu / toolbar: the documents of the selected case (document_dialog.h).
  Bind(wxEVT_MENU, [this, selectedCaseId](wxCommandEvent&) {
    const auto id = selectedCaseId();
    if (!db_ || !id) return;
    // Modeless: the desk stays usable while LibreOffice renders; closing the desk closes (and abandons) it.
    (new DocumentDialog(this, db_->path(), *id, db_->actor()))->Show();
  }, XRCID("case_documents"));
  // Ctrl+P: the selected case's contract through the documents dialog's own print path (A4, the no-printer message
  // with focus on Export PDF, the audit entry), rendered first.
  Bind(wxEVT_MENU, [this, selectedCaseId](wxCommandEvent&) {
    const auto id = selectedCaseId();
    if (!db_ || !id) return;
    auto* dialog = new DocumentDialog(this, db_->path(), *id, db_->actor());
    dialog->Show();
    (void)dialog->printContract();  // a refusal shows in the dialog's status line
  }, XRCID("case_print"));
  // Workflow: the dashboard strip above the list, and the next step of the selected case (dashboard_panel.h,
  // case_actions_dialog.h). Activating a dashboard row finds that case in the list.
  dashboard_ = new DashboardPanel(this);
  if (!wxXmlResource::Get()->AttachUnknownControl(wxASCII_STR("dashboard_host"), dashboard_, this))
    throw std::logic_error("forms/main_frame.xrc lacks the dashboard_host placeholder");
  dashboard_->onOpenCase([this](int64_t, const std::string& code) {
    search_->ChangeValue(toWx(code));
    runSearch();
    if (list_->caseCount() > 0) selectRow(0);
  });
  Bind(wxEVT_MENU, [this, selectedCaseId](wxCommandEvent&) {
    const auto id = selectedCaseId();
    if (!db_ || !id) return;
    const long row = list_->selectedRow();
    CaseActionsDialog dialog(this, *db_, *id, toUtf8(wxGetUserId()));
    if (dialog.ShowModal() != wxID_OK) return;
    reload();
    whenLoaded([this, row] { selectRow(row); });
  }, XRCID("case_advance"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    wxWindow* host = dashboard_->GetParent();
    host->Show(!host->IsShown());
    host->GetParent()->Layout();
  }, XRCID("dashboard_show"));
  // Inbox (inbox_panel.h): F7 shows it; files dropped on the window or picked with Ctrl+I go through the same intake
  // entry point as `landdesk-cli intake`. The data directory is the database's folder, as for the CLI's defaults.
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (db_) showInboxWindow(this, db_->path(), db_->path().parent_path(), &db_->actor());
  }, XRCID("inbox_show"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (InboxPanel* inbox = db_ ? showInboxWindow(this, db_->path(), db_->path().parent_path(), &db_->actor()) : nullptr)
      inbox->pickFiles();
  }, XRCID("inbox_add_files"));
  SetDropTarget(new InboxDropTarget([this](const std::vector<std::filesystem::path>& files) {
    if (InboxPanel* inbox = db_ ? showInboxWindow(this, db_->path(), db_->path().parent_path(), &db_->actor()) : nullptr)
      (void)inbox->importFiles(files);
  }));
  // Verify view of the selected case's papers (verify_dialog.h), beside the desk: a confirmed value refreshes the
  // case's detail when it is shown; closing the view reloads the list, keeping the officer's selection.
  Bind(wxEVT_MENU, [this, selectedCaseId](wxCommandEvent&) {
    const auto id = selectedCaseId();
    if (!db_ || !id) return;
    VerifyDialog::open(this, *db_, db_->path().parent_path(), *id, toUtf8(wxGetUserId()), [this](int64_t caseId, bool closing) {
      if (!closing) return editorSaved(caseId);
      const long row = list_->selectedRow();
      reload();
      whenLoaded([this, row] { selectRow(row); });
    });
  }, XRCID("case_verify"));
  // System menu: Settings (modal: short edits, nothing long runs in it) and the first-run set-up again.
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (!db_) return;
    SettingsDialog dialog(this, *db_, toUtf8(wxGetUserId()));
    dialog.ShowModal();
  }, XRCID("settings_open"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { showSetupWizard(false); }, XRCID("setup_wizard_open"));
  // View menu: every section from the keyboard; Help → shortcuts lists the menus' accelerators.
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    wxWindow* host = dashboard_->GetParent();
    if (!host->IsShown()) {
      host->Show();
      host->GetParent()->Layout();
    }
    dashboard_->SetFocus();
  }, XRCID("nav_dashboard"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    list_->SetFocus();
    if (list_->caseCount() > 0) selectRow(std::max(0L, list_->selectedRow()));
  }, XRCID("nav_cases"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ProcessCommand(XRCID("register_view")); }, XRCID("nav_register"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { ProcessCommand(XRCID("reports_open")); }, XRCID("nav_reports"));
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    ShortcutsDialog dialog(this, *GetMenuBar(), caseEditorShortcuts());
    dialog.ShowModal();
  }, XRCID("help_shortcuts"));
  Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
  // The case editor (case_editor.h): Ctrl+N for a new case, Enter / double-click / Case → Edit for the selected one.
  auto showEditor = [this](Result<CaseEditorFrame*> editor) {
    if (!editor) return errorBar_->ShowMessage(toWx(editor.error().text(uiLanguage())), wxICON_ERROR);
    (*editor)->onSaved([this](int64_t id) { editorSaved(id); });
  };
  Bind(wxEVT_MENU, [this, showEditor](wxCommandEvent&) {
    if (!db_) return;
    if (auto kind = chooseCaseKind(this)) showEditor(CaseEditorFrame::newCase(this, *db_, *kind));
  }, XRCID("case_new"));
  Bind(wxEVT_MENU, [this, selectedCaseId, showEditor](wxCommandEvent&) {
    if (const auto id = selectedCaseId(); db_ && id) showEditor(CaseEditorFrame::openCase(this, *db_, *id));
  }, XRCID("case_edit"));
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { ProcessCommand(XRCID("case_edit")); });
  Bind(wxEVT_TIMER, &MainFrame::onSearchTimer, this, searchTimer_.GetId());
  search_->Bind(wxEVT_TEXT, &MainFrame::onSearchText, this);
  search_->Bind(wxEVT_SEARCH, &MainFrame::onSearchEnter, this);
  search_->Bind(wxEVT_SEARCH_CANCEL, &MainFrame::onSearchCancel, this);
  // Down arrow from the search box goes into the list, so the officer never needs the mouse to pick a case.
  search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
    if (event.GetKeyCode() != WXK_DOWN || list_->caseCount() == 0) return event.Skip();
    if (searchTimer_.IsRunning()) runSearch();
    list_->SetFocus();
    selectRow(std::max(0L, list_->selectedRow()));
  });
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, &MainFrame::onCaseSelected, this);
  list_->Bind(wxEVT_LIST_ITEM_DESELECTED, &MainFrame::onCaseDeselected, this);
  splitter_->Bind(wxEVT_SIZE, &MainFrame::onSplitterSize, this);
  // Only the sash shows the splitter itself to the mouse: a press there means the officer is placing it.
  splitter_->Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& event) {
    sashMovedByOfficer_ = true;
    event.Skip();
  });

  search_->ShowCancelButton(true);
  detail_->SetBorders(FromDIP(10));
  const int points = std::max(9, GetFont().GetPointSize());
  detail_->SetStandardFonts(points);
  list_->setUpColumns();
  SetMinSize(FromDIP(wxSize(760, 480)));
  if (wxToolBar* toolbar = GetToolBar()) applyDeskIcons(*toolbar);  // sharp at any display scale
  if (wxStatusBar* status = GetStatusBar()) {
    const int widths[] = {-3, -1};
    status->SetFieldsCount(2, widths);
  }
  showPlaceholder();
  updateCounts();
  search_->SetFocus();
  backup_ = std::make_unique<ScheduledBackup>(this, [this] { return db_ ? db_->path() : std::filesystem::path(); });
}

MainFrame::~MainFrame() {
  searchTimer_.Stop();
  backup_.reset();  // waits for a backup being written: its worker posts to this frame's status bar
  // The loader reads with its own connection and posts to this frame: it must end first. SQLite offers no safe
  // way to cancel the read from here, so closing during the first seconds waits for it.
  ++loadGeneration_;
  joinLoader();
}

Status MainFrame::openDatabase(const std::filesystem::path& file, bool create) {
  storage::OpenOptions options;
  options.path = file;
  options.create = create;
  auto opened = storage::Database::open(options);
  if (!opened) {
    showOpenError(opened.error());
    return opened.error();
  }
  // The set-up holds the database it was opened on.
  if (wxWindow* wizard = wxWindow::FindWindowByName(wxASCII_STR("setup_wizard"), this)) wizard->Destroy();
  if (db_)  // so do the verify views (what they confirmed is stored already)
    for (VerifyDialog* view : VerifyDialog::openOn(*db_)) view->Destroy();
  dbWatch_.reset();
  db_ = std::move(*opened);
  // storage.busy_timeout_ms (how long a save waits for another desk's write lock) is applied by Database::open.
  dbWatch_ = std::make_unique<BarrierWatch>(*db_);
  openError_.clear();
  errorBar_->Dismiss();
  SetTitle(wxString::Format(_("LandDesk - %s"), pathToWx(file.filename())));
  SetStatusText(wxString::Format(_("Database: %s"), pathToWx(file)), 0);
  reload();
  return {};
}

SetupWizard* MainFrame::showSetupWizard(bool onlyIfNeeded) {
  if (!db_ || (onlyIfNeeded && !setupNeeded(*db_))) return nullptr;
  if (auto* open = dynamic_cast<SetupWizard*>(wxWindow::FindWindowByName(wxASCII_STR("setup_wizard"), this))) {
    open->Raise();
    return open;
  }
  auto* wizard = new SetupWizard(this, *db_, toUtf8(wxGetUserId()));
  wizard->Show();
  return wizard;
}

bool MainFrame::loginIfNeeded() {
  if (!db_) return true;
  auto exist = access::usersExist(*db_);
  // Unreadable user table: stay in anonymous mode (no rights) rather than lock the officer out of reading.
  if (!exist || !*exist) return true;
  LoginDialog dialog(this, *db_);
  if (dialog.ShowModal() != wxID_OK) return false;
  showPlaceholder();  // a page shown before the login may hold numbers this officer may not see
  return true;
}

void MainFrame::reload() {
  if (!db_) return;
  if (dashboard_) {
    dashboard_->setDatabase(db_.get());
    (void)dashboard_->refresh();  // a failure shows in the dashboard's own line
  }
  joinLoader();
  auto newest = db_->cases().list(kFirstScreen);
  if (!newest) {
    showOpenError(newest.error());
    return;
  }
  const bool complete = newest->size() < kFirstScreen;
  allCases_ = std::make_shared<const std::vector<model::CaseSummary>>(std::move(*newest));
  loading_ = !complete;
  const uint64_t generation = ++loadGeneration_;
  if (search_->GetValue().Strip(wxString::both).empty())
    showCases(allCases_);
  else
    runSearch();
  if (complete) {
    Result<std::vector<model::CaseSummary>> all = std::vector<model::CaseSummary>(*allCases_);
    onListLoaded(generation, all);
    return;
  }
  loader_ = std::thread([this, generation, file = db_->path()] {
    storage::OpenOptions options;
    options.path = file;
    options.create = false;
    auto db = storage::Database::open(options);
    auto all = std::make_shared<Result<std::vector<model::CaseSummary>>>(
        db ? (*db)->cases().list() : Result<std::vector<model::CaseSummary>>(db.error()));
    CallAfter([this, generation, all] { onListLoaded(generation, *all); });  // thread-safe: queues an event
  });
}

void MainFrame::onListLoaded(uint64_t generation, Result<std::vector<model::CaseSummary>>& all) {
  if (generation != loadGeneration_) return;
  joinLoader();
  loading_ = false;
  if (!all) {
    showOpenError(all.error());
  } else {
    allCases_ = std::make_shared<const std::vector<model::CaseSummary>>(std::move(*all));
    const LocalDateTime now = localNow();
    const auto overdue = std::count_if(allCases_->begin(), allCases_->end(),
                                       [&](const model::CaseSummary& s) { return isOverdue(s, now); });
    SetStatusText(wxString::Format(_("Overdue: %s"), countText(static_cast<size_t>(overdue))), 1);
    // The newest cases on screen are the head of the full list (same order), so the view just grows.
    if (search_->GetValue().Strip(wxString::both).empty()) list_->extendCases(allCases_);
  }
  updateCounts();
  auto callbacks = std::move(whenLoaded_);
  whenLoaded_.clear();
  for (auto& done : callbacks) done();
}

void MainFrame::whenLoaded(std::function<void()> done) {
  if (loading_)
    whenLoaded_.push_back(std::move(done));
  else
    done();
}

void MainFrame::joinLoader() {
  if (loader_.joinable()) loader_.join();
}

void MainFrame::runSearch() {
  searchTimer_.Stop();
  if (!db_) return;
  const std::string query = toUtf8(search_->GetValue().Strip(wxString::both));
  if (query.empty()) {
    searchCapped_ = false;
    showCases(allCases_);
    return;
  }
  auto found = db_->cases().search(query, kSearchLimit);
  if (!found) {
    showOpenError(found.error());
    return;
  }
  searchCapped_ = found->size() >= kSearchLimit;
  showCases(std::make_shared<const std::vector<model::CaseSummary>>(std::move(*found)));
}

void MainFrame::showCases(std::shared_ptr<const std::vector<model::CaseSummary>> cases) {
  list_->setCases(cases ? std::move(cases) : std::make_shared<const std::vector<model::CaseSummary>>());
  showPlaceholder();
  updateCounts();
}

size_t MainFrame::shownCaseCount() const { return list_->caseCount(); }

bool MainFrame::openErrorShown() const { return !openError_.empty() && errorBar_->IsShown(); }

void MainFrame::selectRow(long row) {
  if (!list_->caseAt(row)) return;
  list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  list_->EnsureVisible(row);  // the list's selection event fills the detail pane, as a click or arrow key does
}

void MainFrame::showCase(long row) {
  const model::CaseSummary* summary = list_->caseAt(row);
  if (!summary || !db_) return showPlaceholder();
  auto repo = db_->cases();
  // The core's view (as `case show`): the view-cases right, ID numbers masked for this officer, one case.view audit
  // entry per case opened — this runs on selection only, never on a repaint.
  auto c = access::viewCase(*db_, summary->code);
  if (!c) {
    detail_->SetPage(noteHtml(_("This case could not be loaded."), toWx(c.error().text(uiLanguage()))));
    return;
  }
  auto events = repo.events(summary->id);
  detail_->SetPage(caseDetailHtml(*c, events ? *events : std::vector<model::CaseEvent>{}, db_->actor()));
}

void MainFrame::showPlaceholder() {
  if (!db_)
    detail_->SetPage(noteHtml(_("No database is open."), _("Use File > Open database... to choose one.")));
  else if (list_->caseCount() == 0)
    detail_->SetPage(noteHtml(_("No case matches."), _("Try fewer words; accents and letter case do not matter.")));
  else
    detail_->SetPage(noteHtml(_("Select a case in the list to see its details.")));
}

void MainFrame::updateCounts() {
  const size_t shown = list_->caseCount();
  const size_t total = totalCaseCount();
  wxString text;
  if (!db_)
    text.clear();
  else if (loading_)
    text = wxString::Format(_("%s newest cases, loading the rest..."), countText(shown));
  else if (shown == total && !searchCapped_)
    text = wxString::Format(_("%s cases"), countText(total));
  else if (searchCapped_)
    text = wxString::Format(_("first %s of %s cases"), countText(shown), countText(total));
  else
    text = wxString::Format(_("%s of %s cases"), countText(shown), countText(total));
  count_->SetLabel(text);
}

void MainFrame::showOpenError(const Error& error) {
  openError_ = _("The database could not be opened.") + wxASCII_STR(" ") + toWx(error.text(uiLanguage()));
  errorBar_->ShowMessage(openError_, wxICON_ERROR);
  if (!db_) {
    SetStatusText(_("No database open"), 0);
    showPlaceholder();
  }
}

void MainFrame::onOpen(wxCommandEvent&) {
  wxString dir;
  if (db_) dir = pathToWx(db_->path().parent_path());
  wxFileDialog dialog(this, _("Open a LandDesk database"), dir, wxString(),
                      _("LandDesk databases (*.sqlite;*.db)|*.sqlite;*.db|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return;
  (void)openDatabase(pathFromWx(dialog.GetPath()), false);  // a failure is shown in the message bar
}

// Not forced: an editor whose edits cannot be saved (a conflict, a lock) holds the quit, see onClose.
void MainFrame::onQuit(wxCommandEvent&) { Close(); }

// Quitting (File → Quit, the window's close box): a child window is deleted with this frame without a close event
// of its own, so the case editors are closed first — each applies what is typed and saves, as its own close does —
// and the Inbox stops its fetch between two messages. An editor that cannot save keeps the desk open with the reason
// shown in both windows rather than drop the officer's edits; a forced close leaves them as a recoverable draft.
void MainFrame::onClose(wxCloseEvent& event) {
  cancelInboxWork(this);
  const std::vector<CaseEditorFrame*> unsaved = CaseEditorFrame::closeAllForQuit();
  if (!unsaved.empty() && event.CanVeto()) {
    event.Veto();
    wxString codes;
    for (CaseEditorFrame* editor : unsaved) codes += (codes.empty() ? wxString() : wxASCII_STR(", ")) + editor->caseLabel();
    errorBar_->ShowMessage(wxString::Format(_("Not quitting: case %s could not be saved; its window says why."), codes),
                           wxICON_WARNING);
    unsaved.front()->Raise();
    return;
  }
  event.Skip();  // the default handler destroys the window
}

void MainFrame::onFind(wxCommandEvent&) {
  search_->SetFocus();
  search_->SelectAll();
}

void MainFrame::onRefresh(wxCommandEvent&) { reload(); }

void MainFrame::onAbout(wxCommandEvent&) {
  wxAboutDialogInfo info;
  info.SetName(wxASCII_STR("LandDesk"));
  info.SetVersion(toWx(version()));
  info.SetDescription(_("The land-contract desk of the commune: cases, parties, parcels and the papers received."));
  wxAboutBox(info, this);
}

void MainFrame::onSearchText(wxCommandEvent&) { searchTimer_.StartOnce(kSearchDebounceMs); }

void MainFrame::onSearchEnter(wxCommandEvent&) {
  runSearch();
  if (list_->caseCount() > 0) {
    list_->SetFocus();
    selectRow(0);
  }
}

void MainFrame::onSearchCancel(wxCommandEvent&) {
  search_->ChangeValue(wxString());
  runSearch();
}

void MainFrame::onSplitterSize(wxSizeEvent& event) {
  event.Skip();
  // After the splitter has applied the resize itself; once the officer drags the sash, their choice stays.
  if (!sashMovedByOfficer_) CallAfter(&MainFrame::placeSash);
}

void MainFrame::placeSash() {
  const int width = splitter_->GetClientSize().x;
  if (width <= 0) return;
  // The list gets what its columns need while the detail pane keeps a readable width (not too narrow, not too wide).
  int sash = std::min(list_->preferredWidth(), width - FromDIP(340));
  sash = std::max({sash, width / 2, width - FromDIP(640)});
  splitter_->SetSashPosition(sash);
}

void MainFrame::onSearchTimer(wxTimerEvent&) { runSearch(); }

void MainFrame::onCaseSelected(wxListEvent& event) { showCase(event.GetIndex()); }

void MainFrame::editorSaved(int64_t caseId) {
  const long row = list_->selectedRow();
  const model::CaseSummary* shown = list_->caseAt(row);
  if (shown && shown->id == caseId) {
    // The detail pane shows what the editor saved (autosave, every few seconds): the same opening, so no new
    // case.view entry; caseDetailHtml masks the ID numbers for this officer as the view does.
    auto saved = db_->cases().byId(caseId);
    auto events = db_->cases().events(caseId);
    if (saved)
      detail_->SetPage(caseDetailHtml(*saved, events ? *events : std::vector<model::CaseEvent>{}, db_->actor()));
    return;
  }
  const bool listed = allCases_ && std::any_of(allCases_->begin(), allCases_->end(),
                                               [&](const model::CaseSummary& s) { return s.id == caseId; });
  if (!listed) reload();  // a new case joins the list
}

void MainFrame::onCaseDeselected(wxListEvent&) {
  if (list_->selectedRow() == -1) showPlaceholder();
}

}  // namespace landdesk::gui
