// Realistic synthetic cases for the demo database and the benchmarks; the same seed gives the same cases.
#pragma once

#include <cstdint>
#include <vector>

#include "model/case.h"
#include "util/datetime.h"

namespace landdesk::demo {

// `count` cases of every kind received over the 120 days before `until`, with codes left empty (assigned on
// storage). Names carry full Vietnamese diacritics; ID numbers follow the CCCD rules; areas are exact decimals.
std::vector<model::Case> syntheticCases(size_t count, uint64_t seed, LocalDateTime until);

}  // namespace landdesk::demo
