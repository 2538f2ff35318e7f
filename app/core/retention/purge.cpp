#include "retention/purge.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "access/permissions.h"
#include "intake/mail_settings.h"
#include "rules/desk_rules.h"
#include "rules/retention_rules.h"
#include "storage/audit_repository.h"
#include "storage/file_store.h"
#include "storage/inbox_repository.h"
#include "storage/retention_store.h"

namespace landdesk::retention {

namespace fs = std::filesystem;
using rules::Date;

namespace {

int64_t sizeOf(const fs::path& p) {
  std::error_code ec;
  if (fs::is_regular_file(p, ec)) return static_cast<int64_t>(fs::file_size(p, ec));
  int64_t total = 0;
  if (fs::is_directory(p, ec))
    for (const auto& e : fs::recursive_directory_iterator(p, ec))
      if (e.is_regular_file(ec)) total += static_cast<int64_t>(e.file_size(ec));
  return total;
}

bool present(const fs::path& p) {
  std::error_code ec;
  return fs::exists(p, ec);
}

// A watched-folder original is removed only while it still holds exactly the content the desk stored.
bool sameContent(const fs::path& p, const std::string& sha256) {
  std::error_code ec;
  if (!p.is_absolute() || !fs::is_regular_file(p, ec)) return false;
  std::ifstream in(p, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return in && storage::FileStore::sha256Hex(bytes.str()) == sha256;
}

struct Context {
  storage::Database& db;
  fs::path dataDir;
  Date today;
  rules::RetentionRules rules;
};

// The item for `rule` when its period, started on `start`, is over by `today`; the reason names rule and period.
std::optional<PurgeItem> expired(const Context& cx, const rules::RetentionRule* rule, Date start, std::string ref) {
  if (!rule) return std::nullopt;
  auto until = rule->expiresOn(start);
  if (!until || cx.today < *until) return std::nullopt;
  PurgeItem item;
  item.object = rule->object;
  item.ref = std::move(ref);
  item.ruleKey = rule->key;
  item.expiredOn = rules::formatDate(*until);
  item.reasonVi = rule->nameVi + ": hết thời hạn lưu " + rule->periodText(false) + " (" + rules::formatDateVi(start) + ")";
  item.reasonEn = rule->nameEn + ": retention of " + rule->periodText(true) + " over (" + rules::formatDate(start) + ")";
  return item;
}

Status addDossiers(Context& cx, std::vector<PurgeItem>& out, std::set<int64_t>& purgedCases) {
  storage::RetentionStore store(cx.db);
  auto documents = store.dossierDocuments();
  if (!documents) return documents.error();
  auto inbox = store.dossierInboxItems();
  if (!inbox) return inbox.error();
  const rules::RetentionRule* rule = cx.rules.find("contract_dossier", cx.today);
  std::map<int64_t, size_t> itemOfCase;
  for (const auto& d : *documents) {
    if (!itemOfCase.contains(d.caseId)) {
      auto start = rules::parseDate(d.authenticatedOn);
      auto item = start ? expired(cx, rule, *start, d.caseCode) : std::nullopt;
      if (!item) continue;
      item->caseCode = d.caseCode;
      itemOfCase[d.caseId] = out.size();
      purgedCases.insert(d.caseId);
      out.push_back(std::move(*item));
    }
    PurgeItem& item = out[itemOfCase[d.caseId]];
    item.documentIds.push_back(d.documentId);
    if (!d.sha256.empty()) item.hashes.push_back(d.sha256);
  }
  for (const auto& i : *inbox) {
    auto at = itemOfCase.find(i.caseId);
    if (at == itemOfCase.end()) continue;
    out[at->second].inboxIds.push_back(i.itemId);
    out[at->second].hashes.push_back(i.sha256);
    out[at->second].files.push_back(cx.dataDir / "inbox" / std::to_string(i.itemId));
  }
  return {};
}

Status addInbox(Context& cx, std::vector<PurgeItem>& out, const std::set<int64_t>& purgedCases) {
  auto items = storage::InboxRepository(cx.db).list();
  if (!items) return items.error();
  auto mail = intake::loadMailSettings(cx.db);
  if (!mail) return mail.error();
  const rules::RetentionRule* discarded = cx.rules.find("inbox_discarded", cx.today);
  const rules::RetentionRule* copies = mail->deleteSourceAfterImport ? cx.rules.find("inbox_source_copy", cx.today) : nullptr;
  for (auto it = items->rbegin(); it != items->rend(); ++it) {  // oldest first
    const storage::InboxItem& i = *it;
    const Date received = std::chrono::floor<std::chrono::days>(i.receivedAt);
    const std::string ref = "inbox#" + std::to_string(i.id) + " " + i.fileName;
    const fs::path view = cx.dataDir / "inbox" / std::to_string(i.id);
    if (i.state == storage::InboxState::Discarded) {
      auto item = expired(cx, discarded, received, ref);
      if (!item) continue;
      item->inboxIds.push_back(i.id);
      item->hashes.push_back(i.sha256);
      item->files.push_back(view);
      out.push_back(std::move(*item));
    } else if (i.state == storage::InboxState::Assigned && !(i.caseId && purgedCases.contains(*i.caseId))) {
      auto item = expired(cx, copies, received, ref);
      if (!item) continue;
      if (present(view)) item->files.push_back(view);
      const bool watched = i.channel == storage::InboxChannel::Zalo || i.channel == storage::InboxChannel::Folder;
      if (watched && sameContent(i.origin, i.sha256)) item->files.push_back(i.origin);
      if (!item->files.empty()) out.push_back(std::move(*item));
    }
  }
  return {};
}

// A stored file goes with the last row that names it; files of rows that stay are never listed.
Status addStoreFiles(Context& cx, std::vector<PurgeItem>& items) {
  auto refs = storage::RetentionStore(cx.db).hashReferences();
  if (!refs) return refs.error();
  for (const auto& item : items)
    for (const auto& h : item.hashes) --(*refs)[h];
  const storage::FileStore store = storage::fileStoreIn(cx.dataDir);
  std::set<std::string> taken;
  for (auto& item : items)
    for (const auto& h : item.hashes)
      if ((*refs)[h] <= 0 && h.size() == 64 && taken.insert(h).second && store.contains(h))
        item.files.push_back(store.locate(h));
  return {};
}

}  // namespace

Result<PurgePlan> planPurge(storage::Database& db, const fs::path& dataDir, Date today) {
  if (auto ok = access::requirePermission(db.actor(), access::Permission::Purge); !ok) return ok.error();
  auto json = rules::deskRuleDataJson(db, "retention");
  if (!json) return json.error();
  auto table = rules::parseRetentionRules("retention.json", *json);
  if (!table) return table.error();
  Context cx{db, dataDir, today, std::move(*table)};
  PurgePlan p;
  p.today = rules::formatDate(today);
  std::set<int64_t> purgedCases;
  if (auto s = addDossiers(cx, p.items, purgedCases); !s) return s.error();
  if (auto s = addInbox(cx, p.items, purgedCases); !s) return s.error();
  if (auto s = addStoreFiles(cx, p.items); !s) return s.error();
  for (auto& item : p.items) {
    std::erase_if(item.files, [](const fs::path& f) { return !present(f); });
    for (const auto& f : item.files) item.bytes += sizeOf(f);
    p.bytes += item.bytes;
    p.files += item.files.size();
    p.rows += item.documentIds.size() + item.inboxIds.size();
  }
  return p;
}

Result<PurgePlan> applyPurge(storage::Database& db, const fs::path& dataDir, Date today) {
  auto p = planPurge(db, dataDir, today);
  if (!p) return p.error();
  Status done = db.transaction([&]() -> Status {
    storage::RetentionStore store(db);
    for (const auto& item : p->items) {
      for (int64_t id : item.documentIds)
        if (auto s = store.deleteDocument(id); !s) return s;
      for (int64_t id : item.inboxIds)
        if (auto s = store.deleteInboxItem(id); !s) return s;
      const std::string detail = item.reasonVi + " [" + item.ruleKey + "]; " + std::to_string(item.files.size()) +
                                 " tệp, " + std::to_string(item.bytes) + " byte";
      if (auto s = db.audit().record("purge." + item.object, item.caseCode.empty() ? "inbox" : "case", item.ref,
                                     item.caseCode, detail);
          !s)
        return s;
    }
    return {};
  });
  if (!done) return done.error();
  // Files go only once the rows naming them are gone for good; a file left behind is reported, never fatal.
  for (const auto& item : p->items)
    for (const auto& f : item.files) {
      std::error_code ec;
      fs::remove_all(f, ec);
      if (ec) p->warnings.push_back(f.string() + ": " + ec.message());
    }
  return p;
}

}  // namespace landdesk::retention
