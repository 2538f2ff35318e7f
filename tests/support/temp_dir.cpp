#include "support/temp_dir.h"

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>

namespace landdesk::test {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "landdesk-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  // Undo any permission changes a test made, so removal succeeds.
  for (auto it = std::filesystem::recursive_directory_iterator(path_, ec); !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path artifactDirectory() {
  const char* dir = std::getenv("LANDDESK_TEST_ARTIFACTS");
  std::filesystem::path p = dir && *dir ? dir : (std::filesystem::temp_directory_path() / "landdesk-test-artifacts");
  std::filesystem::create_directories(p);
  return p;
}

std::filesystem::path sourceDirectory() {
  const char* dir = std::getenv("LANDDESK_SOURCE_DIR");
  if (!dir || !*dir) throw std::runtime_error("LANDDESK_SOURCE_DIR is not set (run the tests through ctest)");
  return dir;
}

}  // namespace landdesk::test
