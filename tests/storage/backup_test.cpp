// Backups and `db copy` on real data: a desk with cases, workflow rows and stored scans is archived, verified,
// restored and copied, and every table's count and content hash must come back equal; damage must be named.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "demo/synthetic_cases.h"
#include "storage/backup.h"
#include "storage/backup_copy.h"
#include "storage/case_repository.h"
#include "storage/settings_repository.h"
#include "storage_fixture.h"
#include "util/datetime.h"

using namespace landdesk;
using namespace landdesk::test;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<storage::Database> openAt(const std::string& where) {
  storage::OpenOptions o;
  o.path = where;
  auto db = storage::Database::open(o);
  BOOST_REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().en));
  return std::move(*db);
}

// 40 synthetic cases and a full one whose ID-card photo is in the file store of `dataDir`; returns that one's code.
std::string fillDesk(storage::Database& db, const fs::path& dataDir) {
  auto cases = demo::syntheticCases(40, 7, *parseCanonicalDateTime("2026-03-02T08:00:00"));
  BOOST_REQUIRE(db.cases().addAll(cases, "t"));
  auto c = fullCase();
  auto stored = storage::fileStoreIn(dataDir).putBytes("ảnh CCCD giả: \x89PNG not really");
  BOOST_REQUIRE(stored.ok());
  c.documents[0].sha256 = *stored;
  BOOST_REQUIRE(db.cases().add(c, "t"));
  return c.code;
}

void requireSameTables(storage::Database& a, storage::Database& b) {
  auto left = storage::tableDigests(a), right = storage::tableDigests(b);
  BOOST_REQUIRE(left.ok());
  BOOST_REQUIRE(right.ok());
  BOOST_TEST(left->size() >= 30u);
  for (const auto& [table, d] : *left) {
    BOOST_TEST_CONTEXT(table) {
      BOOST_TEST(d.rows == (*right)[table].rows);
      BOOST_TEST(d.sha256 == (*right)[table].sha256);
    }
  }
  BOOST_TEST((*left)["case_file"].rows == 41);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(backups)

BOOST_AUTO_TEST_CASE(backup_verify_restore_gives_the_same_tables_and_scans) {
  DatabaseFixture f;
  TempDir data, restored;
  auto db = f.open();
  fillDesk(*db, data.path());
  const fs::path archive = data / "out" / "desk.zip";
  auto made = storage::createBackup(*db, f.file.string(), data.path(), archive);
  BOOST_REQUIRE_MESSAGE(made.ok(), (made.ok() ? "" : made.error().en));
  BOOST_TEST(made->scans == 1);
  BOOST_TEST(made->backend == (testingPostgresql() ? "postgresql" : "sqlite"));
  auto verified = storage::verifyBackup(archive);
  BOOST_REQUIRE_MESSAGE(verified.ok(), (verified.ok() ? "" : verified.error().en));
  BOOST_TEST(verified->tables.at("case_file").rows == 41);

  // Into a data folder (SQLite backups) or an empty server database (both kinds).
  const std::string to = testingPostgresql() ? PostgresServer::shared().createDatabase() : restored.path().string();
  auto back = storage::restoreBackup(archive, to, restored.path());
  BOOST_REQUIRE_MESSAGE(back.ok(), (back.ok() ? "" : back.error().en));
  auto again = openAt(testingPostgresql() ? to : (restored / "landdesk.sqlite").string());
  requireSameTables(*db, *again);
  auto scans = storage::checkStoredScans(*again, storage::fileStoreIn(restored.path()));
  BOOST_REQUIRE(scans.ok());
  BOOST_TEST(scans->checked == 1);
  BOOST_TEST(scans->ok());
  // The restored desk works: search index and identity counters included.
  BOOST_TEST(again->cases().search("dong")->size() >= 1u);
  auto next = fullCase();
  next.documents.clear();
  BOOST_TEST(again->cases().add(next, "t").ok());
}

BOOST_AUTO_TEST_CASE(damaged_scans_and_archives_are_named_not_restored) {
  DatabaseFixture f;
  TempDir data, restored;
  auto db = f.open();
  auto c = db->cases().byCode(fillDesk(*db, data.path()));
  BOOST_REQUIRE(c.ok());
  const fs::path scan = storage::fileStoreIn(data.path()).locate(c->documents.at(0).sha256);
  const std::string good = fileBytes(scan);
  std::ofstream(scan, std::ios::binary) << "tampered";
  auto refused = storage::createBackup(*db, f.file.string(), data.path(), data / "x.zip");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "backup.scan_damaged");
  BOOST_TEST(!fs::exists(data / "x.zip"));
  std::ofstream(scan, std::ios::binary) << good;
  BOOST_REQUIRE(storage::createBackup(*db, f.file.string(), data.path(), data / "x.zip").ok());
  // A truncated archive is refused with a message, and nothing is restored.
  const std::string bytes = fileBytes(data / "x.zip");
  std::ofstream(data / "cut.zip", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  auto bad = storage::verifyBackup(data / "cut.zip");
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().vi.find("sao lưu") != std::string::npos, bad.error().vi);
  BOOST_TEST(!storage::restoreBackup(data / "cut.zip", restored.path().string(), restored.path()).ok());
  BOOST_TEST(!fs::exists(restored / "landdesk.sqlite"));
}

