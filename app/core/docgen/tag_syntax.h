// What the text between { and } means: docxtemplater's core syntax plus LandDesk's |filters.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace landdesk::docgen {

// Image: {%ho_so.ma|qr}, docxtemplater's image-module syntax; its last filter makes a picture from the text.
enum class TagKind { Value, SectionOpen, InvertedOpen, SectionClose, Image };

struct TagSpec {
  TagKind kind = TagKind::Value;
  std::string path;                   // "ben_a.ho_ten", "." (the current item), "" for a bare {/}
  std::vector<std::string> segments;  // path split on '.', empty for "."
  std::vector<std::string> filters;   // in application order
};

// Parses the inside of a tag ("#thua_dat", " gia | money_words ", "%ho_so.ma|qr"). Returns the issue id "malformed_tag" when the
// name is empty, holds spaces or braces, or a section tag carries a filter. Filter names are checked later,
// against the registry, so that an unknown filter gets its own id.
std::variant<TagSpec, std::string> parseTag(std::string_view inner);

}  // namespace landdesk::docgen
