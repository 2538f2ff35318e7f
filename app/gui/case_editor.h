// The case editor: a window of its own per case (not modal) with the editable tabs (parties, parcels, price and
// payment terms, heirs and shares) and the read-side tabs, undo/redo, and autosave through CaseEditSession.
//
// A separate frame rather than the main window's detail pane: the officer keeps the list, dashboard and inbox
// usable while a case is open (papers arrive mid-edit), two cases can be open side by side, and the editor's own
// database connection makes another window's change a reported conflict instead of a silent overwrite.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <wx/frame.h>
#include <wx/timer.h>

#include "case_editor_tab.h"
#include "editing/case_edit_session.h"
#include "storage/database.h"

class wxInfoBar;
class wxNotebook;
class wxStaticText;

namespace landdesk::gui {

class PartiesTab;
class ParcelsTab;
class TermsTab;
class HeirsTab;

class CaseEditorFrame : public wxFrame {
 public:
  // The editor of a stored case; an editor already open for it is raised instead. It opens its own connection to
  // `desk`'s file and acts for `desk`'s logged-in officer.
  static Result<CaseEditorFrame*> openCase(wxWindow* parent, storage::Database& desk, int64_t caseId);
  // A new case of `kind` (Ctrl+N), stored by the first save.
  static Result<CaseEditorFrame*> newCase(wxWindow* parent, storage::Database& desk, model::CaseKind kind);
  // The open editor of a case, or nullptr.
  static CaseEditorFrame* find(int64_t caseId);

  // Edits still unsaved when the window goes without a close event are saved here, or kept as a recovery draft.
  ~CaseEditorFrame() override;

  // The desk quitting: every open editor closes as its own close would (what is typed applied, then saved). Returns
  // those that could not save (a conflict, a lock): still open, the reason in their bar, the edits kept.
  static std::vector<CaseEditorFrame*> closeAllForQuit();
  // The case's code, or "new case" before its first save.
  wxString caseLabel() const;
  // Where edits that could not be saved when the window had to go were kept (<data>/unsaved/<case>-<time>.json,
  // the case's JSON form, which `landdesk-cli case add` reads); empty while nothing was kept that way.
  const std::filesystem::path& recoveryDraft() const { return draft_; }

  editing::CaseEditSession& session() { return *session_; }
  int64_t caseId() const { return session_->current().id; }
  // Applies the forms' pending input, then writes the case; a refusal or a conflict shows in the message bar and the
  // edits stay. After a save the read-side tabs re-read the case.
  Status saveNow();
  bool undo();
  bool redo();
  bool applyEdit(const CaseEditorTab::Edit& edit);
  void addPartyFromScannedId(model::PartyRole role);
  void addParcelFromScannedGcn();
  // Called after each successful save with the case id (the main window refreshes its list).
  void onSaved(std::function<void(int64_t)> saved) { onSaved_ = std::move(saved); }

  // What the window shows, for the GUI tests.
  bool autosavePending() const { return autosave_.IsRunning(); }
  bool messageShown() const;
  const wxString& message() const { return message_; }
  wxNotebook& book() { return *book_; }
  PartiesTab& parties() { return *parties_; }
  ParcelsTab& parcels() { return *parcels_; }
  TermsTab& terms() { return *terms_; }
  HeirsTab& heirs() { return *heirs_; }
  static constexpr int kAutosaveMs = 2000;

 private:
  CaseEditorFrame(wxWindow* parent, std::unique_ptr<storage::Database> db, editing::CaseEditSession session);
  static Result<std::unique_ptr<storage::Database>> connect(storage::Database& desk);
  void showAll();
  bool afterStep(bool moved);  // after undo/redo: show the case and restart the autosave clock
  void showError(const Error& error);
  bool commitTabs();
  void saveQuietly();
  void onClose(wxCloseEvent& event);
  void keepRecoveryDraft();
  std::vector<CaseEditorTab*> tabs() const;

  std::unique_ptr<storage::Database> db_;
  std::optional<editing::CaseEditSession> session_;
  std::string actor_;
  wxTimer autosave_;
  bool viewTabsAdded_ = false;
  bool committing_ = false;
  wxString message_;
  std::function<void(int64_t)> onSaved_;
  std::filesystem::path draft_;

  wxInfoBar* info_ = nullptr;
  wxStaticText* heading_ = nullptr;
  wxNotebook* book_ = nullptr;
  PartiesTab* parties_ = nullptr;
  ParcelsTab* parcels_ = nullptr;
  TermsTab* terms_ = nullptr;
  HeirsTab* heirs_ = nullptr;
};

// Asks which kind of case to open (modal, short): chuyển nhượng, tặng cho, tách thửa, thừa kế …; nullopt on cancel.
std::optional<model::CaseKind> chooseCaseKind(wxWindow* parent);

// The editor's keys for Help → keyboard shortcuts (read from its menu, plus Enter in the case list).
std::vector<std::pair<wxString, wxString>> caseEditorShortcuts();

}  // namespace landdesk::gui
