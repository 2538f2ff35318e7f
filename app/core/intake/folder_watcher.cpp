#include "intake/folder_watcher.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "storage/file_store.h"
#include "storage/inbox_repository.h"

namespace landdesk::intake {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxDepth = 2;  // the folder and two levels below it

// Names of files still being written by a browser, an office program or a copy tool.
bool temporaryName(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.starts_with("~$")) return true;
  for (std::string_view ext : {".part", ".crdownload", ".tmp", ".download", ".partial"})
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0) return true;
  return false;
}

int64_t mtimeNanos(const fs::path& p, std::error_code& ec) {
  const auto t = fs::last_write_time(p, ec);
  if (ec) return 0;
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::file_clock::to_sys(t).time_since_epoch()).count();
}

bool isUnder(const fs::path& file, const fs::path& folder) {
  std::error_code ec;
  const fs::path f = fs::weakly_canonical(file, ec), d = fs::weakly_canonical(folder, ec);
  auto [end, _] = std::mismatch(d.begin(), d.end(), f.begin(), f.end());
  return !d.empty() && end == d.end();
}

}  // namespace

fs::path defaultZaloFolder() {
  if (const char* docs = std::getenv("XDG_DOCUMENTS_DIR"); docs && *docs) return fs::path(docs) / "Zalo Received Files";
#ifdef _WIN32
  if (const char* profile = std::getenv("USERPROFILE"); profile && *profile)
    return fs::path(profile) / "Documents" / "Zalo Received Files";
#endif
  const char* home = std::getenv("HOME");
  return fs::path(home && *home ? home : ".") / "Documents" / "Zalo Received Files";
}

FolderWatcher::FolderWatcher(std::vector<fs::path> folders, std::chrono::milliseconds settle)
    : folders_(std::move(folders)), settle_(settle) {}

std::vector<WatchedFile> FolderWatcher::poll(Clock::time_point now) {
  std::map<fs::path, std::pair<int64_t, int64_t>> current;
  for (const fs::path& folder : folders_) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (it->is_directory(ec)) {
        if (name.front() == '.' || it.depth() >= kMaxDepth) it.disable_recursion_pending();
        continue;
      }
      // Symbolic links could point anywhere; only the folder's own files are taken.
      if (it->is_symlink(ec) || !it->is_regular_file(ec) || temporaryName(name)) continue;
      std::error_code fileEc;
      const auto size = static_cast<int64_t>(it->file_size(fileEc));
      const int64_t mtime = mtimeNanos(it->path(), fileEc);
      if (!fileEc) current[it->path()] = {size, mtime};
    }
  }
  std::vector<WatchedFile> ready;
  for (auto it = seen_.begin(); it != seen_.end();) it = current.contains(it->first) ? std::next(it) : seen_.erase(it);
  for (const auto& [path, stat] : current) {
    auto [it, inserted] = seen_.try_emplace(path, Seen{stat.first, stat.second, now, false});
    Seen& s = it->second;
    if (!inserted && (s.size != stat.first || s.mtime != stat.second)) s = Seen{stat.first, stat.second, now, false};
    else if (!inserted && !s.reported && now - s.since >= settle_ && s.size > 0) {
      s.reported = true;
      ready.push_back({path, s.size, s.mtime});
    }
  }
  return ready;
}

size_t FolderWatcher::pendingCount() const {
  size_t n = 0;
  for (const auto& [path, s] : seen_) n += s.reported ? 0 : 1;
  return n;
}

std::vector<WatchOutcome> takeFiles(InboxImporter& importer, const std::vector<WatchedFile>& files, bool deleteSource) {
  storage::InboxRepository inbox(importer.database());
  const fs::path zalo = defaultZaloFolder();
  std::vector<WatchOutcome> out;
  for (const WatchedFile& f : files) {
    WatchOutcome o{f, std::nullopt, std::nullopt, false};
    const std::string path = f.path.string();
    auto taken = inbox.fileTaken(path, f.size, f.mtime);
    if (!taken) {
      o.error = taken.error();
    } else if (*taken) {
      o.alreadyTaken = true;
    } else {
      std::ifstream in(f.path, std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      const std::string sha = storage::FileStore::sha256Hex(bytes.str());
      IntakeSource source;
      source.channel = isUnder(f.path, zalo) ? storage::InboxChannel::Zalo : storage::InboxChannel::Folder;
      auto report = importer.importFile(f.path, source, deleteSource,
                                        [&] { return inbox.markFileTaken(path, f.size, f.mtime, sha); });
      if (report) {
        o.report = std::move(*report);
      } else {
        o.error = report.error();
        // Remembered as it is now: a file that changes later (a write that paused) is looked at again. Not when the
        // officer at the desk may not take papers in: the paper waits for one who may.
        if (!o.error->code.starts_with("access.")) (void)inbox.markFileTaken(path, f.size, f.mtime, sha);
      }
    }
    out.push_back(std::move(o));
  }
  return out;
}

std::vector<WatchOutcome> watchOnce(InboxImporter& importer, const std::vector<fs::path>& folders,
                                    std::chrono::milliseconds settle, bool deleteSource) {
  FolderWatcher watcher(folders, settle);
  const auto start = FolderWatcher::Clock::now();
  watcher.poll(start);
  std::this_thread::sleep_for(settle);
  return takeFiles(importer, watcher.poll(std::max(FolderWatcher::Clock::now(), start + settle)), deleteSource);
}

}  // namespace landdesk::intake
