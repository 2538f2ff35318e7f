// Watched folders (Zalo PC's "Zalo Received Files" by default, plus any the officer adds): files are reported
// only once complete, and each is taken into the Inbox once.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "intake/inbox_importer.h"
#include "util/error.h"

namespace landdesk::intake {

// Zalo PC saves what chats receive under the user's Documents folder, in "Zalo Received Files" (Windows:
// %USERPROFILE%\Documents\Zalo Received Files). Under Wine on Linux, Documents is mapped to ~/Documents, so the
// same folder is $HOME/Documents/Zalo Received Files; XDG_DOCUMENTS_DIR is honoured when set.
std::filesystem::path defaultZaloFolder();

struct WatchedFile {
  std::filesystem::path path;
  int64_t size = 0;
  int64_t mtime = 0;  // nanoseconds since the epoch, as the file system reports it
};

// Polls folders (recursively, three levels at most). A file is complete when its size and modification time have
// not changed for `settle` since they were first seen so: a download or a copy still being written keeps changing
// one of them (a pause longer than `settle` in the middle of a write makes the reader refuse the half file; the
// watched-file memory then keys on the new size, so the complete file is still taken). Hidden files and the
// temporary names of downloads (*.part, *.crdownload, *.tmp, ~$*) are never reported.
class FolderWatcher {
 public:
  explicit FolderWatcher(std::vector<std::filesystem::path> folders,
                         std::chrono::milliseconds settle = std::chrono::seconds(2));

  using Clock = std::chrono::steady_clock;
  // One look: the files that have become complete since the last look (each reported once per size and mtime).
  std::vector<WatchedFile> poll(Clock::time_point now = Clock::now());
  // Files seen but not yet complete (still changing or too recent).
  size_t pendingCount() const;
  const std::vector<std::filesystem::path>& folders() const { return folders_; }

 private:
  struct Seen {
    int64_t size;
    int64_t mtime;
    Clock::time_point since;
    bool reported;
  };
  std::vector<std::filesystem::path> folders_;
  std::chrono::milliseconds settle_;
  std::map<std::filesystem::path, Seen> seen_;
};

struct WatchOutcome {
  WatchedFile file;
  std::optional<IntakeReport> report;  // taken
  std::optional<Error> error;          // refused (remembered too, so it is not retried until the file changes)
  bool alreadyTaken = false;
};

// Takes the complete files of a poll into the Inbox: skips those already taken (same path, size, mtime), imports
// the rest (channel zalo under the Zalo folder, folder otherwise) and remembers each in the same transaction.
std::vector<WatchOutcome> takeFiles(InboxImporter& importer, const std::vector<WatchedFile>& files,
                                    bool deleteSource = false);

// `inbox watch --once`: looks, waits `settle`, looks again, and takes what was complete across both looks.
std::vector<WatchOutcome> watchOnce(InboxImporter& importer, const std::vector<std::filesystem::path>& folders,
                                    std::chrono::milliseconds settle, bool deleteSource = false);

}  // namespace landdesk::intake
