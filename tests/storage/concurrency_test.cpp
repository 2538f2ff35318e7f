#include <boost/test/unit_test.hpp>

#include <future>
#include <thread>

#include "storage/case_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

BOOST_AUTO_TEST_SUITE(concurrency)

// WAL: a reader keeps working, and sees the last committed state, while a writer holds an open transaction.
BOOST_AUTO_TEST_CASE(reader_sees_committed_state_while_writer_commits) {
  DatabaseFixture f;
  auto writer = f.open();
  auto reader = f.open();
  auto first = fullCase();
  BOOST_REQUIRE(writer->cases().add(first, "w"));

  std::promise<void> written, checked;
  auto checkedFuture = checked.get_future();
  std::thread writing([&] {
    auto status = writer->transaction([&]() -> Status {
      for (int i = 0; i < 50; ++i) {
        auto c = fullCase();
        if (auto ok = writer->cases().add(c, "w"); !ok) return ok;
      }
      written.set_value();
      checkedFuture.wait();  // hold the transaction open until the reader has looked
      return {};
    });
    BOOST_TEST(status.ok());
  });
  written.get_future().wait();
  auto during = reader->cases().count();
  auto list = reader->cases().list();
  checked.set_value();
  writing.join();
  BOOST_REQUIRE(during.ok());
  BOOST_TEST(*during == 1);
  BOOST_TEST(list->size() == 1u);
  BOOST_TEST(*reader->cases().count() == 51);
}

BOOST_AUTO_TEST_CASE(failed_transaction_leaves_nothing) {
  DatabaseFixture f;
  auto db = f.open();
  auto status = db->transaction([&]() -> Status {
    auto c = fullCase();
    if (auto ok = db->cases().add(c, "w"); !ok) return ok;
    return makeError("test.abort", "dừng", "abort");
  });
  BOOST_TEST(!status.ok());
  BOOST_TEST(*db->cases().count() == 0);
  BOOST_TEST(db->cases().search("dong")->empty());
}

BOOST_AUTO_TEST_SUITE_END()
