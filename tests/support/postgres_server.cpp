#include "support/postgres_server.h"

#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <stdexcept>

#include "support/run_process.h"

namespace landdesk::test {

namespace fs = std::filesystem;

namespace {

const fs::path kBin = "/usr/lib/postgresql/15/bin";
const fs::path kPsql = "/usr/bin/psql";

// A port the kernel just handed out on loopback; the server takes it a moment later.
int freeLoopbackPort() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t n = sizeof a;
  if (s < 0 || bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      getsockname(s, reinterpret_cast<sockaddr*>(&a), &n) != 0)
    throw std::runtime_error("postgres test server: no free loopback port");
  close(s);
  return ntohs(a.sin_port);
}

// initdb refuses root: as root, the server's programs run as the "postgres" user postgresql-common creates.
ProcessResult runAsServerUser(const fs::path& program, std::vector<std::string> args) {
  if (geteuid() != 0) return runProcess(program, args);
  args.insert(args.begin(), {"-u", "postgres", "--", program.string()});
  return runProcess("/usr/sbin/runuser", args);
}

std::vector<std::string> psqlArgs(const std::string& url, const std::string& sql) {
  return {"-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql};
}

}  // namespace

bool testingPostgresql() {
  const char* backend = std::getenv("LANDDESK_TEST_BACKEND");
  return backend && std::string(backend) == "postgresql";
}

fs::path testDatabase(const fs::path& file) {
  if (!testingPostgresql() || isServerDatabase(file)) return file;
  // The same file name gets the same server database for the life of the process, so helpers handed the file
  // (open it, run raw SQL on it, pass it to the CLI) all reach one database.
  static std::map<fs::path, fs::path> databases;
  auto [it, added] = databases.try_emplace(file);
  if (added) it->second = PostgresServer::shared().createDatabase();
  return it->second;
}

bool isServerDatabase(const fs::path& location) { return location.string().starts_with("postgresql://"); }

std::string bypassingGuards(const fs::path& location, const std::string& sqliteDrops, const std::string& sql) {
  return (isServerDatabase(location) ? std::string("SET session_replication_role = replica; ") : sqliteDrops + " ") +
         sql;
}

long long serverInt(const std::string& url, const std::string& sql) {
  const std::string out = PostgresServer::query(url, sql);
  try {
    return out.empty() ? -1 : std::stoll(out);
  } catch (const std::exception&) {
    return -1;
  }
}

PostgresServer& PostgresServer::shared() {
  static PostgresServer server;
  return server;
}

PostgresServer::PostgresServer() {
  char pattern[] = "/tmp/landdesk-pg-XXXXXX";
  if (!mkdtemp(pattern)) throw std::runtime_error("postgres test server: cannot create a temporary folder");
  dir_ = pattern;
  if (geteuid() == 0) {
    const passwd* pw = getpwnam("postgres");
    if (!pw || chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0)
      throw std::runtime_error("postgres test server: no 'postgres' user to run the server as (apt install postgresql)");
  }
  auto init = runAsServerUser(kBin / "initdb", {"-D", (dir_ / "data").string(), "-U", "postgres", "--auth=trust",
                                                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"});
  if (init.exitCode != 0) throw std::runtime_error("initdb failed: " + init.out + init.err);
  port_ = freeLoopbackPort();
  // fsync off: the tests check behaviour, not durability across power loss; the socket stays inside the folder.
  const std::string options = "-p " + std::to_string(port_) + " -c listen_addresses=127.0.0.1 -k " + dir_.string() +
                              " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
  auto start = runAsServerUser(kBin / "pg_ctl", {"-D", (dir_ / "data").string(), "-o", options, "-l",
                                                 (dir_ / "server.log").string(), "-w", "-t", "60", "start"});
  if (start.exitCode != 0) throw std::runtime_error("pg_ctl start failed: " + start.out + start.err);
}

PostgresServer::~PostgresServer() {
  runAsServerUser(kBin / "pg_ctl", {"-D", (dir_ / "data").string(), "-m", "immediate", "-w", "stop"});
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string PostgresServer::createDatabase() {
  const std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++databases_);
  const std::string server = "postgresql://postgres@127.0.0.1:" + std::to_string(port_);
  std::string error;
  if (!runSql(server + "/postgres", "CREATE DATABASE " + name, &error))
    throw std::runtime_error("CREATE DATABASE failed: " + error);
  return server + "/" + name;
}

bool PostgresServer::runSql(const std::string& url, const std::string& sql, std::string* error) {
  auto r = runProcess(kPsql, psqlArgs(url, sql));
  if (r.exitCode != 0 && error) *error = r.err.empty() ? r.out : r.err;
  return r.exitCode == 0;
}

std::string PostgresServer::query(const std::string& url, const std::string& sql) {
  auto r = runProcess(kPsql, psqlArgs(url, sql));
  if (r.exitCode != 0) throw std::runtime_error("psql failed: " + r.err);
  return r.out;
}

}  // namespace landdesk::test
