// The setting storage.busy_timeout_ms honoured by every program that opens the file, not only the desk window: with
// a real `sqlite3` process holding the write lock, a core write and a `landdesk-cli` write are refused with the
// Vietnamese "database locked" message after about the configured wait, not after the built-in 5 s.
#include <boost/test/unit_test.hpp>

#include <chrono>

#include "storage/database.h"
#include "storage/settings_repository.h"
#include "support/run_process.h"
#include "support/sqlite_shell_lock.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::test;
using namespace std::chrono;

namespace {

constexpr std::string_view kLockedVi = "Cơ sở dữ liệu đang bị máy khác khoá";

struct LockedDesk {
  TempDir dir;
  std::filesystem::path file = dir / "desk.sqlite";
  explicit LockedDesk(const char* waitMs) {
    auto db = storage::Database::open({.path = file});
    BOOST_REQUIRE(db.ok());
    BOOST_REQUIRE((*db)->settings().set("storage.busy_timeout_ms", waitMs, "admin").ok());
  }
};

long long msSince(steady_clock::time_point start) { return duration_cast<milliseconds>(steady_clock::now() - start).count(); }

}  // namespace

BOOST_AUTO_TEST_SUITE(busy_timeout, *boost::unit_test::label("sqlite_only"))

BOOST_AUTO_TEST_CASE(a_core_write_waits_the_stored_setting_not_the_default) {
  LockedDesk desk("300");
  auto db = storage::Database::open({.path = desk.file, .create = false});  // busyTimeout left at its 5 s default
  BOOST_REQUIRE(db.ok());
  SqliteShellLock lock(desk.file);
  const auto started = steady_clock::now();
  const Status refused = (*db)->settings().set("office.name", "UBND xã Tân Hòa", "admin");
  const long long waited = msSince(started);
  BOOST_TEST_MESSAGE("core_locked_write_refused_ms=" << waited);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "db.locked");
  BOOST_TEST(refused.error().vi.find(kLockedVi) != std::string::npos);
  BOOST_TEST(waited >= 250);   // it did wait for the other desk …
  BOOST_TEST(waited < 2500);   // … about 300 ms, not the built-in 5 s
}

BOOST_AUTO_TEST_CASE(a_cli_write_is_refused_after_the_stored_wait_with_the_vietnamese_message) {
  LockedDesk desk("300");
  SqliteShellLock lock(desk.file);
  const auto started = steady_clock::now();
  const ProcessResult r = runProcess(LANDDESK_CLI, {"demo", "seed", "--cases", "1", "--db", desk.file.string(), "--lang", "vi"});
  const long long waited = msSince(started);
  BOOST_TEST_MESSAGE("cli_locked_write_refused_ms=" << waited << " (process start included)");
  BOOST_TEST(r.exitCode == 1, r.out << r.err);
  BOOST_TEST(r.err.find(std::string(kLockedVi)) != std::string::npos, r.err);
  BOOST_TEST(waited >= 250);
  BOOST_TEST(waited < 3000);  // the default would be 5 s and more
}

BOOST_AUTO_TEST_CASE(a_longer_stored_wait_is_honoured_too) {
  // The setting, not a constant: 1.5 s stored is waited out in full before the CLI gives up.
  LockedDesk desk("1500");
  SqliteShellLock lock(desk.file);
  const auto started = steady_clock::now();
  const ProcessResult r = runProcess(LANDDESK_CLI, {"demo", "seed", "--cases", "1", "--db", desk.file.string()});
  const long long waited = msSince(started);
  BOOST_TEST_MESSAGE("cli_locked_write_refused_ms=" << waited << " with storage.busy_timeout_ms=1500");
  BOOST_TEST(r.exitCode == 1, r.out << r.err);
  BOOST_TEST(waited >= 1400);
  BOOST_TEST(waited < 4500);
}

BOOST_AUTO_TEST_SUITE_END()
