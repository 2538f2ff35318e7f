// Officer passwords as argon2id hashes (libsodium crypto_pwhash_str): the clear text is never stored or logged.
#pragma once

#include <string>
#include <string_view>

#include "util/error.h"

namespace landdesk::access {

// At least 8 characters; refusals say why in Vietnamese and English.
Status checkPasswordStrength(std::string_view password);
// "$argon2id$v=19$m=…" — salted, self-describing, safe to store.
Result<std::string> hashPassword(std::string_view password);
bool verifyPassword(std::string_view storedHash, std::string_view password);

}  // namespace landdesk::access
