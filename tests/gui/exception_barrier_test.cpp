// The exception barrier under Xvfb with injected failures: a step that throws inside a database transaction, and a
// worker thread that throws. Each must be logged, leave no open transaction, and show the short message + "Chi tiết".
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <boost/test/unit_test.hpp>
#include <wx/intl.h>
#include <wx/richmsgdlg.h>
#include <wx/timer.h>

#include "exception_barrier.h"
#include "storage/database.h"
#include "storage/settings_repository.h"
#include "support/temp_dir.h"
#include "wx_runtime.h"
#include "wx_text.h"

using namespace landdesk;
using namespace std::chrono_literals;

namespace {

// Watches the screen for the barrier's dialog, remembers what it said, saves a screenshot and closes it, as the
// officer pressing OK would.
struct DialogCloser {
  wxTimer timer;
  int seen = 0;
  int ticksShown = 0;
  std::string message, detail, screenshot;

  explicit DialogCloser(std::string png = {}) : screenshot(std::move(png)) {
    timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
      for (wxWindow* w : wxTopLevelWindows) {
        auto* dialog = dynamic_cast<wxRichMessageDialog*>(w);
        if (!dialog || !dialog->IsModal()) continue;
        if (++ticksShown < 4) return;  // let the window manager map and paint it before the capture
        ticksShown = 0;
        ++seen;
        message = gui::toUtf8(dialog->GetMessage());
        detail = gui::toUtf8(dialog->GetDetailedText());
        if (!screenshot.empty()) test::saveScreenshot(*dialog, test::artifactDirectory() / screenshot);
        dialog->EndModal(wxID_OK);
      }
    });
    timer.Start(100);
  }
};

std::string fileText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct BarrierFixture {
  test::TempDir dir;
  std::unique_ptr<storage::Database> db;

  BarrierFixture() {
    gui::setBarrierLogFile(dir / "logs" / "landdesk.log");
    storage::OpenOptions options;
    options.path = dir / "desk.sqlite";
    auto opened = storage::Database::open(options);
    BOOST_REQUIRE(opened.ok());
    db = std::move(*opened);
  }
  ~BarrierFixture() { gui::setBarrierLogFile({}); }

  // Another desk's connection: it can write only when no transaction holds the file.
  bool anotherDeskCanWrite() {
    storage::OpenOptions options;
    options.path = dir / "desk.sqlite";
    options.busyTimeout = 200ms;
    auto other = storage::Database::open(options);
    return other.ok() && (*other)->settings().set("office.phone", "0233 3870 000", "other desk").ok();
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(exception_barrier, BarrierFixture)

BOOST_AUTO_TEST_CASE(a_step_failing_mid_transaction_is_rolled_back_logged_and_explained) {
  gui::BarrierWatch watch(*db);
  std::exception_ptr failure;
  try {
    // A non-std exception is not caught by the transaction helper: the step leaves its transaction open.
    (void)db->transaction([&]() -> Status {
      if (auto ok = db->settings().set("office.commune", "Hải Lăng", "officer"); !ok) return ok;
      throw 42;
    });
  } catch (...) {
    failure = std::current_exception();
  }
  BOOST_REQUIRE(failure);
  BOOST_TEST(!anotherDeskCanWrite());  // the half-done step still holds the database

  DialogCloser closer("gui_exception_barrier.png");
  const gui::FailureReport report = gui::handleFailure(failure, "lưu cài đặt", nullptr);
  BOOST_TEST(closer.seen == 1);
  BOOST_TEST(report.rolledBack);
  BOOST_TEST(closer.message == "Đã xảy ra lỗi; thao tác vừa rồi chưa hoàn tất. Các thay đổi làm dở đã được hoàn tác.");
  BOOST_TEST(closer.detail.find("lưu cài đặt: unknown exception") != std::string::npos);
  BOOST_TEST(closer.detail.find("landdesk.log") != std::string::npos);
  BOOST_TEST(wxGetTranslation(wxASCII_STR("&See details")) == wxString::FromUTF8("&Chi tiết"));
  BOOST_TEST(std::filesystem::file_size(test::artifactDirectory() / "gui_exception_barrier.png") > 1000u);

  // Nothing of the step survived, and the database is free again.
  auto commune = db->settings().get("office.commune");
  BOOST_REQUIRE(commune.ok());
  BOOST_TEST(!commune->has_value());
  BOOST_TEST(anotherDeskCanWrite());
  const std::string log = fileText(dir / "logs" / "landdesk.log");
  BOOST_TEST(log.find("ERROR lưu cài đặt: unknown exception") != std::string::npos);
  BOOST_TEST(log.find("(open transaction rolled back)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_failure_outside_a_transaction_says_nothing_was_undone) {
  gui::BarrierWatch watch(*db);
  DialogCloser closer;
  const auto report =
      gui::handleFailure(std::make_exception_ptr(std::logic_error("bảng phí trống")), "tính phí", nullptr);
  BOOST_TEST(closer.seen == 1);
  BOOST_TEST(!report.rolledBack);
  BOOST_TEST(closer.message == "Đã xảy ra lỗi; thao tác vừa rồi chưa hoàn tất.");
  BOOST_TEST(closer.detail.find("tính phí: bảng phí trống") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_worker_thread_failure_reaches_the_officer_without_ending_the_desk) {
  DialogCloser closer;
  std::thread worker(gui::guardedWork([] { throw std::runtime_error("OCR engine crashed"); }, "nhận dạng GCN"));
  worker.join();  // the thread ended normally: no std::terminate
  BOOST_REQUIRE(test::pumpUntil([&] { return closer.seen == 1; }, 5s));
  BOOST_TEST(closer.detail.find("nhận dạng GCN: OCR engine crashed") != std::string::npos);
  BOOST_TEST(fileText(dir / "logs" / "landdesk.log").find("ERROR nhận dạng GCN: OCR engine crashed") != std::string::npos);
  // Work that ends normally reports nothing.
  bool ran = false;
  std::thread quiet(gui::guardedWork([&] { ran = true; }, "quiet"));
  quiet.join();
  test::pumpEvents(300ms);
  BOOST_TEST(ran);
  BOOST_TEST(closer.seen == 1);
}

BOOST_AUTO_TEST_SUITE_END()
