// The parts of a demo case the documents print beyond parties and parcels: contract terms, estate with heirs'
// ranks and shares, parcel owners, and the papers received, so every demo case renders complete.
#pragma once

#include <cstdint>

#include "model/case.h"

namespace landdesk::demo {

// Fills terms (transfer, gift), estate (inheritance kinds), parcel owners and received papers from the case's
// parties and parcels; deterministic for a given seed. A few papers are left out on purpose (about one case in
// four) so the "papers to add" slip has something to say.
void addDocumentDetails(model::Case& c, uint64_t seed);

}  // namespace landdesk::demo
