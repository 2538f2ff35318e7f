// The desk's scheduled backup: a timer asks the core whether a backup is due and writes it on a worker thread.
#pragma once

#include <wx/event.h>
#include <wx/timer.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <thread>

#include "storage/backup.h"

class wxFrame;

namespace landdesk::gui {

// storage::backupIfDue decides (settings backup.interval_hours, backup.folder, backup.last_at); this only gives it
// a clock. The backup opens its own connection on a worker thread, so the desk stays responsive while VACUUM INTO
// and the scan copies run. The outcome goes to the frame's status bar; a failure is also appended to the desk log
// and never raises a dialog, since nobody may be at the desk when the timer fires.
class ScheduledBackup : public wxEvtHandler {
 public:
  // `database` gives the open desk database (empty: none open, nothing to do); its folder holds the file store.
  ScheduledBackup(wxFrame* frame, std::function<std::filesystem::path()> database,
                  std::chrono::milliseconds every = std::chrono::minutes(10));
  // Waits for a backup being written: stopping half-way would leave only a temporary file anyway.
  ~ScheduledBackup() override;

  // Starts a check now unless one is running; false when nothing was started.
  bool checkNow();
  bool running() const { return running_; }
  // Runs on the UI thread after each check that started (tests wait on it).
  void onFinished(std::function<void()> done) { finished_ = std::move(done); }

 private:
  void finish(const Result<std::optional<storage::BackupSummary>>& outcome);

  wxFrame* frame_;
  std::function<std::filesystem::path()> database_;
  std::function<void()> finished_;
  wxTimer timer_;
  std::thread worker_;
  bool running_ = false;
};

}  // namespace landdesk::gui
