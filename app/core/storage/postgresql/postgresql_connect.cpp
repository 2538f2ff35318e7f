#include "storage/postgresql/postgresql_connect.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/PostgreSQL/PostgreSQLException.h>

#include <mutex>

namespace landdesk::storage::postgresql {

Result<std::unique_ptr<Database::Impl>> connect(const DatabaseTarget& target) {
  static std::once_flag registered;
  std::call_once(registered, [] { Poco::Data::PostgreSQL::Connector::registerConnector(); });
  try {
    Poco::Data::Session session(Poco::Data::PostgreSQL::Connector::KEY, target.connection);
    return std::unique_ptr<Database::Impl>(new Database::Impl{session, postgresqlDialect(), target.display, 0});
  } catch (const Poco::Exception& e) {
    return makeError("db.connect",
                     "Không kết nối được máy chủ PostgreSQL (kiểm tra địa chỉ, cổng, tên người dùng, mật khẩu và "
                     "tên cơ sở dữ liệu)",
                     "Cannot connect to the PostgreSQL server (check host, port, user, password and database name)",
                     target.display + " (" + e.displayText() + ")");
  }
}

}  // namespace landdesk::storage::postgresql
