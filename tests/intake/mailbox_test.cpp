// Mail against a real Dovecot on loopback: IMAP (libcurl) and POP3 (Poco), plain and TLS; messages composed with
// Poco::Net::MailMessage; fetched twice -> taken once; a server stopped half-way or a closed port -> a clear error
// and nothing already taken lost.
#include <boost/test/unit_test.hpp>

#include "dovecot_fixture.h"
#include "intake/mailbox.h"
#include "intake_fixtures.h"
#include "storage/inbox_repository.h"
#include "support/run_process.h"

using namespace landdesk;
using namespace landdesk::intake;
using namespace landdesk::test;
namespace fs = std::filesystem;

namespace {

struct Desk {
  TempDir root;
  fs::path dataDir = root / "data";
  std::unique_ptr<storage::Database> db;
  Desk() {
    storage::OpenOptions o;
    o.path = dataDir / "landdesk.sqlite";
    auto opened = storage::Database::open(o);
    BOOST_REQUIRE(opened.ok());
    db = std::move(*opened);
  }
  size_t items() { return storage::InboxRepository(*db).list()->size(); }
};

MailServer server(const Dovecot& dovecot, bool pop3, bool tls = false) {
  auto s = pop3 ? pop3Server(tls ? dovecot.pop3sAddress() : dovecot.pop3Address(), tls)
                : imapServer(tls ? dovecot.imapsUrl() : dovecot.imapUrl());
  BOOST_REQUIRE(s.ok());
  s->user = dovecot.user;
  s->password = dovecot.password;
  s->timeout = std::chrono::seconds(10);
  if (tls) s->caFile = dovecot.certificate().string();
  return *s;
}

// Three messages: Vietnamese RFC 2231 names, several attachments, a PDF.
void deliverThree(Dovecot& dovecot) {
  dovecot.deliver(composeMail("Nguyễn Văn A <nva@example.vn>", "Hồ sơ chuyển nhượng thửa 12",
                              {{"Sổ đỏ thửa 12.jpg", "image/jpeg", cccdScanJpeg()}, {"CCCD mặt sau.png", "image/png", pngImage(40, 30, 1)}}));
  dovecot.deliver(composeMail("Trần Thị B <ttb@example.vn>", "Bổ sung giấy tờ", {{"to-khai.pdf", "application/pdf", onePagePdf()}}));
  dovecot.deliver(composeMail("Lê Văn C <lvc@example.vn>", "Ảnh chụp", {{"anh.png", "image/png", pngImage(40, 30, 2)}}));
}

std::string names(const FetchReport& r) {
  std::string out;
  for (const auto& m : r.messages)
    if (m.report)
      for (const auto& s : m.report->stored) out += s.item.fileName + ";";
  return out;
}

void fetchTwiceTakesOnce(bool pop3) {
  Dovecot dovecot;
  Desk desk;
  InboxImporter importer(*desk.db, desk.dataDir);
  deliverThree(dovecot);
  const FetchReport first = fetchMail(importer, server(dovecot, pop3));
  BOOST_REQUIRE_MESSAGE(!first.stopped, (first.stopped ? first.stopped->en : ""));
  BOOST_TEST(first.newMessages == 3u);
  BOOST_TEST(names(first) == "Sổ đỏ thửa 12.jpg;CCCD mặt sau.png;to-khai.pdf;anh.png;");
  const auto& item = first.messages.at(0).report->stored.at(0).item;
  BOOST_TEST(item.sender == "Nguyễn Văn A <nva@example.vn>");
  BOOST_TEST(item.subject == "Hồ sơ chuyển nhượng thửa 12");
  BOOST_TEST(isoDateTime(item.receivedAt) == "2026-03-03T09:15:00");
  BOOST_TEST((item.channel == storage::InboxChannel::Email));
  BOOST_TEST(desk.items() == 4u);

  const FetchReport second = fetchMail(importer, server(dovecot, pop3));
  BOOST_TEST(!second.stopped);
  BOOST_TEST(second.newMessages == 0u);
  BOOST_TEST(desk.items() == 4u);

  dovecot.deliver(composeMail("Phạm D <pd@example.vn>", "Thêm", {{"them.png", "image/png", pngImage(40, 30, 3)}}));
  const FetchReport third = fetchMail(importer, server(dovecot, pop3));
  BOOST_TEST(third.newMessages == 1u);
  BOOST_TEST(names(third) == "them.png;");
  BOOST_TEST(desk.items() == 5u);
}

void droppedConnectionLosesNothing(bool pop3) {
  Dovecot dovecot;
  Desk desk;
  InboxImporter importer(*desk.db, desk.dataDir);
  deliverThree(dovecot);
  // The server goes away right after the first message is taken.
  const FetchReport cut = fetchMail(importer, server(dovecot, pop3), [&](const MessageOutcome&) { dovecot.stop(); });
  BOOST_REQUIRE(cut.stopped.has_value());
  BOOST_TEST(cut.stopped->code == "intake.mail_connection", cut.stopped->en);
  BOOST_TEST(cut.stopped->vi.find("các thư đã tải vẫn được giữ") != std::string::npos);
  BOOST_TEST(cut.messages.size() == 1u);
  BOOST_TEST(desk.items() == 2u);  // the first message's two attachments stay

  // While it is down: a clear error, nothing changes.
  const FetchReport down = fetchMail(importer, server(dovecot, pop3));
  BOOST_REQUIRE(down.stopped.has_value());
  BOOST_TEST(down.stopped->code == "intake.mail_connection");
  BOOST_TEST(desk.items() == 2u);

  dovecot.start();
  const FetchReport resumed = fetchMail(importer, server(dovecot, pop3));
  BOOST_REQUIRE_MESSAGE(!resumed.stopped, (resumed.stopped ? resumed.stopped->en : ""));
  BOOST_TEST(resumed.newMessages == 2u);
  BOOST_TEST(names(resumed) == "to-khai.pdf;anh.png;");
  BOOST_TEST(desk.items() == 4u);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(mailbox)

BOOST_AUTO_TEST_CASE(imap_fetch_twice_takes_once) { fetchTwiceTakesOnce(false); }
BOOST_AUTO_TEST_CASE(pop3_fetch_twice_takes_once) { fetchTwiceTakesOnce(true); }
BOOST_AUTO_TEST_CASE(imap_dropped_connection_loses_nothing) { droppedConnectionLosesNothing(false); }
BOOST_AUTO_TEST_CASE(pop3_dropped_connection_loses_nothing) { droppedConnectionLosesNothing(true); }

BOOST_AUTO_TEST_CASE(closed_port_wrong_password_and_bad_messages) {
  Desk desk;
  InboxImporter importer(*desk.db, desk.dataDir);
  const uint16_t closed = freePort();
  for (bool pop3 : {false, true}) {
    MailServer s = pop3 ? *pop3Server("127.0.0.1:" + std::to_string(closed), false)
                        : *imapServer("imap://127.0.0.1:" + std::to_string(closed) + "/INBOX");
    s.user = "x";
    s.timeout = std::chrono::seconds(5);
    const FetchReport r = fetchMail(importer, s);
    BOOST_REQUIRE(r.stopped.has_value());
    BOOST_TEST(r.stopped->code == "intake.mail_connection");
    BOOST_TEST(r.stopped->vi.find(std::to_string(closed)) != std::string::npos);
  }

  Dovecot dovecot;
  for (bool pop3 : {false, true}) {
    MailServer s = server(dovecot, pop3);
    s.password = "sai";
    const FetchReport r = fetchMail(importer, s);
    BOOST_REQUIRE(r.stopped.has_value());
    BOOST_TEST(r.stopped->code == "intake.mail_login", r.stopped->en);
  }

  // A broken message and one without papers are reported once each and not fetched again; the good one is taken.
  dovecot.deliver("From: x@example.vn\r\nSubject: hỏng\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n--b\r\nx\r\n");
  dovecot.deliver(composeMail("y@example.vn", "chỉ có lời nhắn", {}));
  dovecot.deliver(composeMail("z@example.vn", "ảnh", {{"../../../../etc/cron.d/anh.png", "image/png", pngImage(40, 30, 4)}}));
  const FetchReport r = fetchMail(importer, server(dovecot, false));
  BOOST_REQUIRE(!r.stopped);
  BOOST_REQUIRE(r.messages.size() == 3u);
  BOOST_TEST(r.messages[0].error->code == "intake.mail_malformed");
  BOOST_TEST(r.messages[1].error->code == "intake.nothing_to_keep");
  BOOST_TEST(r.messages[2].report->stored.at(0).item.fileName == "anh.png");
  BOOST_TEST(!fs::exists("/etc/cron.d/anh.png"));
  BOOST_TEST(fetchMail(importer, server(dovecot, false)).newMessages == 0u);
}

BOOST_AUTO_TEST_CASE(tls_with_the_desk_certificate_and_refused_without) {
  Dovecot dovecot;
  Desk desk;
  InboxImporter importer(*desk.db, desk.dataDir);
  dovecot.deliver(composeMail("a@example.vn", "TLS", {{"a.png", "image/png", pngImage(40, 30, 5)}}));
  for (bool pop3 : {false, true}) {
    MailServer untrusted = server(dovecot, pop3, true);
    untrusted.caFile.clear();
    const FetchReport refused = fetchMail(importer, untrusted);
    BOOST_REQUIRE(refused.stopped.has_value());
    BOOST_TEST(refused.stopped->code == "intake.mail_tls", refused.stopped->en);
    const FetchReport ok = fetchMail(importer, server(dovecot, pop3, true));
    BOOST_REQUIRE_MESSAGE(!ok.stopped, (ok.stopped ? ok.stopped->en : ""));
    BOOST_TEST(ok.newMessages == 1u);
  }
  // IMAP on the plain port with STARTTLS required (CURLUSESSL_ALL): works with the certificate, refused without.
  MailServer starttls = server(dovecot, false);
  starttls.requireTls = true;
  starttls.caFile = dovecot.certificate().string();
  const FetchReport upgraded = fetchMail(importer, starttls);
  BOOST_REQUIRE_MESSAGE(!upgraded.stopped, (upgraded.stopped ? upgraded.stopped->en : ""));
  BOOST_TEST(upgraded.newMessages == 1u);  // another account key (imap://, not imaps://): its own bookmark …
  BOOST_TEST(upgraded.messages.at(0).report->stored.at(0).duplicate);  // … but the content is already in the Inbox
  starttls.caFile.clear();
  const FetchReport untrusted = fetchMail(importer, starttls);
  BOOST_REQUIRE(untrusted.stopped.has_value());
  BOOST_TEST(untrusted.stopped->code == "intake.mail_tls", untrusted.stopped->en);
  BOOST_TEST(desk.items() == 1u);  // the same attachment through every protocol is one item
}

BOOST_AUTO_TEST_CASE(pop3_stls_on_the_plain_port) {
  Dovecot dovecot;
  Desk desk;
  InboxImporter importer(*desk.db, desk.dataDir);
  dovecot.deliver(composeMail("a@example.vn", "STLS", {{"b.png", "image/png", pngImage(40, 30, 6)}}));
  auto s = pop3Server("localhost:" + std::to_string(dovecot.pop3Port), true, true);
  BOOST_REQUIRE(s.ok());
  BOOST_TEST(!s->implicitTls);
  BOOST_TEST(s->requireTls);
  BOOST_TEST(s->account().starts_with("pop3://"));
  s->user = dovecot.user;
  s->password = dovecot.password;
  s->timeout = std::chrono::seconds(10);
  // Without the desk's certificate the upgraded connection is not trusted, and nothing is logged in or taken.
  const FetchReport untrusted = fetchMail(importer, *s);
  BOOST_REQUIRE(untrusted.stopped.has_value());
  BOOST_TEST(untrusted.stopped->code == "intake.mail_tls", untrusted.stopped->en);
  BOOST_TEST(desk.items() == 0u);
  s->caFile = dovecot.certificate().string();
  const FetchReport ok = fetchMail(importer, *s);
  BOOST_REQUIRE_MESSAGE(!ok.stopped, (ok.stopped ? ok.stopped->en : ""));
  BOOST_TEST(ok.newMessages == 1u);
  BOOST_TEST(desk.items() == 1u);
  BOOST_TEST(dovecot.loggedInOverTls(), dovecot.log());
}

BOOST_AUTO_TEST_CASE(cli_inbox_fetch) {
  Dovecot dovecot;
  TempDir dir;
  deliverThree(dovecot);
  const std::map<std::string, std::string> env = {{"LANDDESK_LANG", "vi"}, {"LANDDESK_MAIL_PASSWORD", dovecot.password}};
  const std::vector<std::string> imap = {"inbox", "fetch", "--imap", dovecot.imapUrl(), "--user", dovecot.user,
                                         "--data-dir", (dir / "DIR").string()};
  auto first = runProcess(LANDDESK_CLI, imap, env);
  BOOST_TEST(first.exitCode == 0, first.err);
  BOOST_TEST(first.out.find("đã nhận #1 | Sổ đỏ thửa 12.jpg") == 0u, first.out);
  BOOST_TEST(first.out.find("3 thư mới") != std::string::npos);
  auto second = runProcess(LANDDESK_CLI, imap, env);
  BOOST_TEST(second.out == "0 thư mới\n");
  std::vector<std::string> pop3 = {"inbox", "fetch", "--pop3", dovecot.pop3Address(), "--user", dovecot.user, "--data-dir",
                                   (dir / "DIR").string(), "--json"};
  auto viaPop3 = runProcess(LANDDESK_CLI, pop3, env);
  BOOST_TEST(viaPop3.exitCode == 0, viaPop3.err);
  BOOST_TEST(viaPop3.out.find("\"duplicate\":true") != std::string::npos);  // same mail, other protocol: no new item
  dovecot.stop();
  auto down = runProcess(LANDDESK_CLI, imap, env);
  BOOST_TEST(down.exitCode == 1);
  BOOST_TEST(down.err.starts_with("lỗi: Không kết nối được"), down.err);
  BOOST_TEST(std::count(down.err.begin(), down.err.end(), '\n') == 1);
}

BOOST_AUTO_TEST_SUITE_END()
