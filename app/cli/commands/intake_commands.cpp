// landdesk-cli intake FILE | inbox list | import | discard | fetch | watch | folders: papers into the Inbox and on
// into cases. `intake` is the one entry point for anything handed in (the desk app's drop goes through the same core).
#include <fcntl.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iomanip>
#include <map>
#include <ostream>
#include <sstream>
#include <thread>

#include "../cli_database.h"
#include "../cli_output.h"
#include "../command_table.h"
#include "access/permissions.h"
#include "intake/case_assignment.h"
#include "intake/folder_watcher.h"
#include "intake/inbox_importer.h"
#include "intake/mailbox.h"
#include "intake/mail_settings.h"
#include "storage/case_repository.h"
#include "storage/file_store.h"

namespace landdesk::cli {

namespace {

using namespace landdesk::intake;
using storage::InboxItem;

bool english(const Invocation& inv) { return inv.language == Language::English; }

// libjpeg and Leptonica print their own complaints ("Corrupt JPEG data: …") on stderr while a damaged file is
// checked; the officer gets LandDesk's one-line reason instead. Our own lines are written after the quiet part.
class QuietLibraries {
 public:
  QuietLibraries() : saved_(dup(STDERR_FILENO)) {
    std::cerr.flush();
    if (const int null = open("/dev/null", O_WRONLY); null >= 0) {
      dup2(null, STDERR_FILENO);
      close(null);
    }
  }
  ~QuietLibraries() {
    std::fflush(stderr);
    if (saved_ >= 0) {
      dup2(saved_, STDERR_FILENO);
      close(saved_);
    }
  }
  QuietLibraries(const QuietLibraries&) = delete;
  QuietLibraries& operator=(const QuietLibraries&) = delete;

