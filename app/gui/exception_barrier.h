// The one exception barrier of the desk app: logs the failure, rolls back the half-done step, tells the officer.
#pragma once

#include <exception>
#include <filesystem>
#include <functional>
#include <string>

#include <wx/string.h>

class wxWindow;

namespace landdesk::storage {
class Database;
}

namespace landdesk::gui {

// The desk's log file: <data directory>/landdesk.log unless set (tests point it into a temporary folder).
std::filesystem::path barrierLogFile();
void setBarrierLogFile(const std::filesystem::path& file);

// While alive, the barrier rolls back a transaction left open on `db` (the UI thread's connection) after a failure.
// Windows owning a database hold one; worker threads' connections roll back when unwinding closes them.
class BarrierWatch {
 public:
  explicit BarrierWatch(storage::Database& db);
  ~BarrierWatch();
  BarrierWatch(const BarrierWatch&) = delete;
  BarrierWatch& operator=(const BarrierWatch&) = delete;

 private:
  storage::Database* db_;
};

// What happened, as the officer sees it: the short Vietnamese headline and the detail behind "Chi tiết".
struct FailureReport {
  wxString headline;
  wxString detail;
  bool rolledBack = false;  // a watched database had a transaction open, now rolled back
};

// Handles `failure` on the UI thread: appends it to the log, rolls back every watched database, then shows the
// headline in a dialog with the detail behind "Chi tiết" (not while another report is already on screen).
FailureReport handleFailure(std::exception_ptr failure, const std::string& step, wxWindow* parent);

// Wraps work for a worker thread: an exception escaping it is logged and reported on the UI thread, instead
// of std::terminate taking the desk down with the officer's edits.
std::function<void()> guardedWork(std::function<void()> work, std::string step);

}  // namespace landdesk::gui
