// A part flattened for loop analysis: literal XML, the start/end tags of elements that hold tags, and the tags.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "docgen/template_issue.h"
#include "docgen/template_program.h"

namespace landdesk::docgen {

struct Item {
  enum class Kind : unsigned char { Text, Open, Close, Tag };
  Kind kind = Kind::Text;
  std::string xml;  // serialised XML for Text/Open/Close
  int tag = -1;     // Tag: index into CompiledPart::tags
};

struct TagPlace {
  xmlNode* textElement = nullptr;  // the w:t where the tag starts
  xmlNode* paragraph = nullptr;    // its w:p
  bool aloneInParagraph = false;   // the paragraph's text is this tag and spaces only
  int item = -1;                   // its Tag item
};

struct ItemStream {
  std::vector<Item> items;
  std::vector<TagPlace> places;                 // parallel to CompiledPart::tags
  std::unordered_map<xmlNode*, int> openItem;   // elements on the path to a tag
  std::unordered_map<xmlNode*, int> closeItem;
  std::unordered_set<int> malformed;            // tags that failed to parse: never paired
};

// Finds every tag of every paragraph (appending to part.tags, lexing and filter errors to errors) and flattens
// the document. Elements that hold no tag stay whole inside Text items.
ItemStream lexAndEmit(xmlDoc* doc, CompiledPart& part, std::vector<TemplateIssue>& errors);

}  // namespace landdesk::docgen
