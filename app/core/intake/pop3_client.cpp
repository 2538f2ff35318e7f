// POP3 over Poco::Net (toolchain notes G6): plain on loopback for tests, implicit TLS (POP3S), or STLS (RFC 2595).
#include <Poco/Net/Context.h>
#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/POP3ClientSession.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <mutex>
#include <sstream>

#include "intake/mail_clients.h"

namespace landdesk::intake {

namespace {

constexpr size_t kMaxMessageBytes = 50u << 20;

// Turns whatever Poco threw into the officer's message: TLS, login, or a connection that failed or dropped.
Error fromException(const MailServer& s, const Poco::Exception& e) {
  if (dynamic_cast<const Poco::Net::SSLException*>(&e)) return mailTlsError(s, e.displayText());
  // Poco says "Login rejected for user" (USER) or "Password rejected for user" (PASS).
  if (dynamic_cast<const Poco::Net::POP3Exception*>(&e) && e.displayText().find("rejected for user") != std::string::npos)
    return mailLoginError(s, e.displayText());
  return mailConnectionError(s, e.displayText());
}

// Counts what the server sends so a hostile or broken server cannot fill the memory.
class BoundedBuffer : public std::streambuf {
 public:
  std::string data;

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (data.size() + static_cast<size_t>(n) > kMaxMessageBytes) throw Poco::DataException("message over 50 MB");
    data.append(s, static_cast<size_t>(n));
    return n;
  }
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (data.size() + 1 > kMaxMessageBytes) throw Poco::DataException("message over 50 MB");
    data.push_back(traits_type::to_char_type(c));
    return c;
  }
};

// The desk's trust: the system's CAs plus the settings' CA file; the peer is always verified (never relaxed to none).
Poco::Net::Context::Ptr tlsContext(const MailServer& s) {
  static std::once_flag once;
  std::call_once(once, [] { Poco::Net::initializeSSL(); });
  return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", s.caFile, Poco::Net::Context::VERIFY_RELAXED, 9, true);
}

// RFC 2595 §4: read the greeting, send STLS, and on "+OK" start TLS on the same connection. Poco's session has no
// STLS, so this talks on the plain socket; nothing else is buffered then (the server waits for the TLS hello).
Poco::Net::SecureStreamSocket startTls(const MailServer& s, Poco::Net::StreamSocket& plain) {
  Poco::Net::DialogSocket dialog(plain);
  std::string greeting, reply;
  dialog.receiveMessage(greeting);
  if (!greeting.starts_with("+OK")) throw Poco::Net::POP3Exception("The POP3 service is unavailable", greeting);
  dialog.sendMessage("STLS");
  dialog.receiveMessage(reply);
  // A server without STLS is refused rather than used in the clear: the settings asked for TLS.
  if (!reply.starts_with("+OK")) throw Poco::Net::SSLException("the server refused STLS", reply);
  return Poco::Net::SecureStreamSocket::attach(plain, s.host, tlsContext(s));
}

// Poco's login() first reads the greeting, which came before STLS: USER and PASS are sent here instead.
void loginAfterGreeting(Poco::Net::POP3ClientSession& session, const MailServer& s) {
  std::string reply;
  if (!session.sendCommand("USER", s.user, reply)) throw Poco::Net::POP3Exception("Login rejected for user", reply);
  if (!session.sendCommand("PASS", s.password, reply)) throw Poco::Net::POP3Exception("Password rejected for user", reply);
}

}  // namespace

struct Pop3Client::Impl {
  MailServer server;
  std::unique_ptr<Poco::Net::POP3ClientSession> session;
};

Pop3Client::Pop3Client(const MailServer& server) : impl_(std::make_unique<Impl>()) { impl_->server = server; }

Pop3Client::~Pop3Client() {
  if (impl_->session) {
    try {
      impl_->session->close();  // QUIT: the server may now forget nothing, since nothing is deleted
    } catch (const Poco::Exception&) {
      // The connection is already gone; there is nothing left to close cleanly.
    }
  }
}

Status Pop3Client::open() {
  const MailServer& s = impl_->server;
  try {
    const Poco::Net::SocketAddress address(s.host, s.port);
    const Poco::Timespan timeout(static_cast<long>(s.timeout.count()), 0);
    if (s.implicitTls) {
      Poco::Net::SecureStreamSocket socket(tlsContext(s));
      socket.setPeerHostName(s.host);
      socket.connect(address, timeout);
      impl_->session = std::make_unique<Poco::Net::POP3ClientSession>(socket);
      impl_->session->setTimeout(timeout);
      impl_->session->login(s.user, s.password);
    } else if (s.requireTls) {
      Poco::Net::StreamSocket plain;
      plain.connect(address, timeout);
      plain.setReceiveTimeout(timeout);
      Poco::Net::SecureStreamSocket secure = startTls(s, plain);
      impl_->session = std::make_unique<Poco::Net::POP3ClientSession>(secure);
      impl_->session->setTimeout(timeout);
      loginAfterGreeting(*impl_->session, s);
    } else {
      Poco::Net::StreamSocket socket;
      socket.connect(address, timeout);
      impl_->session = std::make_unique<Poco::Net::POP3ClientSession>(socket);
      impl_->session->setTimeout(timeout);
      impl_->session->login(s.user, s.password);
    }
    return {};
  } catch (const Poco::Exception& e) {
    impl_->session.reset();
    return fromException(s, e);
  }
}

Result<std::vector<std::pair<int, std::string>>> Pop3Client::uidls() {
  if (!impl_->session) return mailConnectionError(impl_->server, "not connected");
  try {
    const int count = impl_->session->messageCount();
    std::vector<std::pair<int, std::string>> out;
    for (int n = 1; n <= count; ++n) {
      std::string reply;
      if (!impl_->session->sendCommand("UIDL", std::to_string(n), reply))
        return makeError("intake.mail_no_uidl", "Máy chủ POP3 không hỗ trợ UIDL nên không biết thư nào đã tải",
                         "The POP3 server does not support UIDL, so it cannot tell which mail was taken", reply);
      // "+OK 3 000000017a3c9f2e"
      std::istringstream words(reply);
      std::string ok, number, uidl;
      words >> ok >> number >> uidl;
      if (uidl.empty()) return mailConnectionError(impl_->server, "unexpected UIDL reply: " + reply);
      out.emplace_back(n, uidl);
    }
    return out;
  } catch (const Poco::Exception& e) {
    return fromException(impl_->server, e);
  }
}

Result<std::string> Pop3Client::retrieve(int number) {
  if (!impl_->session) return mailConnectionError(impl_->server, "not connected");
  try {
    BoundedBuffer buffer;
    std::ostream out(&buffer);
    out.exceptions(std::ios::badbit);
    impl_->session->retrieveMessage(number, out);
    return std::move(buffer.data);
  } catch (const Poco::DataException&) {
    return makeError("intake.mail_too_large", "Thư điện tử quá lớn (trên 50 MB), bỏ qua", "The message is over 50 MB; skipped");
  } catch (const Poco::Exception& e) {
    return fromException(impl_->server, e);
  } catch (const std::ios_base::failure& e) {
    return makeError("intake.mail_too_large", "Thư điện tử quá lớn (trên 50 MB), bỏ qua", "The message is over 50 MB; skipped", e.what());
  }
}

}  // namespace landdesk::intake
