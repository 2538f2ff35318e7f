// Untrusted OOXML parts parsed with libxml2 safely (no network, no DTD, no entities), plus the few serialisation helpers the compiler needs.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "util/error.h"

namespace landdesk::docgen {

// The WordprocessingML main namespace: elements the engine cares about (w:p, w:t, w:tr…) live here.
inline constexpr std::string_view kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses one part. A DOCTYPE of any kind is refused ("xml.doctype_forbidden"): Word never writes one, and it is
// the carrier of both XXE and entity-expansion bombs. Malformed XML gives "xml.invalid" with libxml2's line.
Result<XmlDocPtr> parseXmlPart(std::string_view bytes, const std::string& partName);

// True for an element in the WordprocessingML namespace with this local name.
bool isWordElement(const xmlNode* node, std::string_view localName);

// The value of an attribute by local name, whatever its prefix; empty when absent.
std::string attributeValue(const xmlNode* node, std::string_view localName);

// Appends `text` escaped for element content (&, <, >; \r kept as a character reference); characters XML 1.0
// forbids (controls other than tab/newline/CR) are dropped so data can never break the part.
void appendEscapedText(std::string& out, std::string_view text);

// Start tag of an element as it was written: prefix, namespace declarations, attributes (escaped).
// `extraAttribute` (e.g. ` xml:space="preserve"`) is appended unless the element already carries that name.
void appendStartTag(std::string& out, const xmlNode* node, std::string_view extraAttributeName = {},
                    std::string_view extraAttribute = {});
void appendEndTag(std::string& out, const xmlNode* node);

// The whole subtree as libxml2 serialises it (used for everything that holds no tag).
void appendSubtree(std::string& out, xmlDoc* doc, xmlNode* node);

// The XML declaration Word writes at the top of every part.
inline constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

}  // namespace landdesk::docgen
