// A DOCX package read from untrusted bytes with hard limits, and written back as a DEFLATE zip (Poco::Zip).
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace landdesk::docgen {

// Limits a template must respect before anything is inflated; a contract form is a few hundred kB at most.
struct PackageLimits {
  uint64_t maxInputBytes = 64ull << 20;          // the .docx file itself
  size_t maxEntries = 2000;                        // zip entries
  uint64_t maxTotalUncompressed = 256ull << 20;  // sum of expanded sizes
  uint64_t maxEntryUncompressed = 128ull << 20;  // one expanded entry
  double maxCompressionRatio = 200.0;             // expanded / compressed, per entry …
  uint64_t ratioCheckFloor = 1ull << 20;          // … checked once an entry expands beyond this (tiny XML compresses well)
};

struct PackageEntry {
  std::string name;  // "word/document.xml": forward slashes, relative
  std::string data;  // expanded bytes
};

// What a part is for, from [Content_Types].xml.
enum class PartRole { Other, MainDocument, Header, Footer, Footnotes, Endnotes };

class DocxPackage {
 public:
  // Refuses, by content: not a zip ("docx.not_zip", with a hint for old .doc / password-protected files), a zip
  // that is no Word document ("docx.not_docx"), unsafe names ("docx.unsafe_entry_name"), encrypted entries,
  // and anything beyond the limits ("docx.too_many_entries", "docx.too_large", "docx.compression_ratio").
  static Result<DocxPackage> fromBytes(std::string_view bytes, const PackageLimits& limits = {});
  static Result<DocxPackage> fromFile(const std::filesystem::path& path, const PackageLimits& limits = {});

  // Entries in their original order.
  const std::vector<PackageEntry>& entries() const { return entries_; }
  const PackageEntry* find(std::string_view name) const;
  PartRole roleOf(std::string_view name) const;
  // The parts that may hold tags: main document, headers, footers, footnotes, endnotes (in package order).
  std::vector<std::string> templatedParts() const;
  const std::string& mainDocumentPart() const { return mainPart_; }

  // Structural check of a finished document: content types present, every Override names an existing part,
  // the package relationships reach the main document, and every internal relationship target exists.
  Status verifyStructure() const;

 private:
  std::vector<PackageEntry> entries_;
  std::vector<std::pair<std::string, PartRole>> roles_;
  std::string mainPart_;
};

// True when a zip entry name is safe: relative, forward slashes only, no "." / ".." segments, no drive letter.
bool isSafeEntryName(std::string_view name);

// One entry of an output package; `data` is borrowed.
struct OutputEntry {
  std::string_view name;
  std::string_view data;
};

// Writes a zip, entries DEFLATE-compressed at the fast level (a rendered contract is written many times); parts
// under 1 KiB are stored.
void writeDocxZip(std::ostream& out, const std::vector<OutputEntry>& entries);

}  // namespace landdesk::docgen
