#include <boost/test/unit_test.hpp>

#include <fstream>

#include "demo/synthetic_cases.h"
#include "storage/case_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

namespace {
Error refusal(const std::filesystem::path& file, bool create = true) {
  storage::OpenOptions o;
  o.path = file;
  o.create = create;
  auto db = storage::Database::open(o);
  BOOST_REQUIRE(!db.ok());
  return db.error();
}

void write(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary) << bytes;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(bad_database, *boost::unit_test::label("sqlite_only"))

BOOST_AUTO_TEST_CASE(text_file_is_refused_untouched) {
  TempDir dir;
  const auto file = dir / "notes.sqlite";
  write(file, "Danh sách hồ sơ tháng 11\nkhông phải cơ sở dữ liệu\n");
  const auto before = fileBytes(file);
  const Error e = refusal(file);
  BOOST_TEST(e.code == "db.not_sqlite");
  BOOST_TEST(e.vi.find(file.string()) != std::string::npos);
  BOOST_TEST(fileBytes(file) == before);
  BOOST_TEST(!std::filesystem::exists(dir / "notes.sqlite-wal"));
}

BOOST_AUTO_TEST_CASE(corrupt_pages_are_refused_untouched) {
  TempDir dir;
  const auto file = dir / "broken.sqlite";
  std::string bytes("SQLite format 3\0", 16);
  for (int i = 0; i < 8192; ++i) bytes += static_cast<char>((i * 7919) & 0xff);
  write(file, bytes);
  const Error e = refusal(file);
  BOOST_TEST((e.code == "db.corrupt" || e.code == "db.error"), e.code);
  BOOST_TEST(fileBytes(file) == bytes);
}

BOOST_AUTO_TEST_CASE(foreign_sqlite_database_is_refused_untouched) {
  TempDir dir;
  const auto file = dir / "other.sqlite";
  BOOST_REQUIRE(rawSql(file, "CREATE TABLE invoices(id INTEGER, total REAL); INSERT INTO invoices VALUES (1, 2.5);"));
  const auto before = fileBytes(file);
  BOOST_TEST(refusal(file).code == "db.foreign");
  BOOST_TEST(fileBytes(file) == before);
}

BOOST_AUTO_TEST_CASE(newer_schema_is_refused_untouched) {
  DatabaseFixture f;
  f.open().reset();
  BOOST_REQUIRE(rawSql(f.file, "PRAGMA journal_mode=DELETE; INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01T00:00:00');"));
  const auto before = fileBytes(f.file);
  const Error e = refusal(f.file);
  BOOST_TEST(e.code == "db.newer_schema");
  BOOST_TEST(e.en.find("99") != std::string::npos);
  BOOST_TEST(fileBytes(f.file) == before);
}

BOOST_AUTO_TEST_CASE(missing_or_read_only_locations_are_refused) {
  TempDir dir;
  BOOST_TEST(refusal(dir / "absent.sqlite", false).code == "db.missing");
  // /proc refuses new files even to root, so this holds in CI too.
  const Error e = refusal("/proc/landdesk-test/desk.sqlite");
  BOOST_TEST((e.code == "db.no_folder" || e.code == "db.read_only_folder"), e.code);
  BOOST_TEST(refusal(dir.path(), true).code == "db.not_file");  // a folder given as the database
}

BOOST_AUTO_TEST_CASE(full_disk_keeps_earlier_data) {
  DatabaseFixture f;
  auto seed = demo::syntheticCases(5, 1, localNow());
  BOOST_REQUIRE(f.open()->cases().addAll(seed, "t"));
  storage::OpenOptions o;
  o.path = f.file;
  o.maxPageCount = 60;  // a disk with a few pages left
  auto db = storage::Database::open(o);
  BOOST_REQUIRE(db.ok());
  auto many = demo::syntheticCases(2000, 2, localNow());
  auto status = (*db)->cases().addAll(many, "t");
  BOOST_REQUIRE(!status.ok());
  BOOST_TEST(status.error().code == "db.full");
  BOOST_TEST(*(*db)->cases().count() == 5);
  BOOST_TEST((*db)->cases().byCode(seed[0].code).ok());
}

BOOST_AUTO_TEST_SUITE_END()
