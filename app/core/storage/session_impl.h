// Internal to storage/: the open Poco session and its dialect behind Database's pimpl.
#pragma once

#include <Poco/Data/Session.h>

#include <filesystem>

#include "storage/database.h"
#include "storage/dialect.h"

namespace landdesk::storage {

struct Database::Impl {
  Poco::Data::Session session;
  const Dialect& dialect;
  std::filesystem::path path;
  int schemaVersion = 0;
};

// Runs `work` in one transaction (see Database::transaction).
Status inTransaction(Database::Impl& db, const std::function<Status()>& work);

}  // namespace landdesk::storage
