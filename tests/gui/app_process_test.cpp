// The built `landdesk` program itself: start-up measurement on a demo database, and bad database files refused with
// a Vietnamese message naming the file and a non-zero exit, never a crash.
#include <fstream>

#include <boost/test/unit_test.hpp>
#include <sqlite3.h>

#include "demo_database.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace landdesk;

BOOST_AUTO_TEST_SUITE(app_process)

BOOST_AUTO_TEST_CASE(measures_startup_on_a_demo_database) {
  test::TempDir dir;
  test::makeDemoDatabase(dir / "demo.sqlite", 40);
  const auto r = test::runProcess(LANDDESK_APP_PATH, {(dir / "demo.sqlite").string(), "--measure-startup"});
  BOOST_TEST_MESSAGE(r.out << r.err);
  BOOST_TEST(r.exitCode == 0);
  BOOST_TEST(r.out.find("startup_ms=") == 0u);
  BOOST_TEST(r.out.find(" cases=40 ") != std::string::npos);
  BOOST_TEST(r.out.find(" first_screen_ms=") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_files_are_refused_with_the_file_named) {
  test::TempDir dir;
  const auto corrupt = dir / "corrupt.sqlite";
  std::ofstream(corrupt, std::ios::binary) << std::string(4096, 'x');
  // A SQLite file of some other program.
  const auto foreign = dir / "foreign.sqlite";
  sqlite3* db = nullptr;
  BOOST_REQUIRE(sqlite3_open(foreign.c_str(), &db) == SQLITE_OK);
  BOOST_REQUIRE(sqlite3_exec(db, "CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES('x');", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);

  for (const auto& file : {corrupt, foreign, dir / "missing.sqlite"}) {
    const auto r = test::runProcess(LANDDESK_APP_PATH, {file.string(), "--measure-startup"}, {{"LANDDESK_LANG", "vi"}});
    BOOST_TEST_MESSAGE(file.filename() << ": " << r.err);
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.find(file.filename().string()) != std::string::npos);
    BOOST_TEST(r.out.find("startup_ms") == std::string::npos);
  }
  BOOST_TEST(!std::filesystem::exists(dir / "missing.sqlite"));
}

BOOST_AUTO_TEST_CASE(refuses_an_unknown_option) {
  const auto r = test::runProcess(LANDDESK_APP_PATH, {"--colour", "blue"});
  BOOST_TEST(r.exitCode != 0);
  BOOST_TEST(r.err.find("--colour") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
