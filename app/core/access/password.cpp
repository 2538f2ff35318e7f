#include "access/password.h"

#include <sodium.h>

namespace landdesk::access {

namespace {

Status initialised() {
  // sodium_init is idempotent and thread-safe; it returns -1 only when the library cannot work at all.
  if (sodium_init() < 0)
    return makeError("access.crypto", "Không khởi động được thư viện mã hóa libsodium",
                     "The libsodium crypto library failed to start");
  return {};
}

}  // namespace

Status checkPasswordStrength(std::string_view password) {
  if (password.size() < 8)
    return makeError("access.weak_password", "Mật khẩu phải có ít nhất 8 ký tự",
                     "A password needs at least 8 characters");
  if (password.size() > 1024)
    return makeError("access.weak_password", "Mật khẩu quá dài (tối đa 1024 ký tự)",
                     "The password is too long (at most 1024 characters)");
  return {};
}

Result<std::string> hashPassword(std::string_view password) {
  if (auto ok = initialised(); !ok) return ok.error();
  if (auto ok = checkPasswordStrength(password); !ok) return ok.error();
  char out[crypto_pwhash_STRBYTES];
  // Interactive limits (~64 MiB, a fraction of a second): a login at the counter must not keep the citizen waiting.
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return makeError("access.crypto", "Không đủ bộ nhớ để băm mật khẩu", "Not enough memory to hash the password");
  return std::string(out);
}

bool verifyPassword(std::string_view storedHash, std::string_view password) {
  if (!initialised() || storedHash.empty() || storedHash.size() >= crypto_pwhash_STRBYTES) return false;
  std::string hash(storedHash);  // libsodium wants a NUL-terminated string
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace landdesk::access
