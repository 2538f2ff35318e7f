// Roles of the desk's officers, what each may do, the acting user every core write carries, and ID masking.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace landdesk::access {

// The officers of a commune land desk (legal-facts §9: role-based access).
enum class Role { JusticeOfficer, CadastralOfficer, Signer, Administrator, ReadOnly };

enum class Permission {
  ViewCases,         // lists and dashboards, ID numbers masked
  ViewPersonalData,  // a case's parties, scans and full ID numbers
  EditCases,         // create and edit cases, import scans and intake
  AdvanceCases,      // workflow steps, visits, hand-offs, tax notices
  Authenticate,      // register entries: authenticate, amend, cancel, close
  RecordFees,
  Export,            // reports, person export, prints
  ManageSettings,    // office settings and rule data
  ManageUsers,
  ReadAudit,
  Purge,             // retention purge of expired dossiers' scans and unneeded source copies
  Backup,            // backups, restore and database copies: every person's data at once
};

struct RoleInfo {
  Role role;
  std::string_view key;  // stored and typed on the command line
  std::string_view vi;
  std::string_view en;
};
const std::vector<RoleInfo>& roles();
std::string_view roleKey(Role role);
std::optional<Role> roleFromKey(std::string_view key);
// "justice,signer" -> roles; an unknown or empty name is an error naming it.
Result<std::vector<Role>> parseRoles(std::string_view text);
std::string rolesText(const std::vector<Role>& roles);

bool roleAllows(Role role, Permission permission);
std::string_view permissionName(Permission permission);

// Who is acting: a logged-in officer, or the local desk (single-desk mode, no user defined: every right).
struct Actor {
  std::string login;  // "desk" for the local desk
  std::string fullName;
  std::vector<Role> roles;
  bool desk = false;       // single-desk mode
  bool anonymous = false;  // users exist but nobody logged in: no rights

  bool can(Permission permission) const;
  static Actor localDesk();
  static Actor nobody();
};

// Ok, or "access.denied" naming the user and the right they lack (Vietnamese + English).
Status requirePermission(const Actor& actor, Permission permission);

// "001090001234" -> "0010******34" (CMND "012345678" -> "012****78"): enough to tell two people apart at the
// counter, not enough to reuse.
std::string maskIdNumber(std::string_view idNumber);
// The number as shown to this actor: full for roles that need it, masked otherwise.
std::string idNumberFor(const Actor& actor, std::string_view idNumber);
// Free text (a register line's parties, "Nguyễn Văn A (CCCD 001090001234)") with every standalone run of 9 or 12
// digits masked as above, for this actor; unchanged for roles that need the numbers.
std::string idNumbersIn(const Actor& actor, std::string_view text);

}  // namespace landdesk::access
