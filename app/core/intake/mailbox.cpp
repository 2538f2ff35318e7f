#include "intake/mailbox.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <charconv>

#include "intake/mail_clients.h"
#include "storage/inbox_repository.h"

namespace landdesk::intake {

namespace {

std::string where(const MailServer& s) { return s.host + ":" + std::to_string(s.port); }

Error badAddress(const std::string& what, const std::string& detail) {
  return makeError("intake.mail_address", "Địa chỉ hộp thư không hợp lệ: " + what, "Invalid mailbox address: " + what, detail);
}

// A database failure stops the fetch (nothing more can be recorded); a bad message only skips that message.
bool isStorageFailure(const Error& e) { return e.code.starts_with("db.") || e.code.starts_with("files."); }

// Imports one message with its bookmark in the same transaction; a message whose content is refused gets its
// bookmark alone, so it is reported once and not fetched again.
std::optional<Error> takeMessage(InboxImporter& importer, const std::string& raw, const std::string& name,
                                 const std::string& reference, const std::function<Status()>& bookmark,
                                 MessageOutcome& outcome) {
  IntakeSource source;
  source.channel = storage::InboxChannel::Email;
  source.origin = reference;
  auto report = importer.importBytes(raw, name, source, bookmark);
  if (report) {
    outcome.report = std::move(*report);
    return std::nullopt;
  }
  if (isStorageFailure(report.error())) return report.error();
  outcome.error = report.error();
  if (auto marked = importer.database().transaction(bookmark); !marked) return marked.error();
  return std::nullopt;
}

void fetchImap(InboxImporter& importer, const MailServer& server, FetchReport& out,
               const std::function<void(const MessageOutcome&)>& progress) {
  storage::InboxRepository inbox(importer.database());
  ImapClient client(server);
  auto validity = client.uidValidity();
  if (!validity) return void(out.stopped = validity.error());
  auto last = inbox.lastImapUid(out.account, *validity);
  if (!last) return void(out.stopped = last.error());
  auto uids = client.uidsAfter(*last);
  if (!uids) return void(out.stopped = uids.error());
  out.newMessages = uids->size();
  for (int64_t uid : *uids) {
    MessageOutcome outcome{client.reference(*validity, uid), std::nullopt, std::nullopt};
    auto raw = client.fetch(*validity, uid);
    if (!raw && raw.error().code != "intake.mail_too_large") return void(out.stopped = raw.error());
    const auto bookmark = [&, uid] { return inbox.setLastImapUid(out.account, *validity, uid); };
    if (!raw) {
      outcome.error = raw.error();
      if (auto marked = importer.database().transaction(bookmark); !marked) return void(out.stopped = marked.error());
    } else if (auto stop = takeMessage(importer, *raw, "thu-" + std::to_string(uid) + ".eml", outcome.reference, bookmark, outcome)) {
      return void(out.stopped = *stop);
    }
    out.messages.push_back(outcome);
    if (progress) progress(out.messages.back());
  }
}

void fetchPop3(InboxImporter& importer, const MailServer& server, FetchReport& out,
               const std::function<void(const MessageOutcome&)>& progress) {
  storage::InboxRepository inbox(importer.database());
  Pop3Client client(server);
  if (auto ok = client.open(); !ok) return void(out.stopped = ok.error());
  auto list = client.uidls();
  if (!list) return void(out.stopped = list.error());
  std::vector<std::pair<int, std::string>> fresh;
  for (const auto& entry : *list) {
    auto seen = inbox.pop3Seen(out.account, entry.second);
    if (!seen) return void(out.stopped = seen.error());
    if (!*seen) fresh.push_back(entry);
  }
  out.newMessages = fresh.size();
  for (const auto& [number, uidl] : fresh) {
    MessageOutcome outcome{out.account + "#UIDL=" + uidl, std::nullopt, std::nullopt};
    auto raw = client.retrieve(number);
    if (!raw && raw.error().code != "intake.mail_too_large") return void(out.stopped = raw.error());
    const std::string key = uidl;
    const auto bookmark = [&, key] { return inbox.markPop3Seen(out.account, key); };
    if (!raw) {
      outcome.error = raw.error();
      if (auto marked = importer.database().transaction(bookmark); !marked) return void(out.stopped = marked.error());
    } else if (auto stop = takeMessage(importer, *raw, "thu-" + uidl + ".eml", outcome.reference, bookmark, outcome)) {
      return void(out.stopped = *stop);
    }
    out.messages.push_back(outcome);
    if (progress) progress(out.messages.back());
  }
}

}  // namespace

std::string MailServer::account() const {
  const std::string scheme = protocol == Protocol::Imap ? (implicitTls ? "imaps" : "imap") : (implicitTls ? "pop3s" : "pop3");
  return scheme + "://" + user + "@" + host + ":" + std::to_string(port) + (protocol == Protocol::Imap ? "/" + mailbox : "");
}

Error mailConnectionError(const MailServer& s, const std::string& detail) {
  return makeError("intake.mail_connection",
                   "Không kết nối được hoặc bị ngắt kết nối với hộp thư " + where(s) +
                       "; các thư đã tải vẫn được giữ, lần sau tải tiếp",
                   "Could not reach the mailbox " + where(s) + " or the connection dropped; mail already taken is kept",
                   detail);
}

Error mailLoginError(const MailServer& s, const std::string& detail) {
  return makeError("intake.mail_login", "Hộp thư " + where(s) + " từ chối tên đăng nhập hoặc mật khẩu",
                   "The mailbox " + where(s) + " refused the user name or password", detail);
}

Error mailTlsError(const MailServer& s, const std::string& detail) {
  return makeError("intake.mail_tls", "Không thiết lập được kết nối mã hoá (TLS) an toàn với hộp thư " + where(s),
                   "Could not set up a trusted TLS connection to the mailbox " + where(s), detail);
}

Result<MailServer> imapServer(const std::string& url) {
  MailServer s;
  try {
    const Poco::URI uri(url);
    if (uri.getScheme() != "imap" && uri.getScheme() != "imaps")
      return badAddress("cần dạng imap://máy-chủ[:cổng]/HỘP-THƯ hoặc imaps://…", url);
    s.implicitTls = uri.getScheme() == "imaps";
    s.host = uri.getHost();
    s.port = uri.getPort() ? uri.getPort() : (s.implicitTls ? 993 : 143);
    std::string path = uri.getPath();
    while (path.starts_with('/')) path.erase(0, 1);
    if (const size_t semi = path.find(';'); semi != std::string::npos) path.resize(semi);
    if (!path.empty()) s.mailbox = path;
    if (!uri.getUserInfo().empty()) s.user = uri.getUserInfo().substr(0, uri.getUserInfo().find(':'));
  } catch (const Poco::Exception& e) {
    return badAddress(url, e.displayText());
  }
  if (s.host.empty()) return badAddress("thiếu tên máy chủ", url);
  for (unsigned char c : s.mailbox)
    if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') return badAddress("tên hộp thư chỉ được dùng ký tự ASCII", s.mailbox);
  return s;
}

Result<MailServer> pop3Server(const std::string& hostPort, bool tls, bool startTls) {
  MailServer s;
  s.protocol = MailServer::Protocol::Pop3;
  s.implicitTls = tls && !startTls;
  s.requireTls = tls || startTls;
  const size_t colon = hostPort.rfind(':');
  s.host = hostPort.substr(0, colon);
  s.port = s.implicitTls ? 995 : 110;
  if (colon != std::string::npos) {
    unsigned port = 0;
    const char* begin = hostPort.data() + colon + 1;
    auto [end, ec] = std::from_chars(begin, hostPort.data() + hostPort.size(), port);
    if (ec != std::errc() || end != hostPort.data() + hostPort.size() || port == 0 || port > 65535)
      return badAddress("cổng phải là số 1–65535", hostPort);
    s.port = static_cast<uint16_t>(port);
  }
  if (s.host.empty()) return badAddress("thiếu tên máy chủ", hostPort);
  return s;
}

Result<MailServer> mailServer(const MailboxOptions& o) {
  if (o.imapUrl.has_value() == o.pop3Host.has_value())
    return makeError("intake.mail_options", "Cần đúng một trong --imap URL hoặc --pop3 MÁY:CỔNG",
                     "Give exactly one of --imap URL or --pop3 HOST:PORT");
  auto server = o.imapUrl ? imapServer(*o.imapUrl) : pop3Server(*o.pop3Host, o.tls, o.startTls);
  if (!server) return server.error();
  server->requireTls = server->requireTls || o.tls;
  if (!o.user.empty()) server->user = o.user;
  server->password = o.password;
  server->caFile = o.caFile;
  if (o.timeoutSeconds) {
    int seconds = 0;
    auto [end, ec] = std::from_chars(o.timeoutSeconds->data(), o.timeoutSeconds->data() + o.timeoutSeconds->size(), seconds);
    if (ec != std::errc() || end != o.timeoutSeconds->data() + o.timeoutSeconds->size() || seconds <= 0)
      return makeError("intake.mail_options", "Thời gian chờ phải là số giây dương", "The timeout must be a positive number of seconds",
                       *o.timeoutSeconds);
    server->timeout = std::chrono::seconds(seconds);
  }
  if (server->user.empty()) return makeError("intake.mail_options", "Thiếu tên đăng nhập hộp thư (--user)", "Missing the mailbox user (--user)");
  return server;
}

FetchReport fetchMail(InboxImporter& importer, const MailServer& server,
                      const std::function<void(const MessageOutcome&)>& progress) {
  FetchReport out;
  out.account = server.account();
  if (server.protocol == MailServer::Protocol::Imap) fetchImap(importer, server, out, progress);
  else fetchPop3(importer, server, out, progress);
  return out;
}

}  // namespace landdesk::intake