 private:
  int saved_;
};

std::string kindLabel(const Invocation& inv, std::string_view code) {
  const auto kind = contentKindFromCode(code).value_or(ContentKind::Unknown);
  return std::string(english(inv) ? describeEn(kind) : describeVi(kind));
}

std::string stateLabel(const Invocation& inv, storage::InboxState state) {
  static const std::map<storage::InboxState, std::pair<std::string, std::string>> labels = {
      {storage::InboxState::New, {"mới", "new"}},
      {storage::InboxState::Assigned, {"đã vào hồ sơ", "in a case"}},
      {storage::InboxState::Discarded, {"đã bỏ", "discarded"}}};
  return english(inv) ? labels.at(state).second : labels.at(state).first;
}

std::string channelLabel(const Invocation& inv, storage::InboxChannel channel) {
  static const std::map<storage::InboxChannel, std::pair<std::string, std::string>> labels = {
      {storage::InboxChannel::Zalo, {"Zalo", "Zalo"}}, {storage::InboxChannel::Email, {"thư điện tử", "e-mail"}},
      {storage::InboxChannel::Folder, {"thư mục", "folder"}}, {storage::InboxChannel::Picked, {"chọn tệp", "picked"}}};
  return english(inv) ? labels.at(channel).second : labels.at(channel).first;
}

std::string sizeText(int64_t bytes) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(1) << static_cast<double>(bytes) / 1024.0 << " KB";
  return s.str();
}

// The ID number as the acting officer may see it (masked for roles that do not need it, legal-facts §9).
std::string cardText(const std::vector<std::pair<std::string, std::string>>& fields, const access::Actor& viewer) {
  std::string id, name;
  for (const auto& [k, v] : fields) {
    if (k == "id_number") id = v;
    if (k == "full_name") name = v;
  }
  return id.empty() ? std::string() : " | CCCD " + access::idNumberFor(viewer, id) + " — " + name;
}

Poco::JSON::Object::Ptr itemJson(const Invocation& inv, const InboxItem& i) {
  auto o = jsonObject();
  o->set("id", i.id);
  o->set("state", std::string(storage::inboxStateCode(i.state)));
  o->set("channel", std::string(storage::inboxChannelCode(i.channel)));
  o->set("sender", i.sender);
  o->set("subject", i.subject);
  o->set("received_at", isoDateTime(i.receivedAt));
  o->set("name", i.fileName);
  o->set("kind", i.contentKind);
  o->set("media_type", i.mediaType);
  o->set("size", i.size);
  o->set("sha256", i.sha256);
  o->set("path", storage::fileStoreIn(inv.dataDirectory()).locate(i.sha256).string());
  o->set("origin", i.origin);
  if (i.caseId) o->set("case_id", *i.caseId);
  else o->set("case_id", Poco::Dynamic::Var());
  return o;
}

Poco::JSON::Object::Ptr storedJson(const Invocation& inv, const StoredItem& s) {
  auto o = itemJson(inv, s.item);
  o->set("duplicate", s.duplicate);
  o->set("view", s.viewPath.string());
  Poco::JSON::Array::Ptr warnings = new Poco::JSON::Array;
  for (const auto& w : s.warnings) warnings->add(w);
  o->set("warnings", warnings);
  if (!s.cardFields.empty()) {
    auto card = jsonObject();
    for (const auto& [k, v] : s.cardFields) card->set(k, v);
    o->set("id_card", card);
  }
  return o;
}

Poco::JSON::Object::Ptr errorJson(const Invocation& inv, const Error& e) {
  auto o = jsonObject();
  o->set("code", e.code);
  o->set("message", e.text(inv.language));
  return o;
}

Poco::JSON::Object::Ptr reportJson(const Invocation& inv, const IntakeReport& r) {
  auto o = jsonObject();
  o->set("kind", std::string(contentKindCode(r.kind)));
  o->set("sender", r.sender);
  o->set("subject", r.subject);
  Poco::JSON::Array::Ptr items = new Poco::JSON::Array, skipped = new Poco::JSON::Array;
  for (const auto& s : r.stored) items->add(storedJson(inv, s));
  for (const auto& s : r.skipped) {
    auto e = errorJson(inv, s.reason);
    e->set("name", s.name);
    skipped->add(e);
  }
  o->set("items", items);
  o->set("skipped", skipped);
  o->set("source_deleted", r.sourceDeleted);
  return o;
}

// One line per stored item on stdout; skipped parts on stderr, so stdout lists exactly what the Inbox holds.
void printReport(Invocation& inv, const IntakeReport& r, const access::Actor& viewer) {
  const bool en = english(inv);
  for (const auto& s : r.stored) {
    inv.out << (s.duplicate ? (en ? "already in inbox #" : "đã có trong hộp thư đến #") : (en ? "imported #" : "đã nhận #"))
            << s.item.id << " | " << s.item.fileName << " | " << kindLabel(inv, s.item.contentKind) << " | "
            << sizeText(s.item.size) << " | " << s.item.sha256.substr(0, 12) << cardText(s.cardFields, viewer) << '\n';
    for (const auto& w : s.warnings) inv.err << (en ? "  note: " : "  lưu ý: ") << w << '\n';
  }
  for (const auto& s : r.skipped) inv.err << (en ? "skipped: " : "bỏ qua: ") << s.reason.text(inv.language) << '\n';
}

Result<storage::InboxChannel> channelOption(const Invocation& inv) {
  const std::string code = inv.args.valueOr("--channel", "picked");
  if (auto c = storage::inboxChannelFromCode(code)) return *c;
  return makeError("cli.bad_channel", "--channel phải là zalo, email, folder hoặc picked", "--channel must be zalo, email, folder or picked", code);
}

int runIntake(Invocation& inv) {
  auto channel = channelOption(inv);
  if (!channel) return fail(inv, channel.error(), kExitUsage);
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  InboxImporter importer(*db, inv.dataDirectory());
  IntakeSource source;
  source.channel = *channel;
  const std::string file = inv.args.positional()[0];
  auto report = [&] {
    QuietLibraries quiet;
    return importer.importFile(file, source, inv.args.has("--delete-source"));
  }();
  if (!report) return fail(inv, report.error());
  if (inv.json) {
    auto o = reportJson(inv, *report);
    o->set("file", file);
    printJson(inv, o);
  } else {
    printReport(inv, *report, db->actor());
  }
  return kExitOk;
}

Result<int64_t> itemArgument(const std::string& text) {
  std::string_view s = text;
  if (s.starts_with('#')) s.remove_prefix(1);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc() || end != s.data() + s.size() || id <= 0)
    return makeError("cli.bad_item", "Số mục hộp thư đến không hợp lệ", "Invalid inbox item number", text);
  return id;
}

