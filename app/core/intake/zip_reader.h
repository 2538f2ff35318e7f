// A ZIP of scans read from untrusted bytes with Poco::Zip under hard limits (the DOCX reader's, sized for scans).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace landdesk::intake {

// Mirrors docgen::PackageLimits, sized for photos and scans (which do not compress) instead of XML.
struct ZipLimits {
  uint64_t maxInputBytes = 200ull << 20;
  size_t maxEntries = 500;
  uint64_t maxTotalUncompressed = 512ull << 20;
  uint64_t maxEntryUncompressed = 64ull << 20;
  double maxCompressionRatio = 100.0;  // expanded / compressed, per entry, once it expands beyond the floor
  uint64_t ratioCheckFloor = 1ull << 20;
};

struct ZipEntry {
  std::string path;  // as stored, converted to UTF-8 (names that are not UTF-8 are read as Windows-1258)
  std::string data;
};

// Refuses the whole archive, before anything is inflated, when an entry name is unsafe (".." segment, absolute
// path, backslash, drive letter: "intake.zip_unsafe_name"), an entry is encrypted, there are too many entries, or
// declared sizes or ratios exceed the limits ("intake.zip_bomb"); and while inflating, when an entry expands
// beyond what it declared. Directory entries are left out.
Result<std::vector<ZipEntry>> readZip(std::string_view bytes, const ZipLimits& limits = {});

}  // namespace landdesk::intake
