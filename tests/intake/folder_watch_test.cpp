// Watched folders with real files written slowly by another thread: nothing half-written is taken, everything
// complete is taken once, across polls and across runs.
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <fstream>
#include <thread>

#include "intake/folder_watcher.h"
#include "intake_fixtures.h"
#include "storage/inbox_repository.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::intake;
using namespace landdesk::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

struct Desk {
  TempDir root;
  fs::path dataDir = root / "data";
  fs::path folder = root / "Zalo Received Files";
  std::unique_ptr<storage::Database> db;
  Desk() {
    fs::create_directories(folder);
    storage::OpenOptions o;
    o.path = dataDir / "landdesk.sqlite";
    auto opened = storage::Database::open(o);
    BOOST_REQUIRE(opened.ok());
    db = std::move(*opened);
  }
};

// Writes `bytes` in `chunks` pieces with `pause` between them, flushing each, as a slow download does.
void writeSlowly(const fs::path& file, const std::string& bytes, int chunks, std::chrono::milliseconds pause) {
  std::ofstream out(file, std::ios::binary);
  const size_t step = bytes.size() / static_cast<size_t>(chunks) + 1;
  for (size_t at = 0; at < bytes.size(); at += step) {
    out.write(bytes.data() + at, static_cast<std::streamsize>(std::min(step, bytes.size() - at)));
    out.flush();
    std::this_thread::sleep_for(pause);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(folder_watch)

BOOST_AUTO_TEST_CASE(default_zalo_folder_is_under_documents) {
  const fs::path zalo = defaultZaloFolder();
  BOOST_TEST(zalo.filename() == "Zalo Received Files");
  BOOST_TEST(zalo.parent_path().filename() == "Documents");
}

BOOST_AUTO_TEST_CASE(a_file_written_slowly_is_taken_only_when_complete) {
  Desk d;
  InboxImporter importer(*d.db, d.dataDir);
  FolderWatcher watcher({d.folder}, 1500ms);
  const std::string jpeg = cccdScanJpeg();
  std::atomic<bool> done{false};
  std::thread writer([&] {
    writeSlowly(d.folder / "cccd.jpg", jpeg, 12, 100ms);  // ~1.2 s in pauses far shorter than the settle time
    done = true;
  });
  std::vector<WatchOutcome> taken;
  int polls = 0;
  const auto deadline = std::chrono::steady_clock::now() + 15s;
  while (std::chrono::steady_clock::now() < deadline) {
    for (auto& o : takeFiles(importer, watcher.poll())) {
      // Reported while the writer was still at it would be a half file.
      BOOST_TEST(done.load());
      taken.push_back(std::move(o));
    }
    ++polls;
    if (done && !taken.empty()) break;
    std::this_thread::sleep_for(50ms);
  }
  writer.join();
  BOOST_TEST(polls > 15);
  BOOST_REQUIRE(taken.size() == 1u);
  BOOST_REQUIRE_MESSAGE(taken[0].report.has_value(), (taken[0].error ? taken[0].error->en : "no report"));
  BOOST_TEST(taken[0].report->stored.at(0).item.size == static_cast<int64_t>(jpeg.size()));
  // Later polls, and a new watcher over the same folder (the next run), take nothing again.
  for (int i = 0; i < 5; ++i) {
    BOOST_TEST(takeFiles(importer, watcher.poll()).empty());
    std::this_thread::sleep_for(100ms);
  }
  auto rerun = watchOnce(importer, {d.folder}, 200ms);
  BOOST_REQUIRE(rerun.size() == 1u);
  BOOST_TEST(rerun[0].alreadyTaken);
  BOOST_TEST(storage::InboxRepository(*d.db).list()->size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_write_that_pauses_past_settle_is_refused_then_taken_complete) {
  Desk d;
  InboxImporter importer(*d.db, d.dataDir);
  const std::string jpeg = cccdScanJpeg();
  writeBytes(d.folder / "slow.jpg", jpeg.substr(0, jpeg.size() / 3));
  auto first = watchOnce(importer, {d.folder}, 150ms);
  BOOST_REQUIRE(first.size() == 1u);
  BOOST_REQUIRE(first[0].error.has_value());  // a truncated JPEG: refused with a reason, nothing stored
  BOOST_TEST(first[0].error->code == "intake.image_truncated");
  BOOST_TEST(storage::InboxRepository(*d.db).list()->empty());
  // The same half file is not retried …
  BOOST_TEST(watchOnce(importer, {d.folder}, 150ms).at(0).alreadyTaken);
  // … but once the download completes, the whole file is taken.
  writeBytes(d.folder / "slow.jpg", jpeg);
  auto second = watchOnce(importer, {d.folder}, 150ms);
  BOOST_REQUIRE(second.size() == 1u);
  BOOST_REQUIRE(second[0].report.has_value());
  BOOST_TEST(second[0].report->stored.at(0).item.size == static_cast<int64_t>(jpeg.size()));
}

BOOST_AUTO_TEST_CASE(temporary_hidden_and_linked_files_are_left_alone) {
  Desk d;
  InboxImporter importer(*d.db, d.dataDir);
  writeBytes(d.folder / "a.jpg.part", jpegImage());
  writeBytes(d.folder / "b.crdownload", jpegImage());
  writeBytes(d.folder / ".hidden.jpg", jpegImage());
  writeBytes(d.folder / "~$hop-dong.docx", minimalDocx());
  writeBytes(d.root / "secret.jpg", jpegImage(40, 30, 3));
  fs::create_symlink(d.root / "secret.jpg", d.folder / "link.jpg");
  writeBytes(d.folder / "sub" / "deep" / "c.png", pngImage());
  const auto outcomes = watchOnce(importer, {d.folder}, 150ms);
  BOOST_REQUIRE(outcomes.size() == 1u);
  BOOST_TEST(outcomes[0].file.path.filename() == "c.png");
  BOOST_TEST((outcomes[0].report->stored.at(0).item.channel == storage::InboxChannel::Folder));
}

BOOST_AUTO_TEST_CASE(zalo_folder_files_arrive_on_the_zalo_channel_and_can_be_deleted) {
  Desk d;
  const fs::path documents = d.root / "Documents";
  setenv("XDG_DOCUMENTS_DIR", documents.c_str(), 1);
  InboxImporter importer(*d.db, d.dataDir);
  writeBytes(defaultZaloFolder() / "IMG_2026.jpg", cccdScanJpeg());
  const auto outcomes = watchOnce(importer, {defaultZaloFolder()}, 150ms, true);
  unsetenv("XDG_DOCUMENTS_DIR");
  BOOST_REQUIRE(outcomes.size() == 1u);
  BOOST_REQUIRE(outcomes[0].report.has_value());
  BOOST_TEST((outcomes[0].report->stored.at(0).item.channel == storage::InboxChannel::Zalo));
  BOOST_TEST(outcomes[0].report->sourceDeleted);
  BOOST_TEST(!fs::exists(documents / "Zalo Received Files" / "IMG_2026.jpg"));
}

BOOST_AUTO_TEST_SUITE_END()