int runList(Invocation& inv) {
  std::optional<storage::InboxState> state;
  if (auto s = inv.args.value("--state"); s && *s != "all") {
    state = storage::inboxStateFromCode(*s);
    if (!state) return fail(inv, makeError("cli.bad_state", "--state phải là new, assigned, discarded hoặc all", "--state must be new, assigned, discarded or all", *s), kExitUsage);
  }
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  auto items = storage::InboxRepository(*db).list(state);
  if (!items) return fail(inv, items.error());
  if (inv.json) {
    Poco::JSON::Array::Ptr arr = new Poco::JSON::Array;
    for (const auto& i : *items) arr->add(itemJson(inv, i));
    printJson(inv, arr);
    return kExitOk;
  }
  for (const auto& i : *items) {
    inv.out << '#' << i.id << " | " << stateLabel(inv, i.state) << " | " << channelLabel(inv, i.channel) << " | "
            << isoDateTime(i.receivedAt) << " | " << (i.sender.empty() ? "—" : i.sender) << " | "
            << access::idNumbersIn(db->actor(), i.fileName) << " | "
            << kindLabel(inv, i.contentKind);
    if (i.caseId)
      if (auto c = db->cases().byId(*i.caseId)) inv.out << " | " << c->code;
    inv.out << '\n';
  }
  inv.out << items->size() << (english(inv) ? " item(s)\n" : " mục\n");
  return kExitOk;
}

int runImport(Invocation& inv) {
  auto id = itemArgument(inv.args.positional()[0]);
  if (!id) return fail(inv, id.error(), kExitUsage);
  AssignRequest request;
  request.itemId = *id;
  request.actor = inv.args.valueOr("--actor", "cli");
  request.caseCode = inv.args.value("--case");
  if (auto kind = inv.args.value("--new-case")) {
    request.newCaseKind = model::fromCode<model::CaseKind>(*kind);
    if (!request.newCaseKind)
      return fail(inv, makeError("cli.bad_kind", "Loại hồ sơ không hợp lệ (transfer_whole, gift, …)", "Unknown case kind (transfer_whole, gift, …)", *kind), kExitUsage);
  }
  const std::string read = inv.args.valueOr("--read", "qr");
  if (read != "qr" && read != "ocr" && read != "none")
    return fail(inv, makeError("cli.bad_read", "--read phải là qr, ocr hoặc none", "--read must be qr, ocr or none", read), kExitUsage);
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  auto done = [&] {
    QuietLibraries quiet;
    return assignToCase(*db, inv.dataDirectory(), request, read == "none" ? PaperReader{} : captureReader(read == "ocr"));
  }();
  if (!done) return fail(inv, done.error());
  const model::SourceDocument& d = done->document;
  if (inv.json) {
    auto o = jsonObject();
    o->set("item", *id);
    o->set("case", done->caseFile.code);
    o->set("document_kind", std::string(model::codeOf(d.kind)));
    auto fields = jsonObject();
    for (const auto& f : d.fields) fields->set(f.name, f.value);
    o->set("fields", fields);
    o->set("provenance", d.fields.empty() ? std::string() : std::string(model::codeOf(d.fields.front().provenance)));
    printJson(inv, o);
  } else {
    const auto& t = model::term(d.kind);
    inv.out << (english(inv) ? "Item #" : "Đã đưa mục #") << *id << (english(inv) ? " added to case " : " vào hồ sơ ")
            << done->caseFile.code << " (" << (english(inv) ? t.en : t.vi) << ", " << d.fields.size()
            << (english(inv) ? " value(s) read)\n" : " giá trị đọc được)\n");
  }
  return kExitOk;
}

int runDiscard(Invocation& inv) {
  auto id = itemArgument(inv.args.positional()[0]);
  if (!id) return fail(inv, id.error(), kExitUsage);
  auto db = openDatabase(inv, false);
  if (!db) return kExitFailure;
  if (auto ok = storage::InboxRepository(*db).discard(*id); !ok) return fail(inv, ok.error());
  inv.out << (english(inv) ? "Discarded #" : "Đã bỏ mục #") << *id << '\n';
  return kExitOk;
}

