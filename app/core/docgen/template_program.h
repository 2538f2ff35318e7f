// The compiled form of a template part: literal XML, value slots and sections, rendered without re-parsing.
#pragma once

#include <string>
#include <vector>

#include "docgen/filters.h"
#include "docgen/image_tags.h"
#include "docgen/tag_syntax.h"
#include "docgen/template_issue.h"

namespace landdesk::docgen {

struct CompiledTag {
  TagSpec spec;
  std::string text;               // "{#thua_dat}" as the officer wrote it (joined across runs)
  TagLocation where;
  std::vector<FilterFn> filters;  // resolved once, in spec.filters order (an image tag: all but the last)
  ImageFilterFn imageFilter = nullptr;  // an image tag's last filter ({%ho_so.ma|qr})
  std::string dataPath;           // what it reads, with enclosing sections: "thua_dat[].so_thua"
};

struct ProgramNode {
  enum class Kind : unsigned char { Literal, Value, Section };
  Kind kind = Kind::Literal;
  bool inverted = false;          // {^x}: shown when x is falsy or an empty list
  int tag = -1;                   // Value / Section: index into CompiledPart::tags
  std::string literal;            // Literal: XML copied as is
  std::vector<ProgramNode> children;
};

struct CompiledPart {
  std::string name;               // "word/document.xml"
  bool hasTags = false;           // false: the part is copied unchanged
  std::vector<ProgramNode> program;
  std::vector<CompiledTag> tags;  // every tag in document order, close tags included
};

}  // namespace landdesk::docgen
