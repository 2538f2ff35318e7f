#include "dovecot_fixture.h"

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <iterator>
#include <set>
#include <vector>
#include <sstream>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "support/run_process.h"

namespace landdesk::test {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

bool accepting(uint16_t port) {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(s);
  return ok;
}

fs::path program(const std::string& name) {
  for (const char* dir : {"/usr/sbin/", "/usr/bin/", "/sbin/", "/bin/"})
    if (fs::exists(std::string(dir) + name)) return std::string(dir) + name;
  BOOST_FAIL(name + " is not installed (installer/install-deps.sh installs dovecot-imapd, dovecot-pop3d, openssl)");
  return {};
}

// Logged-in sessions outlive Dovecot's master (it lets them finish), so a stopped server would keep serving the
// connection a test holds. The processes owning the server side of a connection on one of `ports` are ended:
// found through /proc/net/tcp (local port) and each process's socket descriptors, never by name.
void endSessions(const std::set<uint16_t>& ports) {
  std::set<std::string> sockets;
  for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    std::ifstream in(table);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string slot, local, remote, state, skip, inode;
      fields >> slot >> local >> remote >> state;
      for (int i = 0; i < 5; ++i) fields >> skip;
      fields >> inode;
      const auto colon = local.rfind(':');
      if (colon == std::string::npos || state == "0A") continue;  // 0A: listening
      if (ports.contains(static_cast<uint16_t>(std::stoul(local.substr(colon + 1), nullptr, 16)))) sockets.insert("socket:[" + inode + "]");
    }
  }
  if (sockets.empty()) return;
  std::vector<pid_t> sessions;
  std::error_code ec;
  for (const auto& proc : fs::directory_iterator("/proc", ec)) {
    const std::string pid = proc.path().filename().string();
    if (pid.find_first_not_of("0123456789") != std::string::npos || std::stoi(pid) == getpid()) continue;
    std::error_code fdEc;
    for (const auto& fd : fs::directory_iterator(proc.path() / "fd", fdEc)) {
      std::error_code linkEc;
      if (sockets.contains(fs::read_symlink(fd.path(), linkEc).string())) {
        sessions.push_back(std::stoi(pid));
        kill(sessions.back(), SIGTERM);
        break;
      }
    }
  }
  // Gone (or a zombie nobody reaps yet) before the test goes on, so its next command meets a closed connection.
  auto alive = [](pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return false;
    const auto close = line.rfind(')');
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
  };
  for (pid_t pid : sessions) {
    for (int i = 0; i < 30 && alive(pid); ++i) std::this_thread::sleep_for(100ms);
    if (alive(pid)) kill(pid, SIGKILL);
  }
}

}  // namespace

