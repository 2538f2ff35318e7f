// The desk's file store: received papers kept once each under their SHA-256, beside the database.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "util/error.h"

namespace landdesk::storage {

class FileStore {
 public:
  explicit FileStore(std::filesystem::path root) : root_(std::move(root)) {}

  // Copies the file in (atomically: temporary file, then rename) and returns its SHA-256 in hex.
  // Storing the same content twice keeps one copy.
  Result<std::string> put(const std::filesystem::path& source);
  Result<std::string> putBytes(std::string_view bytes);

  // Where the content with this hash lives (whether or not it is there).
  std::filesystem::path locate(std::string_view sha256) const;
  bool contains(std::string_view sha256) const;

  static std::string sha256Hex(std::string_view bytes);

 private:
  std::filesystem::path root_;
};

// The store of a data directory: <data dir>/files.
FileStore fileStoreIn(const std::filesystem::path& dataDir);

}  // namespace landdesk::storage
