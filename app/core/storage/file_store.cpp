#include "storage/file_store.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace landdesk::storage {

namespace fs = std::filesystem;

std::string FileStore::sha256Hex(std::string_view bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

fs::path FileStore::locate(std::string_view sha256) const {
  const std::string h(sha256);
  return root_ / h.substr(0, 2) / h.substr(2);
}

bool FileStore::contains(std::string_view sha256) const {
  std::error_code ec;
  return sha256.size() == 64 && fs::is_regular_file(locate(sha256), ec);
}

Result<std::string> FileStore::put(const fs::path& source) {
  std::ifstream in(source, std::ios::binary);
  if (!in) return makeError("files.unreadable", "Không đọc được tệp", "Cannot read the file", source.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return putBytes(bytes.str());
}

Result<std::string> FileStore::putBytes(std::string_view bytes) {
  const std::string hash = sha256Hex(bytes);
  if (contains(hash)) return hash;
  const fs::path target = locate(hash);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec)
    return makeError("files.no_folder", "Không tạo được thư mục lưu tệp", "Cannot create the file-store folder",
                     target.parent_path().string());
  const fs::path temp = target.string() + ".part-" + std::to_string(getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      fs::remove(temp, ec);
      return makeError("files.write_failed", "Không ghi được tệp (ổ đĩa đầy hoặc không có quyền)",
                       "Cannot write the file (disk full or no permission)", target.string());
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    return makeError("files.write_failed", "Không ghi được tệp", "Cannot write the file", target.string());
  }
  return hash;
}

FileStore fileStoreIn(const fs::path& dataDir) { return FileStore(dataDir / "files"); }

}  // namespace landdesk::storage
