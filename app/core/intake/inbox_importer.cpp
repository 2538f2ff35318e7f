#include "intake/inbox_importer.h"

#include "access/permissions.h"
#include "capture/image_file.h"
#include "intake/file_name.h"
#include "storage/file_store.h"

namespace landdesk::intake {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxInputBytes = 200u << 20;

LocalDateTime modificationTime(const fs::path& file) {
  std::error_code ec;
  const auto written = fs::last_write_time(file, ec);
  if (ec) return localNow();
  const auto utc = std::chrono::floor<std::chrono::seconds>(std::chrono::file_clock::to_sys(written));
  return LocalDateTime(utc.time_since_epoch()) + std::chrono::hours(7);  // Indochina Time, as util/datetime
}

// The named view is a hard link to the stored content (no second copy of personal data); read-only, because
// editing it would change the content its hash names.
void makeView(const storage::FileStore& store, const fs::path& dataDir, StoredItem& s) {
  const fs::path view = inboxViewPath(dataDir, s.item);
  std::error_code ec;
  if (view.empty() || fs::exists(view, ec)) {
    s.viewPath = view;
    return;
  }
  fs::create_directories(view.parent_path(), ec);
  fs::create_hard_link(store.locate(s.item.sha256), view, ec);
  if (ec) fs::copy_file(store.locate(s.item.sha256), view, ec);
  if (ec) {
    s.warnings.push_back("Không tạo được bản xem có tên tệp: " + ec.message());
    return;
  }
  fs::permissions(view, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read, ec);
  s.viewPath = view;
}

// "/home/x/thư.eml" + "thư.eml!Sổ đỏ.jpg" -> "/home/x/thư.eml!Sổ đỏ.jpg": the outer place, then the path inside.
std::string originOf(const std::string& sourceOrigin, const std::string& topName, const std::string& inner) {
  if (sourceOrigin.empty() || !inner.starts_with(topName)) return sourceOrigin.empty() ? inner : sourceOrigin;
  return sourceOrigin + inner.substr(topName.size());
}

}  // namespace

fs::path inboxViewPath(const fs::path& dataDir, const storage::InboxItem& item) {
  // The name is one sanitised segment; anything else would be a bug upstream, and never a path outside dataDir.
  if (item.id <= 0 || item.fileName.empty() || item.fileName.find('/') != std::string::npos ||
      item.fileName.find('\\') != std::string::npos || item.fileName == "." || item.fileName == "..")
    return {};
  return dataDir / "inbox" / std::to_string(item.id) / fs::path(item.fileName);
}

InboxImporter::InboxImporter(storage::Database& db, fs::path dataDir) : db_(db), dataDir_(std::move(dataDir)) {}

Result<IntakeReport> InboxImporter::importFile(const fs::path& file, IntakeSource source, bool deleteSource,
                                               const std::function<Status()>& alsoInTransaction) {
  if (auto ok = access::requirePermission(db_.actor(), access::Permission::EditCases); !ok) return ok.error();
  auto bytes = capture::readFileBytes(file, kMaxInputBytes);
  if (!bytes) return bytes.error();
  std::error_code ec;
  if (source.origin.empty()) source.origin = fs::absolute(file, ec).string();
  if (!source.receivedAt) source.receivedAt = modificationTime(file);
  auto report = importBytes(*bytes, file.filename().string(), std::move(source), alsoInTransaction);
  if (!report || !deleteSource) return report;
  // Only once every piece is in the store and recorded; a failed removal is reported, nothing is lost.
  const storage::FileStore store = storage::fileStoreIn(dataDir_);
  for (const StoredItem& s : report->stored)
    if (!store.contains(s.item.sha256)) return report;
  fs::remove(file, ec);
  report->sourceDeleted = !ec;
  if (ec && !report->stored.empty())
    report->stored.front().warnings.push_back("Không xoá được tệp gốc " + file.string() + ": " + ec.message());
  return report;
}

Result<IntakeReport> InboxImporter::importBytes(std::string_view bytes, std::string_view name, IntakeSource source,
                                                const std::function<Status()>& alsoInTransaction) {
  auto unpacked = unpack(bytes, name);
  if (!unpacked) return unpacked.error();
  IntakeReport report;
  report.kind = unpacked->kind;
  report.skipped = std::move(unpacked->skipped);
  if (const auto& mail = unpacked->mail) {
    if (source.channel == storage::InboxChannel::Picked) source.channel = storage::InboxChannel::Email;
    if (source.sender.empty()) source.sender = mail->sender;
    if (source.subject.empty()) source.subject = mail->subject;
    if (mail->date) source.receivedAt = mail->date;
  }
  report.sender = source.sender;
  report.subject = source.subject;
  const LocalDateTime receivedAt = source.receivedAt.value_or(localNow());

  // Content first (idempotent, atomic per file); a failure later leaves only unreferenced content behind.
  storage::FileStore store = storage::fileStoreIn(dataDir_);
  std::vector<std::string> hashes;
  for (const AcceptedFile& f : unpacked->files) {
    auto hash = store.putBytes(f.bytes);
    if (!hash) return hash.error();
    hashes.push_back(*hash);
  }

  const std::string topName = sanitizeFileName(name);
  storage::InboxRepository inbox(db_);
  std::vector<StoredItem> stored;
  Status done = db_.transaction([&]() -> Status {
    stored.clear();
    for (size_t i = 0; i < unpacked->files.size(); ++i) {
      const AcceptedFile& f = unpacked->files[i];
      StoredItem s{{}, false, f.warnings, f.cardFields, {}};
      auto existing = inbox.bySha256(hashes[i]);
      if (!existing) return existing.error();
      if (*existing) {
        s.item = std::move(**existing);
        s.duplicate = true;
      } else {
        s.item.channel = source.channel;
        s.item.sender = source.sender;
        s.item.subject = source.subject;
        s.item.receivedAt = receivedAt;
        s.item.fileName = f.name;
        s.item.sha256 = hashes[i];
        s.item.mediaType = mediaTypeOf(f.kind);
        s.item.contentKind = contentKindCode(f.kind);
        s.item.size = static_cast<int64_t>(f.bytes.size());
        s.item.origin = originOf(source.origin, topName, f.origin);
        if (auto ok = inbox.add(s.item); !ok) return ok;
      }
      stored.push_back(std::move(s));
    }
    if (alsoInTransaction) return alsoInTransaction();
    return {};
  });
  if (!done) return done.error();
  for (StoredItem& s : stored)
    if (!s.duplicate) makeView(store, dataDir_, s);
    else s.viewPath = inboxViewPath(dataDir_, s.item);
  report.stored = std::move(stored);
  return report;
}

}  // namespace landdesk::intake
