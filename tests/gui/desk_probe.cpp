#include "desk_probe.h"

#include <stdexcept>

#include <sqlite3.h>

namespace landdesk::test {

DeskProbe::DeskProbe(const std::filesystem::path& file) {
  if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    throw std::runtime_error("cannot open " + file.string() + " read-only");
  sqlite3_busy_timeout(db_, 5000);  // the desk may be writing in WAL mode at the same moment
}

DeskProbe::~DeskProbe() { sqlite3_close(db_); }

template <class Read>
auto DeskProbe::first(const std::string& sql, const std::string& parameter, Read read) -> decltype(read(nullptr)) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string(sqlite3_errmsg(db_)) + ": " + sql);
  if (sqlite3_bind_parameter_count(statement) > 0)
    sqlite3_bind_text(statement, 1, parameter.c_str(), -1, SQLITE_TRANSIENT);
  const int step = sqlite3_step(statement);
  auto value = step == SQLITE_ROW ? read(statement) : read(nullptr);
  sqlite3_finalize(statement);
  if (step != SQLITE_ROW && step != SQLITE_DONE) throw std::runtime_error(std::string(sqlite3_errmsg(db_)) + ": " + sql);
  return value;
}

int64_t DeskProbe::number(const std::string& sql, const std::string& parameter) {
  return first(sql, parameter, [](sqlite3_stmt* s) -> int64_t { return s ? sqlite3_column_int64(s, 0) : 0; });
}

std::string DeskProbe::text(const std::string& sql, const std::string& parameter) {
  return first(sql, parameter, [](sqlite3_stmt* s) {
    const unsigned char* t = s ? sqlite3_column_text(s, 0) : nullptr;
    return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
  });
}

std::string DeskProbe::status(const std::string& code) { return text("SELECT status FROM case_file WHERE code = ?", code); }

}  // namespace landdesk::test
