#include <boost/test/unit_test.hpp>

#include "storage/case_repository.h"
#include "storage/database_url.h"
#include "storage/postgresql/placeholders.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;
using storage::parseDatabaseTarget;

BOOST_AUTO_TEST_SUITE(database_url)

BOOST_AUTO_TEST_CASE(paths_and_sqlite_urls_name_files) {
  auto plain = parseDatabaseTarget("/var/lib/landdesk/desk.sqlite");
  BOOST_REQUIRE(plain.ok());
  BOOST_TEST(!plain->isPostgresql());
  BOOST_TEST(plain->file == "/var/lib/landdesk/desk.sqlite");
  auto prefixed = parseDatabaseTarget("sqlite:///tmp/x.sqlite");
  BOOST_REQUIRE(prefixed.ok());
  BOOST_TEST(prefixed->file == "/tmp/x.sqlite");
}

BOOST_AUTO_TEST_CASE(postgresql_urls_become_libpq_pairs_and_hide_the_password) {
  auto t = parseDatabaseTarget("postgresql://desk%40xa:s3cr%21t@10.0.0.5:5433/landdesk?sslmode=require");
  BOOST_REQUIRE(t.ok());
  BOOST_TEST(t->isPostgresql());
  BOOST_TEST(t->connection == "host=10.0.0.5 dbname=landdesk port=5433 user=desk@xa password=s3cr!t sslmode=require");
  BOOST_TEST(t->display.find("s3cr") == std::string::npos);
  BOOST_TEST(t->display == "postgresql://desk%40xa:***@10.0.0.5:5433/landdesk?sslmode=require");
  auto short_ = parseDatabaseTarget("postgres://127.0.0.1/db");
  BOOST_REQUIRE(short_.ok());
  BOOST_TEST(short_->connection == "host=127.0.0.1 dbname=db");
}

BOOST_AUTO_TEST_CASE(bad_urls_say_what_is_wrong) {
  for (const char* bad : {"postgresql://127.0.0.1", "postgresql://127.0.0.1:99999/db", "postgresql://:5432/db",
                          "postgresql://u@h/db?options=-c", "postgresql://u@h/my db", "postgresql://h:x/db"}) {
    auto t = parseDatabaseTarget(bad);
    BOOST_TEST_CONTEXT(bad) {
      BOOST_REQUIRE(!t.ok());
      BOOST_TEST(t.error().code == "db.bad_url");
      BOOST_TEST(t.error().vi.find("PostgreSQL") != std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(placeholders_are_numbered_outside_quotes) {
  using storage::postgresql::numberedPlaceholders;
  BOOST_TEST(numberedPlaceholders("SELECT a FROM t WHERE b = ? AND c = '?' AND d = ?") ==
             "SELECT a FROM t WHERE b = $1 AND c = '?' AND d = $2");
  BOOST_TEST(numberedPlaceholders("WHERE r >= ?1 AND r < ?2 OR s < ?1") == "WHERE r >= $1 AND r < $2 OR s < $1");
}

BOOST_AUTO_TEST_CASE(an_unreachable_server_is_a_clear_refusal) {
  storage::OpenOptions o;
  o.path = "postgresql://postgres@127.0.0.1:1/nothing?connect_timeout=2";
  auto db = storage::Database::open(o);
  BOOST_REQUIRE(!db.ok());
  BOOST_TEST(db.error().code == "db.connect");
  BOOST_TEST(db.error().vi.find("Không kết nối được máy chủ PostgreSQL") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

// On the PostgreSQL run these check the server's own rules; on the SQLite run the same rules of the file.
BOOST_AUTO_TEST_SUITE(schema_rules)

BOOST_AUTO_TEST_CASE(foreign_keys_and_the_permanent_register_hold_outside_the_app) {
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  BOOST_REQUIRE(db->cases().add(c, "test"));
  std::string error;
  const std::string checked = testingPostgresql() ? "" : "PRAGMA foreign_keys=ON; ";  // SQLite: per connection
  BOOST_TEST(!rawSql(f.file, checked + "INSERT INTO case_party(case_id, position, party_id, role) VALUES(999, 0, 1, 'heir')",
                     &error));
  BOOST_REQUIRE(rawSql(f.file, "INSERT INTO register_book(year, number, opened_at) VALUES (2026, 1, '2026-01-02')"));
  BOOST_REQUIRE(rawSql(f.file,
                       "INSERT INTO register_entry(year, number, book_id, entry_date, parties, document_title, signer, "
                       "fee, kind, number_text, recorded_at, recorded_by, previous_hash, hash) VALUES (2026, 1, 1, "
                       "'2026-01-02', 'A', 'HĐ', 'B', 50000, 'original', '1', '2026-01-02T08:00:00', 'x', '', 'h')"));
  BOOST_TEST(!rawSql(f.file, "UPDATE register_entry SET fee = 0", &error));
  BOOST_TEST(error.find("register entries are permanent") != std::string::npos, error);
  BOOST_TEST(!rawSql(f.file, "DELETE FROM register_entry", &error));
  BOOST_TEST(error.find("register entries are permanent") != std::string::npos, error);
}

BOOST_AUTO_TEST_SUITE_END()
