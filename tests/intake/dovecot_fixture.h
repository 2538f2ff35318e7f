// A real Dovecot for the mail tests: its own config, passwd-file and maildir in a temporary folder, IMAP, POP3,
// IMAPS and POP3S on free high ports of 127.0.0.1 (TLS with a self-signed certificate made by openssl).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "support/temp_dir.h"

namespace landdesk::test {

class Dovecot {
 public:
  Dovecot();  // writes the configuration and starts the server; fails the test when it cannot
  ~Dovecot();
  Dovecot(const Dovecot&) = delete;
  Dovecot& operator=(const Dovecot&) = delete;

  void start();
  void stop();  // the server process and every session it holds end: open connections drop

  // Delivers a message into the user's INBOX with `doveadm save` (the server must be running).
  void deliver(const std::string& rawMessage);

  std::string imapUrl() const;   // imap://127.0.0.1:<port>/INBOX
  std::string imapsUrl() const;  // imaps://localhost:<port>/INBOX
  std::string pop3Address() const;   // 127.0.0.1:<port>
  std::string pop3sAddress() const;  // localhost:<port>
  const std::filesystem::path& certificate() const { return cert_; }
  std::string log() const;  // Dovecot's log so far
  // Whether the user's first logged login came over TLS (Dovecot adds ", TLS" to the login line of an encrypted
  // session): a plain port really upgraded by STARTTLS/STLS, not used in the clear.
  bool loggedInOverTls() const;

  const std::string user = "motcua";
  const std::string password = "mat-khau-2026";
  uint16_t imapPort = 0, pop3Port = 0, imapsPort = 0, pop3sPort = 0;

 private:
  TempDir dir_;
  std::filesystem::path config_, cert_;
  bool running_ = false;
};

// A TCP port on 127.0.0.1 that nothing listens on (bound, then released).
uint16_t freePort();

}  // namespace landdesk::test
