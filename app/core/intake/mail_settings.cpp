#include "intake/mail_settings.h"

#include <cstdlib>
#include <map>

#include "storage/settings_repository.h"

namespace landdesk::intake {

namespace {

constexpr const char* kProtocol = "mail.protocol";
constexpr const char* kUrl = "mail.url";
constexpr const char* kUser = "mail.user";
constexpr const char* kTls = "mail.tls";
constexpr const char* kDeleteSource = "mail.delete_source_after_import";
constexpr const char* kStartTls = "mail.starttls";
constexpr const char* kCaFile = "mail.ca_file";

bool yes(const std::string& v) { return v == "1" || v == "true" || v == "yes"; }

}  // namespace

Result<MailSettings> loadMailSettings(storage::Database& db) {
  auto all = db.settings().all();
  if (!all) return all.error();
  MailSettings s;
  auto get = [&](const char* key) -> std::optional<std::string> {
    auto it = all->find(key);
    return it == all->end() ? std::nullopt : std::optional<std::string>(it->second);
  };
  if (auto v = get(kProtocol)) s.protocol = *v;
  if (auto v = get(kUrl)) s.url = *v;
  if (auto v = get(kUser)) s.user = *v;
  if (auto v = get(kTls)) s.tls = yes(*v);
  if (auto v = get(kDeleteSource)) s.deleteSourceAfterImport = yes(*v);
  if (auto v = get(kStartTls)) s.startTls = yes(*v);
  if (auto v = get(kCaFile)) s.caFile = *v;
  return s;
}

Status saveMailSettings(storage::Database& db, const MailSettings& s, const std::string& actor) {
  if (s.protocol != "imap" && s.protocol != "pop3")
    return makeError("intake.mail_options", "Giao thức phải là imap hoặc pop3", "The protocol must be imap or pop3", s.protocol);
  if (!s.url.empty()) {
    MailSettings check = s;
    if (check.user.empty()) check.user = "?";  // the address is checked here; a missing user is refused on fetch
    auto server = mailServerFrom(check, "-");
    if (!server) return server.error();
  }
  // "0" rather than empty: an empty value removes the key and the default (TLS on) would come back.
  const std::map<std::string, std::string> values = {
      {kProtocol, s.protocol}, {kUrl, s.url}, {kUser, s.user}, {kTls, s.tls ? "1" : "0"},
      {kDeleteSource, s.deleteSourceAfterImport ? "1" : "0"}, {kStartTls, s.startTls ? "1" : "0"}, {kCaFile, s.caFile}};
  return db.settings().setAll(values, actor);
}

Result<MailServer> mailServerFrom(const MailSettings& s, const std::string& password) {
  if (!s.configured())
    return makeError("intake.mail_not_configured", "Chưa thiết lập hộp thư của bàn làm việc (địa chỉ và tên đăng nhập)",
                     "The desk's mailbox is not set up (address and user)");
  const char* env = std::getenv("LANDDESK_MAIL_PASSWORD");
  MailboxOptions o;
  if (s.protocol == "pop3") o.pop3Host = s.url;
  else o.imapUrl = s.url;
  o.tls = s.tls;
  o.startTls = s.startTls;
  o.caFile = s.caFile;
  o.user = s.user;
  o.password = password.empty() && env ? std::string(env) : password;
  return mailServer(o);
}

}  // namespace landdesk::intake
