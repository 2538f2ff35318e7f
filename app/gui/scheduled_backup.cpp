#include "scheduled_backup.h"

#include <wx/frame.h>
#include <wx/intl.h>

#include <fstream>
#include <memory>

#include "translations.h"
#include "exception_barrier.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

using Outcome = Result<std::optional<storage::BackupSummary>>;

ScheduledBackup::ScheduledBackup(wxFrame* frame, std::function<std::filesystem::path()> database,
                                 std::chrono::milliseconds every)
    : frame_(frame), database_(std::move(database)), timer_(this) {
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { (void)checkNow(); }, timer_.GetId());
  timer_.Start(static_cast<int>(every.count()));
}

ScheduledBackup::~ScheduledBackup() {
  timer_.Stop();
  if (worker_.joinable()) worker_.join();
}

bool ScheduledBackup::checkNow() {
  if (running_) return false;
  const std::filesystem::path file = database_ ? database_() : std::filesystem::path();
  if (file.empty()) return false;
  if (worker_.joinable()) worker_.join();  // the previous check has finished (running_ is false)
  running_ = true;
  worker_ = std::thread([this, file] {
    auto outcome = std::make_shared<Outcome>(std::optional<storage::BackupSummary>());
    try {
      storage::OpenOptions options;
      options.path = file;
      options.create = false;
      auto db = storage::Database::open(options);
      *outcome = db ? storage::backupIfDue(**db, file.string(), file.parent_path(), localNow()) : Outcome(db.error());
    } catch (const std::exception& e) {
      *outcome = makeError("backup.failed", "Sao lưu theo lịch bị lỗi", "The scheduled backup failed", e.what());
    }
    CallAfter([this, outcome] { finish(*outcome); });  // thread-safe: queues an event
  });
  return true;
}

void ScheduledBackup::finish(const Outcome& outcome) {
  running_ = false;
  if (!outcome) {
    const Error& e = outcome.error();
    std::error_code ignored;
    std::filesystem::create_directories(barrierLogFile().parent_path(), ignored);
    std::ofstream(barrierLogFile(), std::ios::app | std::ios::binary)
        << isoDateTime(localNow()) << " WARNING scheduled backup: " << e.code << ": " << e.en << '\n';
    if (frame_) frame_->SetStatusText(wxString::Format(_("Scheduled backup failed: %s"), toWx(e.text(uiLanguage()))), 0);
  } else if (*outcome && frame_) {
    frame_->SetStatusText(wxString::Format(_("Backup written: %s"), pathToWx((*outcome)->archive.filename())), 0);
  }
  if (finished_) finished_();
}

}  // namespace landdesk::gui
