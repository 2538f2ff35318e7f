// Fuzz target: the CCCD QR payload parser ("CCCD|CMND|name|ddmmyyyy|sex|address|ddmmyyyy").
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "identity/id_card_qr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view payload(reinterpret_cast<const char*>(data), size);
  auto parsed = landdesk::identity::parseIdCardQr(payload);
  // A refusal must say which field and why: an empty message is a bug the officer would see.
  if (!parsed && parsed.error().text(landdesk::Language::English).empty()) __builtin_trap();
  return 0;
}
