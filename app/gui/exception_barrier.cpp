#include "exception_barrier.h"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/richmsgdlg.h>

#include "storage/database.h"
#include "util/datetime.h"
#include "util/paths.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

std::mutex& logMutex() {
  static std::mutex m;
  return m;
}

std::filesystem::path& logFileSetting() {
  static std::filesystem::path file;
  return file;
}

// With logMutex() held.
std::filesystem::path logFileLocked() {
  return logFileSetting().empty() ? defaultDataDirectory() / "landdesk.log" : logFileSetting();
}

// Touched on the UI thread only: watches are made by windows, and the barrier runs there.
std::vector<storage::Database*>& watched() {
  static std::vector<storage::Database*> dbs;
  return dbs;
}

std::string describe(std::exception_ptr failure) {
  try {
    if (failure) std::rethrow_exception(failure);
    return "no exception";
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unknown exception (not derived from std::exception)";
  }
}

// One line per failure; a log that cannot be written must not raise a second failure inside the barrier.
void appendToLog(const std::string& line) {
  std::lock_guard lock(logMutex());
  std::error_code ignored;
  const auto file = logFileLocked();
  std::filesystem::create_directories(file.parent_path(), ignored);
  std::ofstream out(file, std::ios::app | std::ios::binary);
  out << isoDateTime(localNow()) << " ERROR " << line << '\n';
}

// wx's generic rich message dialog asks gettext for these labels; listing them puts them in our catalog, so the
// officer reads "Chi tiết" without wx's own catalog installed.
[[maybe_unused]] const char* const kDetailLabels[] = {wxTRANSLATE("&See details"), wxTRANSLATE("&Hide details")};

bool& reportOnScreen() {
  static bool shown = false;
  return shown;
}

}  // namespace

std::filesystem::path barrierLogFile() {
  std::lock_guard lock(logMutex());
  return logFileLocked();
}

void setBarrierLogFile(const std::filesystem::path& file) {
  std::lock_guard lock(logMutex());
  logFileSetting() = file;
}

BarrierWatch::BarrierWatch(storage::Database& db) : db_(&db) { watched().push_back(db_); }

BarrierWatch::~BarrierWatch() {
  auto& dbs = watched();
  dbs.erase(std::find(dbs.begin(), dbs.end(), db_));
}

FailureReport handleFailure(std::exception_ptr failure, const std::string& step, wxWindow* parent) {
  FailureReport report;
  const std::string what = describe(failure);
  for (storage::Database* db : watched()) report.rolledBack = db->rollbackOpenTransaction() || report.rolledBack;
  appendToLog(step + ": " + what + (report.rolledBack ? " (open transaction rolled back)" : ""));

  report.headline = _("Something went wrong; the last action was not completed.");
  if (report.rolledBack) report.headline += wxASCII_STR(" ") + _("Its half-done changes were undone.");
  report.detail = toWx(step + ": " + what) + wxASCII_STR("\n") +
                  wxString::Format(_("Logged in %s"), pathToWx(barrierLogFile()));
  // A failure raised while the officer is still reading the previous one is logged only: no stack of dialogs.
  if (reportOnScreen()) return report;
  reportOnScreen() = true;
  wxRichMessageDialog dialog(parent, report.headline, wxASCII_STR("LandDesk"), wxOK | wxICON_ERROR);
  dialog.ShowDetailedText(report.detail);
  dialog.ShowModal();
  reportOnScreen() = false;
  return report;
}

std::function<void()> guardedWork(std::function<void()> work, std::string step) {
  return [work = std::move(work), step = std::move(step)] {
    try {
      work();
    } catch (...) {
      std::exception_ptr failure = std::current_exception();
      if (wxTheApp == nullptr) {
        appendToLog(step + ": " + describe(failure));
        return;
      }
      wxTheApp->CallAfter([failure, step] { handleFailure(failure, step, wxTheApp->GetTopWindow()); });
    }
  };
}

}  // namespace landdesk::gui
