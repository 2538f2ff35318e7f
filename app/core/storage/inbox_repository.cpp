#include "storage/inbox_repository.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <array>
#include <utility>

#include "storage/session_impl.h"
#include "storage/storage_error.h"
#include "text/unicode.h"

namespace landdesk::storage {

using namespace Poco::Data::Keywords;

namespace {

constexpr std::array<std::pair<InboxChannel, std::string_view>, 4> kChannels = {
    {{InboxChannel::Zalo, "zalo"}, {InboxChannel::Email, "email"}, {InboxChannel::Folder, "folder"},
     {InboxChannel::Picked, "picked"}}};
constexpr std::array<std::pair<InboxState, std::string_view>, 3> kStates = {
    {{InboxState::New, "new"}, {InboxState::Assigned, "assigned"}, {InboxState::Discarded, "discarded"}}};

const InboxStatements& sqlOf(const Database::Impl& db) { return db.dialect.inbox; }

std::string text(const Poco::Data::RecordSet& rs, size_t col, size_t row) {
  const auto& v = rs.value(col, row);
  return v.isEmpty() ? std::string() : v.convert<std::string>();
}

std::vector<InboxItem> itemsOf(Poco::Data::Statement& st) {
  st.execute();
  Poco::Data::RecordSet rs(st);
  std::vector<InboxItem> out;
  out.reserve(rs.rowCount());
  for (size_t r = 0; r < rs.rowCount(); ++r) {
    InboxItem i;
    i.id = rs.value(0, r).convert<Poco::Int64>();
    i.channel = inboxChannelFromCode(text(rs, 1, r)).value_or(InboxChannel::Picked);
    i.sender = text(rs, 2, r);
    i.subject = text(rs, 3, r);
    i.receivedAt = parseCanonicalDateTime(text(rs, 4, r)).value_or(LocalDateTime{});
    i.fileName = text(rs, 5, r);
    i.sha256 = text(rs, 6, r);
    i.mediaType = text(rs, 7, r);
    i.contentKind = text(rs, 8, r);
    i.size = rs.value(9, r).convert<Poco::Int64>();
    i.origin = text(rs, 10, r);
    i.state = inboxStateFromCode(text(rs, 11, r)).value_or(InboxState::New);
    if (!rs.value(12, r).isEmpty()) i.caseId = rs.value(12, r).convert<Poco::Int64>();
    i.importedAt = parseCanonicalDateTime(text(rs, 13, r)).value_or(LocalDateTime{});
    out.push_back(std::move(i));
  }
  return out;
}

Error notFound(int64_t id) {
  return makeError("inbox.not_found", "Không có mục này trong hộp thư đến", "No such inbox item", "#" + std::to_string(id));
}

}  // namespace

std::string_view inboxChannelCode(InboxChannel channel) {
  for (const auto& [c, code] : kChannels)
    if (c == channel) return code;
  return "picked";
}

std::optional<InboxChannel> inboxChannelFromCode(std::string_view code) {
  for (const auto& [c, name] : kChannels)
    if (name == code) return c;
  return std::nullopt;
}

std::string_view inboxStateCode(InboxState state) {
  for (const auto& [s, code] : kStates)
    if (s == state) return code;
  return "new";
}

std::optional<InboxState> inboxStateFromCode(std::string_view code) {
  for (const auto& [s, name] : kStates)
    if (name == code) return s;
  return std::nullopt;
}

Status InboxRepository::add(InboxItem& item) {
  InboxItem draft = item;
  for (std::string* s : {&draft.sender, &draft.subject, &draft.fileName, &draft.origin}) *s = text::toNfc(*s);
  draft.importedAt = localNow();
  Status done = inTransaction(db_, [&]() -> Status {
    std::string channel(inboxChannelCode(draft.channel)), received = isoDateTime(draft.receivedAt),
        imported = isoDateTime(draft.importedAt);
    Poco::Int64 size = draft.size, id = 0;
    db_.session << std::string(sqlOf(db_).insertItem), use(channel), use(draft.sender), use(draft.subject),
        use(received), use(draft.fileName), use(draft.sha256), use(draft.mediaType), use(draft.contentKind), use(size),
        use(draft.origin), use(imported), into(id), now;
    draft.id = id;
    draft.state = InboxState::New;
    return {};
  });
  if (done) item = std::move(draft);
  return done;
}

Result<InboxItem> InboxRepository::byId(int64_t id) {
  try {
    Poco::Data::Statement st(db_.session);
    Poco::Int64 key = id;
    st << std::string(sqlOf(db_).itemById), use(key);
    auto items = itemsOf(st);
    if (items.empty()) return notFound(id);
    return std::move(items.front());
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::optional<InboxItem>> InboxRepository::bySha256(std::string_view sha256) {
  try {
    Poco::Data::Statement st(db_.session);
    std::string key(sha256);
    st << std::string(sqlOf(db_).itemBySha), use(key);
    auto items = itemsOf(st);
    if (items.empty()) return std::optional<InboxItem>();
    return std::optional<InboxItem>(std::move(items.front()));
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Result<std::vector<InboxItem>> InboxRepository::list(std::optional<InboxState> state, size_t limit) {
  try {
    Poco::Data::Statement st(db_.session);
    auto bounded = static_cast<Poco::Int64>(std::min<size_t>(limit, INT64_MAX));
    std::string code(state ? inboxStateCode(*state) : "");
    if (state) st << std::string(sqlOf(db_).listItemsInState), use(code), use(bounded);
    else st << std::string(sqlOf(db_).listItems), use(bounded);
    return itemsOf(st);
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

namespace {

Status leaveNew(Database::Impl& db, int64_t id, InboxState to, std::optional<int64_t> caseId) {
  if (auto ok = access::requirePermission(db.actor, access::Permission::EditCases); !ok) return ok;
  return inTransaction(db, [&]() -> Status {
    std::string target(inboxStateCode(to)), expected(inboxStateCode(InboxState::New));
    Poco::Nullable<Poco::Int64> caseKey = caseId ? Poco::Nullable<Poco::Int64>(*caseId) : Poco::Nullable<Poco::Int64>();
    Poco::Int64 key = id;
    Poco::Data::Statement st(db.session);
    st << std::string(sqlOf(db).setItemState), use(target), use(caseKey), use(key), use(expected);
    if (st.execute() == 1) return {};
    std::vector<std::string> states;
    db.session << std::string(sqlOf(db).itemState), use(key), into(states), now;
    if (states.empty()) return notFound(id);
    return makeError("inbox.not_new", "Mục này đã được xử lý (" + states.front() + "), không nhận lại được",
                     "This item was already handled (" + states.front() + ")", "#" + std::to_string(id));
  });
}

}  // namespace

Status InboxRepository::markAssigned(int64_t id, int64_t caseId) { return leaveNew(db_, id, InboxState::Assigned, caseId); }
Status InboxRepository::discard(int64_t id) { return leaveNew(db_, id, InboxState::Discarded, std::nullopt); }

Result<int64_t> InboxRepository::lastImapUid(std::string_view account, int64_t uidValidity) {
  try {
    std::string a(account);
    Poco::Int64 v = uidValidity;
    std::vector<Poco::Int64> uids;
    db_.session << std::string(sqlOf(db_).imapLastUid), use(a), use(v), into(uids), now;
    return uids.empty() ? int64_t{0} : static_cast<int64_t>(uids.front());
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Status InboxRepository::setLastImapUid(std::string_view account, int64_t uidValidity, int64_t uid) {
  return inTransaction(db_, [&]() -> Status {
    std::string a(account), at = isoDateTime(localNow());
    Poco::Int64 v = uidValidity, u = uid;
    db_.session << std::string(sqlOf(db_).setImapLastUid), use(a), use(v), use(u), use(at), now;
    return {};
  });
}

Result<bool> InboxRepository::pop3Seen(std::string_view account, std::string_view uidl) {
  try {
    std::string a(account), u(uidl);
    Poco::Int64 n = 0;
    db_.session << std::string(sqlOf(db_).pop3Seen), use(a), use(u), into(n), now;
    return n > 0;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Status InboxRepository::markPop3Seen(std::string_view account, std::string_view uidl) {
  return inTransaction(db_, [&]() -> Status {
    std::string a(account), u(uidl), at = isoDateTime(localNow());
    db_.session << std::string(sqlOf(db_).markPop3Seen), use(a), use(u), use(at), now;
    return {};
  });
}

Result<bool> InboxRepository::fileTaken(std::string_view path, int64_t size, int64_t mtime) {
  try {
    std::string p(path);
    Poco::Int64 s = size, m = mtime, n = 0;
    db_.session << std::string(sqlOf(db_).fileTaken), use(p), use(s), use(m), into(n), now;
    return n > 0;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Status InboxRepository::markFileTaken(std::string_view path, int64_t size, int64_t mtime, std::string_view sha256) {
  return inTransaction(db_, [&]() -> Status {
    std::string p(path), h(sha256), at = isoDateTime(localNow());
    Poco::Int64 s = size, m = mtime;
    db_.session << std::string(sqlOf(db_).markFileTaken), use(p), use(s), use(m), use(h), use(at), now;
    return {};
  });
}

Result<std::vector<std::string>> InboxRepository::watchedFolders() {
  try {
    std::vector<std::string> paths;
    db_.session << std::string(sqlOf(db_).watchedFolders), into(paths), now;
    return paths;
  } catch (const std::exception& e) {
    return storageError(e, db_.path);
  }
}

Status InboxRepository::addWatchedFolder(std::string_view path) {
  return inTransaction(db_, [&]() -> Status {
    std::string p(path), at = isoDateTime(localNow());
    db_.session << std::string(sqlOf(db_).addWatchedFolder), use(p), use(at), now;
    return {};
  });
}

Status InboxRepository::removeWatchedFolder(std::string_view path) {
  return inTransaction(db_, [&]() -> Status {
    std::string p(path);
    db_.session << std::string(sqlOf(db_).removeWatchedFolder), use(p), now;
    return {};
  });
}

}  // namespace landdesk::storage
