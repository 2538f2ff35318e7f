// The desk's scheduled backup under Xvfb on a real SQLite desk: the timer starts backupIfDue on a worker thread,
// the archive lands in backup.folder, the status bar says so, and a bad setting is logged without a dialog.
#include <boost/test/unit_test.hpp>

#include <wx/frame.h>
#include <wx/statusbr.h>

#include <fstream>
#include <sstream>

#include "exception_barrier.h"
#include "scheduled_backup.h"
#include "storage/backup.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono;

namespace {

size_t zipsIn(const std::filesystem::path& folder) {
  size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(folder)) n += e.path().extension() == ".zip";
  return n;
}

struct BackupFixture {
  TempDir dir;
  std::filesystem::path file = dir / "desk" / "landdesk.sqlite";
  std::filesystem::path folder = dir / "backups";
  wxFrame* frame = nullptr;

  BackupFixture() {
    std::filesystem::create_directories(file.parent_path());
    std::filesystem::create_directories(folder);
    storage::OpenOptions options;
    options.path = file;
    options.create = true;
    auto db = storage::Database::open(options);
    BOOST_REQUIRE_MESSAGE(db.ok(), (db ? "" : db.error().en));
    gui::setBarrierLogFile(dir / "landdesk.log");
    frame = new wxFrame(nullptr, wxID_ANY, wxASCII_STR("backup"));
    frame->CreateStatusBar(1);
    frame->Show();
  }
  ~BackupFixture() {
    frame->Destroy();
    pumpEvents(20ms);
    gui::setBarrierLogFile({});
  }
  void setting(const std::string& key, const std::string& value) {
    storage::OpenOptions options;
    options.path = file;
    auto db = storage::Database::open(options);
    BOOST_REQUIRE(db.ok());
    BOOST_REQUIRE((*db)->settings().set(key, value, "admin").ok());
  }
  std::string status() const { return gui::toUtf8(frame->GetStatusBar()->GetStatusText(0)); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(scheduled_backup, BackupFixture)

BOOST_AUTO_TEST_CASE(the_timer_writes_a_due_backup_off_the_ui_thread) {
  setting("backup.interval_hours", "24");
  setting("backup.folder", folder.string());
  gui::ScheduledBackup backup(frame, [this] { return file; }, 100ms);
  int finished = 0;
  backup.onFinished([&] { ++finished; });
  BOOST_REQUIRE(pumpUntil([&] { return finished >= 1; }, 60s));  // nobody called checkNow: the timer did
  BOOST_TEST(zipsIn(folder) == 1u);
  for (const auto& e : std::filesystem::directory_iterator(folder)) BOOST_TEST(storage::verifyBackup(e.path()).ok());
  BOOST_TEST(status().find("Đã sao lưu") != std::string::npos, status());

  // Later ticks find it not yet due (24 h): no second archive.
  BOOST_REQUIRE(pumpUntil([&] { return finished >= 3; }, 60s));
  BOOST_TEST(zipsIn(folder) == 1u);
}

BOOST_AUTO_TEST_CASE(nothing_happens_without_settings_or_database) {
  gui::ScheduledBackup none(frame, [] { return std::filesystem::path(); }, hours(1));
  BOOST_TEST(!none.checkNow());  // no database open
  gui::ScheduledBackup backup(frame, [this] { return file; }, hours(1));
  bool finished = false;
  backup.onFinished([&] { finished = true; });
  frame->SetStatusText(wxASCII_STR("unchanged"), 0);
  BOOST_REQUIRE(backup.checkNow());
  BOOST_TEST(!backup.checkNow());  // one at a time
  BOOST_REQUIRE(pumpUntil([&] { return finished; }, 30s));
  BOOST_TEST(zipsIn(folder) == 0u);
  BOOST_TEST(status() == "unchanged");
}

BOOST_AUTO_TEST_CASE(a_bad_interval_is_logged_and_shown_in_the_status_bar) {
  setting("backup.interval_hours", "mỗi ngày");
  setting("backup.folder", folder.string());
  gui::ScheduledBackup backup(frame, [this] { return file; }, hours(1));
  bool finished = false;
  backup.onFinished([&] { finished = true; });
  BOOST_REQUIRE(backup.checkNow());
  BOOST_REQUIRE(pumpUntil([&] { return finished; }, 30s));
  BOOST_TEST(zipsIn(folder) == 0u);
  BOOST_TEST(status().find("Sao lưu theo lịch bị lỗi") != std::string::npos, status());
  std::ifstream in(dir / "landdesk.log");
  std::stringstream log;
  log << in.rdbuf();
  BOOST_TEST(log.str().find("backup.bad_interval") != std::string::npos, log.str());
}

BOOST_AUTO_TEST_SUITE_END()