uint16_t freePort() {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  BOOST_REQUIRE(bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  socklen_t len = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  close(s);
  return ntohs(a.sin_port);
}

Dovecot::Dovecot() {
  const fs::path root = dir_.path();
  // Dovecot's login and mail processes run as other users when the tests run as root: they must reach the folder.
  fs::permissions(root, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                            fs::perms::others_exec);
  fs::create_directories(root / "mail");
  fs::permissions(root / "mail", fs::perms::all);
  imapPort = freePort();
  pop3Port = freePort();
  imapsPort = freePort();
  pop3sPort = freePort();

  cert_ = root / "cert.pem";
  auto made = runProcess(program("openssl"), {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                                              "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout",
                                              (root / "key.pem").string(), "-out", cert_.string()});
  BOOST_REQUIRE_MESSAGE(made.exitCode == 0, "openssl: " << made.err);
  fs::permissions(root / "key.pem", fs::perms::owner_read | fs::perms::owner_write);

  const bool root_user = geteuid() == 0;
  const passwd* me = getpwuid(geteuid());
  const group* myGroup = getgrgid(getegid());
  BOOST_REQUIRE(me && myGroup);
  // As root, Dovecot refuses to run logins or mail as root: its own users and nobody (65534) take those parts.
  const std::string internalUser = root_user ? "dovecot" : me->pw_name, internalGroup = root_user ? "dovecot" : myGroup->gr_name,
                    loginUser = root_user ? "dovenull" : me->pw_name, uid = root_user ? "65534" : std::to_string(geteuid()),
                    gid = root_user ? "65534" : std::to_string(getegid());
  std::ofstream(root / "passwd") << user << ":{PLAIN}" << password << "\n";
  fs::permissions(root / "passwd", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);

  config_ = root / "dovecot.conf";
  std::ofstream conf(config_);
  conf << "protocols = imap pop3\nlisten = 127.0.0.1\n"
       << "base_dir = " << (root / "run").string() << "\nstate_dir = " << (root / "state").string() << "\n"
       << "log_path = " << (root / "dovecot.log").string() << "\ninfo_log_path = " << (root / "dovecot.log").string() << "\n"
       << "ssl = yes\nssl_cert = <" << cert_.string() << "\nssl_key = <" << (root / "key.pem").string() << "\n"
       << "disable_plaintext_auth = no\nauth_mechanisms = plain login\n"
       << "default_internal_user = " << internalUser << "\ndefault_internal_group = " << internalGroup << "\n"
       << "default_login_user = " << loginUser << "\nfirst_valid_uid = " << (root_user ? "100" : "1") << "\n"
       << "mail_location = maildir:" << (root / "mail").string() << "/%u\n"
       << "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u " << (root / "passwd").string() << "\n}\n"
       << "userdb {\n  driver = static\n  args = uid=" << uid << " gid=" << gid << " home=" << (root / "mail").string() << "/%u\n}\n"
       << "service imap-login {\n  chroot =\n  inet_listener imap {\n    port = " << imapPort
       << "\n  }\n  inet_listener imaps {\n    port = " << imapsPort << "\n    ssl = yes\n  }\n}\n"
       << "service pop3-login {\n  chroot =\n  inet_listener pop3 {\n    port = " << pop3Port
       << "\n  }\n  inet_listener pop3s {\n    port = " << pop3sPort << "\n    ssl = yes\n  }\n}\n"
       << "service anvil {\n  chroot =\n}\n";
  conf.close();
  start();
}

Dovecot::~Dovecot() {
  if (running_) stop();
}

void Dovecot::start() {
  auto r = runProcess(program("dovecot"), {"-c", config_.string()});
  BOOST_REQUIRE_MESSAGE(r.exitCode == 0, "dovecot did not start: " << r.err);
  for (int i = 0; i < 100 && !(accepting(imapPort) && accepting(pop3Port)); ++i) std::this_thread::sleep_for(100ms);
  BOOST_REQUIRE_MESSAGE(accepting(imapPort) && accepting(pop3Port), "dovecot is not listening");
  running_ = true;
}

void Dovecot::stop() {
  runProcess(program("dovecot"), {"-c", config_.string(), "stop"});
  endSessions({imapPort, pop3Port, imapsPort, pop3sPort});
  for (int i = 0; i < 100 && (accepting(imapPort) || fs::exists(dir_ / "run" / "master.pid")); ++i) std::this_thread::sleep_for(100ms);
  running_ = false;
}

void Dovecot::deliver(const std::string& raw) {
  auto r = runProcess(program("doveadm"), {"-c", config_.string(), "save", "-u", user}, {}, raw);
  BOOST_REQUIRE_MESSAGE(r.exitCode == 0, "doveadm save: " << r.err);
}

std::string Dovecot::log() const {
  std::ifstream in(dir_ / "dovecot.log");
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

bool Dovecot::loggedInOverTls() const {
  // Dovecot's log process may write the login line a moment after the session began: wait for it up to 3 s.
  const std::string marker = "Login: user=<" + user + ">";  // "pop3-login: Info: Login: user=<…>, …, TLS, …"
  std::string text = log();
  for (int i = 0; i < 30 && text.find(marker) == std::string::npos; ++i) {
    std::this_thread::sleep_for(100ms);
    text = log();
  }
  const size_t login = text.find(marker);
  if (login == std::string::npos) return false;
  return text.substr(login, text.find('\n', login) - login).find(", TLS") != std::string::npos;
}

std::string Dovecot::imapUrl() const { return "imap://127.0.0.1:" + std::to_string(imapPort) + "/INBOX"; }
std::string Dovecot::imapsUrl() const { return "imaps://localhost:" + std::to_string(imapsPort) + "/INBOX"; }
std::string Dovecot::pop3Address() const { return "127.0.0.1:" + std::to_string(pop3Port); }
std::string Dovecot::pop3sAddress() const { return "localhost:" + std::to_string(pop3sPort); }

}  // namespace landdesk::test
