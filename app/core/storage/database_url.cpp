#include "storage/database_url.h"

#include <charconv>

namespace landdesk::storage {

namespace {

Error badUrl(std::string_view text, std::string_view whatVi, std::string_view whatEn) {
  return makeError("db.bad_url", "Chuỗi kết nối PostgreSQL không hợp lệ: " + std::string(whatVi),
                   "Invalid PostgreSQL connection string: " + std::string(whatEn), std::string(text));
}

// %XX escapes in user names, passwords and database names (RFC 3986).
std::string percentDecoded(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    int value = 0;
    if (s[i] == '%' && i + 2 < s.size() &&
        std::from_chars(s.data() + i + 1, s.data() + i + 3, value, 16).ptr == s.data() + i + 3) {
      out += static_cast<char>(value);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// libpq quotes a value holding spaces or quotes; Poco splits the pairs at spaces, so such values are refused instead.
bool plainValue(std::string_view v) { return v.find_first_of(" '\\\t\n") == std::string_view::npos; }

}  // namespace

bool isPostgresqlUrl(std::string_view text) {
  return text.starts_with("postgresql://") || text.starts_with("postgres://");
}

Result<DatabaseTarget> parseDatabaseTarget(std::string_view text) {
  DatabaseTarget t;
  if (text.starts_with("sqlite://")) text.remove_prefix(9);
  if (!isPostgresqlUrl(text)) {
    if (text.empty()) return makeError("db.missing", "Chưa chỉ định cơ sở dữ liệu", "No database given");
    t.file = std::filesystem::path(std::string(text));
    t.display = std::string(text);
    return t;
  }
  t.kind = DatabaseTarget::Kind::Postgresql;
  std::string_view rest = text.substr(text.find("://") + 3);
  std::string_view query;
  if (auto q = rest.find('?'); q != std::string_view::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos || slash + 1 == rest.size())
    return badUrl(text, "thiếu tên cơ sở dữ liệu sau dấu /", "the database name after / is missing");
  std::string_view authority = rest.substr(0, slash);
  t.database = percentDecoded(rest.substr(slash + 1));
  std::string user, password;
  if (auto at = authority.rfind('@'); at != std::string_view::npos) {
    std::string_view credentials = authority.substr(0, at);
    authority = authority.substr(at + 1);
    auto colon = credentials.find(':');
    user = percentDecoded(credentials.substr(0, colon));
    if (colon != std::string_view::npos) password = percentDecoded(credentials.substr(colon + 1));
  }
  std::string_view host = authority, port;
  if (auto colon = authority.rfind(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
    unsigned number = 0;
    auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), number);
    if (ec != std::errc() || end != port.data() + port.size() || number == 0 || number > 65535)
      return badUrl(text, "cổng phải là số từ 1 đến 65535", "the port must be a number from 1 to 65535");
  }
  if (host.empty()) return badUrl(text, "thiếu máy chủ", "the host is missing");
  for (std::string_view v : {std::string_view(user), std::string_view(password), std::string_view(t.database), host})
    if (!plainValue(v))
      return badUrl(text, "không được chứa dấu cách, dấu nháy hay \\", "no spaces, quotes or backslashes allowed");
  t.connection = "host=" + std::string(host) + " dbname=" + t.database;
  if (!port.empty()) t.connection += " port=" + std::string(port);
  if (!user.empty()) t.connection += " user=" + user;
  if (!password.empty()) t.connection += " password=" + password;
  while (!query.empty()) {
    auto amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    auto eq = pair.find('=');
    std::string_view key = pair.substr(0, eq);
    std::string value = eq == std::string_view::npos ? "" : percentDecoded(pair.substr(eq + 1));
    if (key != "sslmode" && key != "connect_timeout" && key != "application_name")
      return badUrl(text, "tham số không được hỗ trợ: " + std::string(key), "unsupported parameter: " + std::string(key));
    if (value.empty() || !plainValue(value))
      return badUrl(text, "giá trị tham số không hợp lệ: " + std::string(key), "bad parameter value: " + std::string(key));
    t.connection += " " + std::string(key) + "=" + value;
  }
  t.display = std::string(text);
  if (!password.empty()) {
    auto at = t.display.find('@', t.display.find("://"));
    auto colon = t.display.find(':', t.display.find("://") + 3);
    if (at != std::string::npos && colon < at) t.display.replace(colon + 1, at - colon - 1, "***");
  }
  return t;
}

}  // namespace landdesk::storage
