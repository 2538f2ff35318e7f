#include "docgen/document_text.h"

#include "docgen/xml_document.h"

namespace landdesk::docgen {

namespace {

void paragraphText(xmlNode* node, std::string& line) {
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || isWordElement(c, "p")) continue;
    if (isWordElement(c, "t")) {
      for (xmlNode* t = c->children; t; t = t->next)
        if (t->content && (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE)) line += reinterpret_cast<const char*>(t->content);
    } else if (isWordElement(c, "tab")) {
      line += '\t';
    } else if (isWordElement(c, "br") || isWordElement(c, "cr")) {
      line += '\n';
    } else {
      paragraphText(c, line);
    }
  }
}

void walk(xmlNode* node, std::string& out) {
  for (xmlNode* c = node; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (isWordElement(c, "p")) {
      paragraphText(c, out);
      out += '\n';
    }
    walk(c->children, out);
  }
}

}  // namespace

Result<std::string> partText(const DocxPackage& package, std::string_view partName) {
  const PackageEntry* entry = package.find(partName);
  if (!entry) return makeError("docx.structure", "Thiếu phần tài liệu", "The document part is missing", std::string(partName));
  auto doc = parseXmlPart(entry->data, entry->name);
  if (!doc) return doc.error();
  std::string out;
  walk(xmlDocGetRootElement(doc->get()), out);
  return out;
}

}  // namespace landdesk::docgen
