// The Inbox in the desk app: received papers with thumbnails, sender, time, channel and state; fetch mail, watched
// folders checked by a timer off the UI thread, files picked or dropped, assign to a case, discard, open
// (layout: forms/inbox_panel.xrc). Every import goes through intake::InboxImporter, as `landdesk-cli intake` does.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <wx/dnd.h>
#include <wx/panel.h>
#include <wx/timer.h>

#include "model/vocabulary.h"
#include "storage/database.h"
#include "storage/inbox_repository.h"
#include "util/error.h"

class wxButton;
class wxChoice;
class wxComboBox;
class wxGauge;
class wxImageList;
class wxListCtrl;
class wxStaticText;

namespace landdesk::gui {

class InboxPanel : public wxPanel {
 public:
  // `database` is opened on a connection of the panel's own (and one more per background job); files are stored
  // under `dataDir`. Watched folders: Zalo's default folder and those added, looked at every `interval`.
  InboxPanel(wxWindow* parent, std::filesystem::path database, std::filesystem::path dataDir,
             std::chrono::milliseconds interval = std::chrono::seconds(3));
  ~InboxPanel() override;

  // What the officer does (the GUI tests drive the panel through these).
  void reload();
  size_t itemCount() const { return items_.size(); }
  const std::vector<storage::InboxItem>& items() const { return items_; }
  bool selectItem(long row);
  // Files picked or dropped on the window: the same entry point as `landdesk-cli intake` (kept even if some fail).
  Status importFiles(const std::vector<std::filesystem::path>& files);
  void pickFiles();  // the file dialog of "Add files..." (Ctrl+I in the main window)
  void checkFoldersNow();  // what the timer does
  void fetchMailNow();     // "Lấy thư": the saved mailbox, the password from the environment or asked once
  void cancelWork();
  bool busy() const { return busy_; }
  // Reads the selected item's paper and adds it to the case (or a new case of `newKind`) on the worker; the error
  // returned is only why it could not start. The outcome shows in the status line; once busy() is false,
  // lastAssignError() holds why the assignment failed, if it did.
  Status assignSelected(const std::optional<std::string>& caseCode, std::optional<model::CaseKind> newKind);
  const std::optional<Error>& lastAssignError() const { return assignError_; }
  Status discardSelected();
  Status watchFolder(const std::filesystem::path& folder);
  const std::vector<std::filesystem::path>& folders() const { return folders_; }
  size_t thumbnailCount() const { return thumbnails_.size(); }
  wxString statusText() const;
  void setMailPassword(std::string password) { password_ = std::move(password); }
  // The officer logged in at the desk: the panel's list reads as them, ID numbers in it masked per their role.
  void setActor(const access::Actor& actor);

 private:
  void fillList();
  void fillCases(const std::string& query);
  void loadFolders();
  void startJob(const wxString& what, std::function<wxString(storage::Database&, std::atomic<bool>&)> job);
  void jobDone(const wxString& message);
  void startThumbnails();
  void onTimer(wxTimerEvent&);
  void setStatus(const wxString& text);
  std::optional<storage::InboxItem> selected() const;
  Result<std::unique_ptr<storage::Database>> connect() const;

  std::filesystem::path database_;
  std::filesystem::path dataDir_;
  std::unique_ptr<storage::Database> db_;
  std::vector<storage::InboxItem> items_;
  std::vector<std::filesystem::path> folders_;
  std::map<std::string, int> thumbnails_;  // sha256 -> index in the image list
  std::optional<std::string> password_;
  std::thread worker_, thumbnailWorker_;
  std::atomic<bool> busy_{false}, cancel_{false}, thumbnailsBusy_{false}, closing_{false};
  std::optional<Error> assignError_;  // written by the worker before it hands back (CallAfter) to the UI thread
  wxTimer timer_, pulse_;
  std::chrono::milliseconds interval_;

  // The controls of forms/inbox_panel.xrc, fetched once.
  wxListCtrl* list_ = nullptr;
  wxComboBox* caseBox_ = nullptr;
  wxChoice* caseKind_ = nullptr;
  wxStaticText* folderText_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxGauge* progress_ = nullptr;
  wxButton* cancelButton_ = nullptr;
  wxImageList* images_ = nullptr;
};

// Files dropped on a window (the main window, the Inbox) handed to `dropped`, which takes them into the Inbox.
class InboxDropTarget : public wxFileDropTarget {
 public:
  explicit InboxDropTarget(std::function<void(const std::vector<std::filesystem::path>&)> dropped)
      : dropped_(std::move(dropped)) {}
  bool OnDropFiles(wxCoord x, wxCoord y, const wxArrayString& names) override;

 private:
  std::function<void(const std::vector<std::filesystem::path>&)> dropped_;
};

// Shows the Inbox in a window of its own beside `parent` (created on first use, kept while the desk runs so the
// watched folders keep being checked); returns its panel. `officer`: who is logged in at the desk (setActor).
InboxPanel* showInboxWindow(wxWindow* parent, const std::filesystem::path& database,
                            const std::filesystem::path& dataDir, const access::Actor* officer = nullptr);
// The desk quitting: the Inbox window's work (a mail fetch, a folder check) stops after the message or file in hand,
// so the join when the window is deleted with `parent` is short. Nothing to do when the Inbox was never shown.
void cancelInboxWork(wxWindow* parent);

}  // namespace landdesk::gui