BOOST_AUTO_TEST_CASE(scheduled_backup_runs_when_due_and_only_then) {
  DatabaseFixture f;
  TempDir data, folder;
  auto db = f.open();
  fillDesk(*db, data.path());
  const auto at = *parseCanonicalDateTime("2026-03-02T17:00:00");
  auto none = storage::backupIfDue(*db, f.file.string(), data.path(), at);
  BOOST_REQUIRE(none.ok());
  BOOST_TEST(!none->has_value());  // not configured
  BOOST_REQUIRE(db->settings().set("backup.interval_hours", "24", "admin"));
  BOOST_REQUIRE(db->settings().set("backup.folder", folder.path().string(), "admin"));
  auto first = storage::backupIfDue(*db, f.file.string(), data.path(), at);
  BOOST_REQUIRE_MESSAGE(first.ok(), (first.ok() ? "" : first.error().en));
  BOOST_REQUIRE(first->has_value());
  BOOST_TEST(storage::verifyBackup((*first)->archive).ok());
  auto early = storage::backupIfDue(*db, f.file.string(), data.path(), at + std::chrono::hours(23));
  BOOST_TEST(!early->has_value());
  auto due = storage::backupIfDue(*db, f.file.string(), data.path(), at + std::chrono::hours(24));
  BOOST_TEST(due->has_value());
  BOOST_TEST(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) == 2);
}

BOOST_AUTO_TEST_CASE(db_copy_moves_a_sqlite_desk_into_postgresql_checked) {
  TempDir data;
  auto desk = openAt((data / "landdesk.sqlite").string());
  const std::string code = fillDesk(*desk, data.path());
  const std::string url = PostgresServer::shared().createDatabase();
  auto server = openAt(url);
  auto copied = storage::copyDatabase(*desk, *server, storage::fileStoreIn(data.path()));
  BOOST_REQUIRE_MESSAGE(copied.ok(), (copied.ok() ? "" : copied.error().en));
  BOOST_TEST(copied->scans.checked == 1);
  requireSameTables(*desk, *server);
  auto c = server->cases().byCode(code);
  BOOST_REQUIRE(c.ok());
  BOOST_TEST((*c == *desk->cases().byCode(code)));
  BOOST_TEST(server->cases().search("dong")->size() >= 1u);
  // A second copy into the now filled database is refused and changes nothing.
  auto again = storage::copyDatabase(*desk, *server, storage::fileStoreIn(data.path()));
  BOOST_REQUIRE(!again.ok());
  BOOST_TEST(again.error().code == "db.copy_not_empty");
  BOOST_TEST(*server->cases().count() == 41);
}

BOOST_AUTO_TEST_SUITE_END()
