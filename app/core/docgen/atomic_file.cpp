#include "docgen/atomic_file.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace landdesk::docgen {

namespace {

Error writeFailed(const std::filesystem::path& p, const std::string& why) {
  return makeError("file.write_failed", "Không ghi được tệp kết quả", "Cannot write the output file", p.string() + " (" + why + ")");
}

}  // namespace

Status writeFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
  const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) return writeFailed(target, "cannot create a temporary file in " + dir.string());
  ::close(fd);
  const std::filesystem::path temp = pattern;
  std::error_code ec;
  try {
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      write(out);
      out.flush();
      if (!out) {
        std::filesystem::remove(temp, ec);
        return writeFailed(target, "disk full or not writable");
      }
    }
    // mkstemp makes 0600; an output document is an ordinary file.
    std::filesystem::permissions(temp, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                           std::filesystem::perms::group_read | std::filesystem::perms::others_read, ec);
    std::filesystem::rename(temp, target, ec);
    if (ec) {
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      return writeFailed(target, ec.message());
    }
  } catch (...) {
    std::filesystem::remove(temp, ec);
    throw;
  }
  return {};
}

}  // namespace landdesk::docgen
