#include "access/permissions.h"

#include <algorithm>

namespace landdesk::access {

const std::vector<RoleInfo>& roles() {
  static const std::vector<RoleInfo> table{
      {Role::JusticeOfficer, "justice", "Cán bộ tư pháp – hộ tịch", "Justice / civil-status officer"},
      {Role::CadastralOfficer, "cadastral", "Cán bộ địa chính", "Cadastral officer"},
      {Role::Signer, "signer", "Lãnh đạo ký", "Signer (commune leader)"},
      {Role::Administrator, "admin", "Quản trị", "Administrator"},
      {Role::ReadOnly, "readonly", "Chỉ xem", "Read-only"},
  };
  return table;
}

std::string_view roleKey(Role role) {
  for (const auto& r : roles())
    if (r.role == role) return r.key;
  return "";
}

std::optional<Role> roleFromKey(std::string_view key) {
  for (const auto& r : roles())
    if (r.key == key) return r.role;
  return std::nullopt;
}

Result<std::vector<Role>> parseRoles(std::string_view text) {
  std::vector<Role> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    std::string_view word = text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
    auto role = roleFromKey(word);
    if (!role)
      return makeError("access.unknown_role",
                       "Vai trò không hợp lệ (justice, cadastral, signer, admin, readonly)",
                       "Unknown role (justice, cadastral, signer, admin, readonly)", std::string(word));
    if (std::find(out.begin(), out.end(), *role) == out.end()) out.push_back(*role);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

std::string rolesText(const std::vector<Role>& list) {
  std::string out;
  for (Role r : list) out += (out.empty() ? "" : ",") + std::string(roleKey(r));
  return out;
}

bool roleAllows(Role role, Permission p) {
  using P = Permission;
  switch (role) {
    case Role::Administrator:
      return true;
    case Role::JusticeOfficer:
      return p == P::ViewCases || p == P::ViewPersonalData || p == P::EditCases || p == P::AdvanceCases ||
             p == P::Authenticate || p == P::RecordFees || p == P::Export;
    case Role::CadastralOfficer:  // carries dossiers to the registration and tax offices, records tax payments
      return p == P::ViewCases || p == P::ViewPersonalData || p == P::EditCases || p == P::AdvanceCases ||
             p == P::RecordFees || p == P::Export;
    case Role::Signer:
      return p == P::ViewCases || p == P::ViewPersonalData || p == P::Authenticate || p == P::Export ||
             p == P::ReadAudit;
    case Role::ReadOnly:
      return p == P::ViewCases;
  }
  return false;
}

std::string_view permissionName(Permission p) {
  switch (p) {
    case Permission::ViewCases: return "view-cases";
    case Permission::ViewPersonalData: return "view-personal-data";
    case Permission::EditCases: return "edit-cases";
    case Permission::AdvanceCases: return "advance-cases";
    case Permission::Authenticate: return "authenticate";
    case Permission::RecordFees: return "record-fees";
    case Permission::Export: return "export";
    case Permission::ManageSettings: return "manage-settings";
    case Permission::ManageUsers: return "manage-users";
    case Permission::ReadAudit: return "read-audit";
    case Permission::Purge: return "purge";
    case Permission::Backup: return "backup";
  }
  return "?";
}

bool Actor::can(Permission p) const {
  if (desk) return true;
  if (anonymous) return false;
  return std::any_of(roles.begin(), roles.end(), [p](Role r) { return roleAllows(r, p); });
}

Actor Actor::localDesk() {
  Actor a;
  a.login = "desk";
  a.fullName = "Máy bàn (không đăng nhập)";
  a.desk = true;
  return a;
}

Actor Actor::nobody() {
  Actor a;
  a.anonymous = true;
  return a;
}

Status requirePermission(const Actor& actor, Permission p) {
  if (actor.can(p)) return {};
  const std::string right(permissionName(p));
  if (actor.anonymous)
    return makeError("access.login_required",
                     "Cần đăng nhập: máy bàn này đã có người dùng (--login LOGIN, mật khẩu trong LANDDESK_PASSWORD)",
                     "Login required: this desk has users (--login LOGIN, password in LANDDESK_PASSWORD)", right);
  return makeError("access.denied", "Người dùng " + actor.login + " không có quyền này",
                   "User " + actor.login + " does not have this right", right);
}

std::string maskIdNumber(std::string_view id) {
  if (id.size() <= 6) return std::string(id.size(), '*');
  // CCCD: province and birth-century digits stay (4), CMND 3; both keep the last two.
  const size_t head = id.size() >= 12 ? 4 : 3, tail = 2;
  return std::string(id.substr(0, head)) + std::string(id.size() - head - tail, '*') +
         std::string(id.substr(id.size() - tail));
}

std::string idNumberFor(const Actor& actor, std::string_view id) {
  return actor.can(Permission::ViewPersonalData) ? std::string(id) : maskIdNumber(id);
}

std::string idNumbersIn(const Actor& actor, std::string_view text) {
  if (actor.can(Permission::ViewPersonalData)) return std::string(text);
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (!digit(text[i])) {
      out += text[i++];
      continue;
    }
    size_t end = i;
    while (end < text.size() && digit(text[end])) ++end;
    const std::string_view run = text.substr(i, end - i);
    out += run.size() == 9 || run.size() == 12 ? maskIdNumber(run) : std::string(run);
    i = end;
  }
  return out;
}

}  // namespace landdesk::access
