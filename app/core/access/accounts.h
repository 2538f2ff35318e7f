// Officer accounts: login with lock-out after repeated failures, adding users, passwords, disabling and unlocking.
#pragma once

#include <string>
#include <string_view>

#include "access/permissions.h"
#include "model/case.h"
#include "storage/database.h"
#include "util/datetime.h"
#include "util/error.h"

namespace landdesk::access {

// Office settings (setting table) with their defaults: N failures in a row lock the account for M minutes.
inline constexpr std::string_view kMaxFailedLoginsKey = "access.max_failed_logins";
inline constexpr std::string_view kLockoutMinutesKey = "access.lockout_minutes";
inline constexpr int kDefaultMaxFailedLogins = 5;
inline constexpr int kDefaultLockoutMinutes = 15;

struct LockoutPolicy {
  int maxFailures = kDefaultMaxFailedLogins;
  int lockMinutes = kDefaultLockoutMinutes;
};
LockoutPolicy lockoutPolicy(storage::Database& db);

// Whether the desk has officer accounts (then every change needs a login).
Result<bool> usersExist(storage::Database& db);

// Checks the password; on success the database acts for this officer from now on. A wrong password counts toward
// the lock-out; the message never tells whether the login or the password was wrong.
Result<Actor> login(storage::Database& db, std::string_view login, std::string_view password,
                    LocalDateTime now = localNow());

// Adds an officer (needs manage-users; in single-desk mode the first account must be an administrator so the
// desk is never left without one).
Status addUser(storage::Database& db, std::string_view login, std::string_view fullName, std::string_view roles,
               std::string_view password);
// An officer changes their own password, or an administrator anyone's.
Status changePassword(storage::Database& db, std::string_view login, std::string_view newPassword);
Status disableUser(storage::Database& db, std::string_view login);
Status unlockUser(storage::Database& db, std::string_view login);

// Opens a case for reading (view-cases) and leaves one "case.view" audit entry (officer, case, time): `case show` and
// the desk's detail pane call it once per case opened. ID numbers (the parties' cards, the scans' file names) come
// masked unless the officer has view-personal-data.
Result<model::Case> viewCase(storage::Database& db, std::string_view code);

}  // namespace landdesk::access
