// Internal to intake/: the two mail protocol clients behind fetchMail (IMAP over libcurl, POP3 over Poco::Net).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "intake/mailbox.h"

namespace landdesk::intake {

// IMAP through libcurl "imap://" URLs on one reused connection: EXAMINE for UIDVALIDITY, UID SEARCH, and one
// URL fetch per message (";UIDVALIDITY=v/;UID=n", so a recreated mailbox fails instead of giving other mail).
class ImapClient {
 public:
  explicit ImapClient(const MailServer& server);
  ~ImapClient();
  ImapClient(const ImapClient&) = delete;
  ImapClient& operator=(const ImapClient&) = delete;

  Result<int64_t> uidValidity();
  Result<std::vector<int64_t>> uidsAfter(int64_t uid);  // ascending, all > uid
  Result<std::string> fetch(int64_t uidValidity, int64_t uid);
  std::string reference(int64_t uidValidity, int64_t uid) const;

 private:
  Result<std::string> perform(const std::string& url, const std::string& command);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// POP3 through Poco::Net::POP3ClientSession (implicit TLS, or STLS then TLS on the plain port); messages are
// identified by their UIDL, asked one by one ("UIDL n") because Poco reads single-line replies only.
class Pop3Client {
 public:
  explicit Pop3Client(const MailServer& server);
  ~Pop3Client();
  Pop3Client(const Pop3Client&) = delete;
  Pop3Client& operator=(const Pop3Client&) = delete;

  Status open();
  Result<std::vector<std::pair<int, std::string>>> uidls();  // (message number, UIDL)
  Result<std::string> retrieve(int number);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The messages an officer reads when a server cannot be reached, refuses the login, or breaks off.
Error mailConnectionError(const MailServer& server, const std::string& detail);
Error mailLoginError(const MailServer& server, const std::string& detail);
Error mailTlsError(const MailServer& server, const std::string& detail);

}  // namespace landdesk::intake