Result<MailServer> mailServerOptions(const Invocation& inv) {
  const char* envPassword = std::getenv("LANDDESK_MAIL_PASSWORD");
  return mailServer({inv.args.value("--imap"), inv.args.value("--pop3"), inv.args.has("--tls"), inv.args.valueOr("--user", ""),
                     inv.args.valueOr("--password", envPassword ? envPassword : ""), inv.args.valueOr("--ca-file", ""),
                     inv.args.value("--timeout")});
}

int runFetch(Invocation& inv) {
  // No address on the command line: the desk's saved mailbox (settings mail.*, password from the environment).
  const bool saved = !inv.args.value("--imap") && !inv.args.value("--pop3");
  auto server = saved ? Result<MailServer>(MailServer{}) : mailServerOptions(inv);
  if (!server) return fail(inv, server.error(), kExitUsage);
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  if (saved) {
    auto settings = loadMailSettings(*db);
    if (!settings) return fail(inv, settings.error());
    server = mailServerFrom(*settings, inv.args.valueOr("--password", ""));
    if (!server) return fail(inv, server.error());
  }
  InboxImporter importer(*db, inv.dataDirectory());
  // Items appear on stdout message by message, so a long fetch shows progress; notes wait for stderr to return.
  std::ostringstream notes;
  Invocation buffered{inv.args, inv.out, notes, inv.language, inv.json};
  const FetchReport r = [&] {
    QuietLibraries quiet;
    return fetchMail(importer, *server, [&](const MessageOutcome& m) {
      if (inv.json) return;
      if (m.report) printReport(buffered, *m.report, db->actor());
      if (m.error) notes << (english(inv) ? "message skipped: " : "bỏ qua thư: ") << m.error->text(inv.language) << '\n';
      inv.out.flush();
    });
  }();
  inv.err << notes.str();
  if (inv.json) {
    auto o = jsonObject();
    o->set("account", r.account);
    o->set("new_messages", r.newMessages);
    Poco::JSON::Array::Ptr messages = new Poco::JSON::Array;
    for (const auto& m : r.messages) {
      auto mo = m.report ? reportJson(inv, *m.report) : jsonObject();
      mo->set("reference", m.reference);
      mo->set("error", m.error ? Poco::Dynamic::Var(errorJson(inv, *m.error)) : Poco::Dynamic::Var());
      messages->add(mo);
    }
    o->set("messages", messages);
    o->set("error", r.stopped ? Poco::Dynamic::Var(errorJson(inv, *r.stopped)) : Poco::Dynamic::Var());
    printJson(inv, o);
    return r.stopped ? kExitFailure : kExitOk;
  }
  if (r.stopped) return fail(inv, *r.stopped);
  inv.out << r.newMessages << (english(inv) ? " new message(s)\n" : " thư mới\n");
  return kExitOk;
}

std::vector<std::filesystem::path> watchedFolders(Invocation& inv, storage::Database& db) {
  std::vector<std::filesystem::path> folders;
  for (const auto& f : inv.args.positional()) folders.emplace_back(f);
  if (!folders.empty()) return folders;
  folders.push_back(defaultZaloFolder());
  if (auto added = storage::InboxRepository(db).watchedFolders())
    for (const auto& f : *added) folders.emplace_back(f);
  return folders;
}

Result<std::chrono::milliseconds> millisOption(const Invocation& inv, std::string_view name, int fallback) {
  const std::string text = inv.args.valueOr(std::string(name), std::to_string(fallback));
  int ms = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
  if (ec != std::errc() || end != text.data() + text.size() || ms < 0)
    return makeError("cli.bad_number", std::string(name) + " phải là số mili giây", std::string(name) + " must be milliseconds", text);
  return std::chrono::milliseconds(ms);
}

