// The desk's mailbox as saved in the settings table (mail.*): protocol, address, user, TLS, delete-after-import.
// The password is never stored: it comes from LANDDESK_MAIL_PASSWORD or is asked once per session.
#pragma once

#include <optional>
#include <string>

#include "intake/mailbox.h"
#include "storage/database.h"
#include "util/error.h"

namespace landdesk::intake {

struct MailSettings {
  std::string protocol = "imap";  // "imap" | "pop3"
  std::string url;                // imap[s]://host[:port]/MAILBOX, or HOST[:PORT] for POP3
  std::string user;
  bool tls = true;                // require TLS (IMAP STARTTLS or imaps, POP3S)
  bool deleteSourceAfterImport = false;  // watched folders: remove the original once stored (personal-data rule)
  bool startTls = false;      // POP3 with `tls`: STLS on the plain port rather than POP3S (IMAP imap:// is STARTTLS already)
  std::string caFile = {};    // an extra trusted certificate (a desk server's self-signed one); verification stays on

  bool configured() const { return !url.empty() && !user.empty(); }
};

// The saved settings, defaults for keys never set.
Result<MailSettings> loadMailSettings(storage::Database& db);
// Checks and saves them in one transaction; refused with the reason when the address does not parse.
Status saveMailSettings(storage::Database& db, const MailSettings& settings, const std::string& actor);

// The server to fetch from with these settings and `password` (empty: LANDDESK_MAIL_PASSWORD).
Result<MailServer> mailServerFrom(const MailSettings& settings, const std::string& password = {});

}  // namespace landdesk::intake
