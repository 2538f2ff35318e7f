// IMAP over libcurl (Poco has no IMAP client, toolchain notes G10).
#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <mutex>
#include <sstream>

#include "intake/mail_clients.h"

namespace landdesk::intake {

namespace {

constexpr size_t kMaxMessageBytes = 50u << 20;

struct Sink {
  std::string data;
  bool tooLarge = false;
};

size_t collect(char* ptr, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  if (sink->data.size() + n > kMaxMessageBytes) {
    sink->tooLarge = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  sink->data.append(ptr, n);
  return n;
}

std::vector<int64_t> numbersAfter(const std::string& text, std::string_view marker) {
  std::vector<int64_t> out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with(marker)) continue;
    std::istringstream words(line.substr(marker.size()));
    for (std::string w; words >> w;) {
      int64_t n = 0;
      auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), n);
      if (ec == std::errc() && end == w.data() + w.size()) out.push_back(n);
    }
  }
  return out;
}

}  // namespace

struct ImapClient::Impl {
  MailServer server;
  CURL* curl = nullptr;
  char errorText[CURL_ERROR_SIZE] = {};
  std::string base;     // "imap://host:port/"
  std::string mailbox;  // URL-escaped
};

ImapClient::ImapClient(const MailServer& server) : impl_(std::make_unique<Impl>()) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  impl_->server = server;
  impl_->curl = curl_easy_init();
  impl_->base = std::string(server.implicitTls ? "imaps" : "imap") + "://" + server.host + ":" + std::to_string(server.port) + "/";
  if (char* escaped = impl_->curl ? curl_easy_escape(impl_->curl, server.mailbox.c_str(), 0) : nullptr) {
    impl_->mailbox = escaped;
    curl_free(escaped);
  }
}

ImapClient::~ImapClient() {
  if (impl_->curl) curl_easy_cleanup(impl_->curl);
}

std::string ImapClient::reference(int64_t uidValidity, int64_t uid) const {
  return impl_->base + impl_->mailbox + ";UIDVALIDITY=" + std::to_string(uidValidity) + "/;UID=" + std::to_string(uid);
}

Result<std::string> ImapClient::perform(const std::string& url, const std::string& command) {
  CURL* c = impl_->curl;
  if (!c) return mailConnectionError(impl_->server, "libcurl could not start");
  const MailServer& s = impl_->server;
  Sink sink;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_USERNAME, s.user.c_str());
  curl_easy_setopt(c, CURLOPT_PASSWORD, s.password.c_str());
  curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, command.empty() ? nullptr : command.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, impl_->errorText);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, static_cast<long>(std::min<int64_t>(s.timeout.count(), 30)));
  curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(s.timeout.count() * 4));
  // A stalled server (under a second of progress for `timeout`) is a dropped connection, not a wait forever.
  curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, static_cast<long>(s.timeout.count()));
  curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(s.requireTls && !s.implicitTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
  if (!s.caFile.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, s.caFile.c_str());
  impl_->errorText[0] = '\0';
  const CURLcode rc = curl_easy_perform(c);
  if (rc == CURLE_OK) return std::move(sink.data);
  const std::string detail = std::string(curl_easy_strerror(rc)) + (impl_->errorText[0] ? std::string(": ") + impl_->errorText : "");
  switch (rc) {
    case CURLE_LOGIN_DENIED: return mailLoginError(s, detail);
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE: return mailTlsError(s, detail);
    case CURLE_WRITE_ERROR:
      if (sink.tooLarge)
        return makeError("intake.mail_too_large", "Thư điện tử quá lớn (trên 50 MB), bỏ qua", "The message is over 50 MB; skipped", url);
      [[fallthrough]];
    default: return mailConnectionError(s, detail);
  }
}

Result<int64_t> ImapClient::uidValidity() {
  auto reply = perform(impl_->base, "EXAMINE \"" + impl_->server.mailbox + "\"");
  if (!reply) return reply.error();
  const size_t at = reply->find("[UIDVALIDITY ");
  int64_t v = 0;
  if (at == std::string::npos ||
      std::from_chars(reply->data() + at + 13, reply->data() + reply->size(), v).ec != std::errc() || v <= 0)
    return mailConnectionError(impl_->server, "no UIDVALIDITY in the EXAMINE reply");
  return v;
}

Result<std::vector<int64_t>> ImapClient::uidsAfter(int64_t uid) {
  // "n:*" always includes the highest UID, even when it is below n (RFC 3501 §6.4.8): filter again.
  auto reply = perform(impl_->base + impl_->mailbox, "UID SEARCH UID " + std::to_string(uid + 1) + ":*");
  if (!reply) return reply.error();
  std::vector<int64_t> uids = numbersAfter(*reply, "* SEARCH");
  std::erase_if(uids, [&](int64_t u) { return u <= uid; });
  std::sort(uids.begin(), uids.end());
  uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
  return uids;
}

Result<std::string> ImapClient::fetch(int64_t uidValidity, int64_t uid) {
  return perform(reference(uidValidity, uid), "");
}

}  // namespace landdesk::intake
