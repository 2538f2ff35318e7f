// Fuzz target: number and date parsing (officer-typed amounts and areas, canonical decimals, ISO and d/m/y dates).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/dates.h"
#include "text/number_format.h"
#include "util/decimal.h"

using landdesk::Decimal;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view typed(reinterpret_cast<const char*>(data), size);
  (void)landdesk::text::parseAmount(typed);
  (void)landdesk::text::parseIsoDate(typed);
  (void)landdesk::text::parseDmyDate(typed);
  // Round trips: a value that parses must come back unchanged from its canonical form.
  if (auto d = landdesk::text::parseDecimal(typed)) {
    auto back = Decimal::fromCanonical(d->canonical());
    if (!back || !(*back == *d)) __builtin_trap();
  }
  if (auto c = Decimal::fromCanonical(typed)) {
    auto back = Decimal::fromCanonical(c->canonical());
    if (!back || !(*back == *c)) __builtin_trap();
  }
  return 0;
}
