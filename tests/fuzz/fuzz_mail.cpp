// Fuzz target: MIME import (an .eml or what IMAP/POP3 returned) through intake::readMail.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "intake/mail_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto mail = landdesk::intake::readMail(std::string_view(reinterpret_cast<const char*>(data), size));
  // Nothing read can be larger than what came in (transfer decoding only shrinks), or a limit was bypassed.
  if (mail) {
    size_t total = 0;
    for (const auto& a : mail->attachments) total += a.bytes.size();
    if (total > size) __builtin_trap();
  }
  return 0;
}