int runWatch(Invocation& inv) {
  auto settle = millisOption(inv, "--settle-ms", 2000), interval = millisOption(inv, "--interval-ms", 1000);
  if (!settle) return fail(inv, settle.error(), kExitUsage);
  if (!interval) return fail(inv, interval.error(), kExitUsage);
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  InboxImporter importer(*db, inv.dataDirectory());
  const auto folders = watchedFolders(inv, *db);
  const bool deleteSource = inv.args.has("--delete-source");
  Poco::JSON::Array::Ptr all = new Poco::JSON::Array;
  auto take = [&](auto&& look) {
    QuietLibraries quiet;
    return look();
  };
  auto show = [&](const std::vector<WatchOutcome>& outcomes) {
    for (const WatchOutcome& o : outcomes) {
      if (inv.json) {
        auto j = o.report ? reportJson(inv, *o.report) : jsonObject();
        j->set("file", o.file.path.string());
        j->set("already_taken", o.alreadyTaken);
        j->set("error", o.error ? Poco::Dynamic::Var(errorJson(inv, *o.error)) : Poco::Dynamic::Var());
        all->add(j);
      } else if (o.report) {
        printReport(inv, *o.report, db->actor());
      } else if (o.error) {
        inv.err << (english(inv) ? "skipped: " : "bỏ qua: ") << o.file.path.string() << " — " << o.error->text(inv.language) << '\n';
      }
    }
    inv.out.flush();
  };
  if (inv.args.has("--once")) {
    show(take([&] { return watchOnce(importer, folders, *settle, deleteSource); }));
    if (inv.json) printJson(inv, all);
    return kExitOk;
  }
  FolderWatcher watcher(folders, *settle);
  for (;;) {  // until interrupted; every taken file is committed before the next look
    show(take([&] { return takeFiles(importer, watcher.poll(), deleteSource); }));
    std::this_thread::sleep_for(*interval);
  }
}

int runFolders(Invocation& inv) {
  auto db = openDatabase(inv, true);
  if (!db) return kExitFailure;
  storage::InboxRepository inbox(*db);
  for (const auto& f : inv.args.values("--add"))
    if (auto ok = inbox.addWatchedFolder(std::filesystem::absolute(f).string()); !ok) return fail(inv, ok.error());
  for (const auto& f : inv.args.values("--remove"))
    if (auto ok = inbox.removeWatchedFolder(std::filesystem::absolute(f).string()); !ok) return fail(inv, ok.error());
  auto added = inbox.watchedFolders();
  if (!added) return fail(inv, added.error());
  inv.out << defaultZaloFolder().string() << (english(inv) ? "  (Zalo, default)\n" : "  (Zalo, mặc định)\n");
  for (const auto& f : *added) inv.out << f << '\n';
  return kExitOk;
}

}  // namespace

std::vector<Command> intakeCommands() {
  const OptionSpec deleteSource{"--delete-source", false, "delete the original once stored (personal-data rule)"};
  return {
      {{"intake"}, "FILE", "nhận ảnh/PDF/ZIP/.eml/DOCX/mã QR vào hộp thư đến / take a file into the Inbox",
       {{"--channel", true, "zalo|email|folder|picked (default picked)"}, deleteSource}, runIntake, 1},
      {{"inbox", "list"}, "", "list inbox items, newest first", {{"--state", true, "new|assigned|discarded|all (default all)"}}, runList},
      {{"inbox", "import"}, "ITEM", "move an inbox item into a case",
       {{"--case", true, "existing case code"}, {"--new-case", true, "kind of a new case (transfer_whole, gift, …)"},
        {"--read", true, "qr (default): read ID-card QR codes | ocr: also GCN OCR | none"}, {"--actor", true, "who is recorded"}},
       runImport, 1},
      {{"inbox", "discard"}, "ITEM", "set an inbox item aside", {}, runDiscard, 1},
      {{"inbox", "fetch"}, "", "fetch new mail and take its attachments (saved mailbox when no --imap/--pop3)",
       {{"--imap", true, "imap[s]://host[:port]/MAILBOX"}, {"--pop3", true, "HOST[:PORT]"}, {"--user", true, "mailbox user"},
        {"--password", true, "password (or LANDDESK_MAIL_PASSWORD)"}, {"--tls", false, "require TLS (IMAP STARTTLS, POP3S)"},
        {"--ca-file", true, "trusted certificate of a self-signed server"}, {"--timeout", true, "seconds (default 30)"}},
       runFetch},
      {{"inbox", "watch"}, "[FOLDER...]", "take complete new files from watched folders (default: Zalo + added)",
       {{"--once", false, "look once (twice, --settle-ms apart) and stop"}, {"--settle-ms", true, "unchanged this long = complete (default 2000)"},
        {"--interval-ms", true, "time between looks (default 1000)"}, deleteSource},
       runWatch},
      {{"inbox", "folders"}, "", "list watched folders", {{"--add", true, "watch this folder too"}, {"--remove", true, "stop watching it"}}, runFolders},
  };
}

}  // namespace landdesk::cli
