// Internal to storage/: the open Poco session and its dialect behind Database's pimpl.
#pragma once

#include <Poco/Data/Session.h>

#include <filesystem>

#include "access/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"

namespace landdesk::storage {

struct Database::Impl {
  Poco::Data::Session session;
  const Dialect& dialect;
  std::filesystem::path path;
  int schemaVersion = 0;
  // Who the core acts for: the local desk until users exist, then nobody until someone logs in.
  access::Actor actor = access::Actor::localDesk();
};

// Runs `work` in one transaction (see Database::transaction).
Status inTransaction(Database::Impl& db, const std::function<Status()>& work);

}  // namespace landdesk::storage
