// A fresh temporary directory for one test, removed with everything in it when the test ends.
#pragma once

#include <filesystem>

namespace landdesk::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::filesystem::path& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Where tests leave artefacts (screenshots, PDFs): $LANDDESK_TEST_ARTIFACTS, created if needed.
std::filesystem::path artifactDirectory();

// The repository root ($LANDDESK_SOURCE_DIR), for fixtures under tests/data and samples.
std::filesystem::path sourceDirectory();

}  // namespace landdesk::test
