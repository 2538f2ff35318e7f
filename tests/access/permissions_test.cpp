// Roles and rights, ID masking and password hashes: the rules every core check stands on.
#include <boost/test/unit_test.hpp>

#include "access/password.h"
#include "access/permissions.h"

using namespace landdesk;
using namespace landdesk::access;

BOOST_AUTO_TEST_SUITE(permissions)

BOOST_AUTO_TEST_CASE(roles_grant_what_the_desk_needs) {
  BOOST_TEST(roleAllows(Role::Administrator, Permission::ManageUsers));
  BOOST_TEST(!roleAllows(Role::JusticeOfficer, Permission::ManageUsers));
  BOOST_TEST(roleAllows(Role::JusticeOfficer, Permission::Authenticate));
  BOOST_TEST(!roleAllows(Role::CadastralOfficer, Permission::Authenticate));
  BOOST_TEST(roleAllows(Role::Signer, Permission::Authenticate));
  BOOST_TEST(!roleAllows(Role::Signer, Permission::EditCases));
  BOOST_TEST(roleAllows(Role::ReadOnly, Permission::ViewCases));
  for (auto p : {Permission::ViewPersonalData, Permission::EditCases, Permission::Export, Permission::ManageSettings})
    BOOST_TEST(!roleAllows(Role::ReadOnly, p));
}

BOOST_AUTO_TEST_CASE(actors_desk_nobody_and_officers) {
  BOOST_TEST(Actor::localDesk().can(Permission::ManageUsers));
  BOOST_TEST(!Actor::nobody().can(Permission::ViewCases));
  auto refused = requirePermission(Actor::nobody(), Permission::EditCases);
  BOOST_REQUIRE(!refused);
  BOOST_TEST(refused.error().code == "access.login_required");
  Actor reader;
  reader.login = "lan";
  reader.roles = {Role::ReadOnly};
  auto denied = requirePermission(reader, Permission::EditCases);
  BOOST_REQUIRE(!denied);
  BOOST_TEST(denied.error().code == "access.denied");
  BOOST_TEST(denied.error().vi.find("lan") != std::string::npos);
  BOOST_TEST(denied.error().en.find("edit-cases") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(role_names_parse_and_refuse) {
  auto roles = parseRoles("justice,signer,justice");
  BOOST_REQUIRE(roles);
  BOOST_TEST(roles->size() == 2u);
  BOOST_TEST(rolesText(*roles) == "justice,signer");
  auto bad = parseRoles("justice,boss");
  BOOST_REQUIRE(!bad);
  BOOST_TEST(bad.error().code == "access.unknown_role");
  BOOST_TEST(bad.error().vi.find("boss") != std::string::npos);
  BOOST_TEST(!parseRoles(""));
}

BOOST_AUTO_TEST_CASE(id_numbers_masked_unless_the_role_needs_them) {
  BOOST_TEST(maskIdNumber("001090001234") == "0010******34");
  BOOST_TEST(maskIdNumber("012345678") == "012****78");
  BOOST_TEST(maskIdNumber("123") == "***");
  Actor reader;
  reader.login = "lan";
  reader.roles = {Role::ReadOnly};
  BOOST_TEST(idNumberFor(reader, "001090001234") == "0010******34");
  reader.roles = {Role::JusticeOfficer};
  BOOST_TEST(idNumberFor(reader, "001090001234") == "001090001234");
}

BOOST_AUTO_TEST_CASE(argon2id_hashes_verify_and_hide_the_password) {
  auto hash = hashPassword("mật-khẩu-8");
  BOOST_REQUIRE(hash);
  BOOST_TEST(hash->rfind("$argon2id$", 0) == 0u);
  BOOST_TEST(hash->find("mật-khẩu-8") == std::string::npos);
  BOOST_TEST(verifyPassword(*hash, "mật-khẩu-8"));
  BOOST_TEST(!verifyPassword(*hash, "mật-khẩu-9"));
  BOOST_TEST(!verifyPassword("not a hash", "mật-khẩu-8"));
  auto again = hashPassword("mật-khẩu-8");
  BOOST_REQUIRE(again);
  BOOST_TEST(*again != *hash);  // salted
  auto weak = hashPassword("short");
  BOOST_REQUIRE(!weak);
  BOOST_TEST(weak.error().code == "access.weak_password");
}

BOOST_AUTO_TEST_SUITE_END()
