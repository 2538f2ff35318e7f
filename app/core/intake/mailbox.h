// The desk's mailbox: new messages fetched over IMAP (libcurl) or POP3 (Poco::Net), their papers taken into the
// Inbox; what was taken is remembered (IMAP: highest UID per mailbox and UIDVALIDITY; POP3: UIDLs).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "intake/inbox_importer.h"
#include "util/error.h"

namespace landdesk::intake {

struct MailServer {
  enum class Protocol { Imap, Pop3 };
  Protocol protocol = Protocol::Imap;
  std::string host;
  uint16_t port = 0;
  std::string mailbox = "INBOX";  // IMAP only
  bool implicitTls = false;       // imaps:// (993) or POP3S (995)
  bool requireTls = false;        // on a plain port: upgrade with STARTTLS (IMAP) or STLS (POP3, RFC 2595), or refuse
  std::string user;
  std::string password;
  std::string caFile;  // an extra trusted certificate (a desk server with a self-signed certificate)
  std::chrono::seconds timeout{30};

  // "imap://desk@mail.xa.gov.vn:993/INBOX", "pop3://desk@127.0.0.1:1110": the key of what was taken (no password).
  std::string account() const;
};

// A mailbox as an officer (or the CLI, or a settings form) describes it; the password may come from the environment.
struct MailboxOptions {
  std::optional<std::string> imapUrl;   // imap[s]://host[:port]/MAILBOX …
  std::optional<std::string> pop3Host;  // … or HOST[:PORT]
  bool tls = false;
  std::string user, password, caFile;
  std::optional<std::string> timeoutSeconds;
  bool startTls = false;  // POP3 with `tls`: STLS on the plain port (110) instead of POP3S (995)
};
// Checks exactly one protocol, the address, the user and the timeout ("intake.mail_address", "intake.mail_options").
Result<MailServer> mailServer(const MailboxOptions& options);

// "imap://host[:port]/MAILBOX" or "imaps://…" (port 143/993 by default, mailbox INBOX by default).
Result<MailServer> imapServer(const std::string& url);
// "host:port" or "host" (port 110, or 995 with implicit TLS); `startTls`: TLS through STLS on the plain port.
Result<MailServer> pop3Server(const std::string& hostPort, bool tls, bool startTls = false);

struct MessageOutcome {
  std::string reference;  // "…/INBOX;UIDVALIDITY=…;UID=7" or "…#UIDL=…"
  std::optional<IntakeReport> report;
  std::optional<Error> error;  // this message only (malformed MIME, no usable attachment); it is not fetched again
};

struct FetchReport {
  std::string account;
  size_t newMessages = 0;  // found on the server and not taken before
  std::vector<MessageOutcome> messages;
  std::optional<Error> stopped;  // the connection failed or dropped: what came before it is kept, the rest waits
};

// Fetches what is new and takes each message's papers in one transaction with its bookmark, so a connection that
// drops half-way loses nothing already taken and fetches nothing twice. `progress` is called after each message.
FetchReport fetchMail(InboxImporter& importer, const MailServer& server,
                      const std::function<void(const MessageOutcome&)>& progress = {});

}  // namespace landdesk::intake
