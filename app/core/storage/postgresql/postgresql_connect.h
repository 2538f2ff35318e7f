// Internal to storage/: opens a session on a PostgreSQL server, with a clear message when the server refuses.
#pragma once

#include <memory>

#include "storage/database_url.h"
#include "storage/session_impl.h"

namespace landdesk::storage::postgresql {

Result<std::unique_ptr<Database::Impl>> connect(const DatabaseTarget& target);

}  // namespace landdesk::storage::postgresql
