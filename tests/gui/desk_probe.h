// A second, read-only connection to a desk's SQLite file: what the GUI tests assert was really stored.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

struct sqlite3;

namespace landdesk::test {

class DeskProbe {
 public:
  explicit DeskProbe(const std::filesystem::path& file);
  ~DeskProbe();
  DeskProbe(const DeskProbe&) = delete;
  DeskProbe& operator=(const DeskProbe&) = delete;

  // The first column of the first row of `sql` (one optional text parameter); 0 / "" when there is no row or NULL.
  int64_t number(const std::string& sql, const std::string& parameter = {});
  std::string text(const std::string& sql, const std::string& parameter = {});
  // case_file.status of the case `code` ("drafting", "authenticated" …).
  std::string status(const std::string& code);

 private:
  template <class Read>
  auto first(const std::string& sql, const std::string& parameter, Read read) -> decltype(read(nullptr));
  sqlite3* db_ = nullptr;
};

}  // namespace landdesk::test
