#include <boost/test/unit_test.hpp>

#include <fstream>

#include "storage/file_store.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

BOOST_AUTO_TEST_SUITE(file_store)

BOOST_AUTO_TEST_CASE(content_addressed_and_deduplicated) {
  TempDir dir;
  auto store = storage::fileStoreIn(dir.path());
  // SHA-256("abc"), FIPS 180-2 test vector.
  const std::string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  auto h1 = store.putBytes("abc");
  BOOST_REQUIRE(h1.ok());
  BOOST_TEST(*h1 == abc);
  BOOST_TEST(store.locate(abc) == dir / "files" / "ba" / abc.substr(2));
  std::ofstream(dir / "copy.jpg", std::ios::binary) << "abc";
  auto h2 = store.put(dir / "copy.jpg");
  BOOST_REQUIRE(h2.ok());
  BOOST_TEST(*h2 == abc);
  BOOST_TEST(fileBytes(store.locate(abc)) == "abc");
  size_t files = 0;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir / "files")) files += e.is_regular_file();
  BOOST_TEST(files == 1u);
  BOOST_TEST(!store.put(dir / "missing.jpg").ok());
}

BOOST_AUTO_TEST_SUITE_END()
