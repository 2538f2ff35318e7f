#include "docgen/xml_document.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cstring>

namespace landdesk::docgen {

namespace {

struct ParserContextFree {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

std::string_view asView(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view(); }

void appendAttributeEscaped(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default: out += c;
    }
  }
}

void appendQualifiedName(std::string& out, const xmlNode* node) {
  if (node->ns && node->ns->prefix) {
    out += asView(node->ns->prefix);
    out += ':';
  }
  out += asView(node->name);
}

}  // namespace

Result<XmlDocPtr> parseXmlPart(std::string_view bytes, const std::string& partName) {
  // Refused before libxml2 sees it: a DTD is never legitimate in OOXML and is how XXE and entity bombs arrive.
  if (bytes.find("<!DOCTYPE") != std::string_view::npos || bytes.find("<!ENTITY") != std::string_view::npos) {
    return makeError("xml.doctype_forbidden", "Tệp mẫu chứa khai báo DOCTYPE/ENTITY (có thể là tấn công XXE), bị từ chối",
                     "The template contains a DOCTYPE/ENTITY declaration (possible XXE attack) and is refused", partName);
  }
  std::unique_ptr<xmlParserCtxt, ParserContextFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw std::bad_alloc();
  // NONET: never fetch anything; NOENT and DTDLOAD are deliberately absent (toolchain notes, libxml2 hardening).
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), partName.c_str(), "UTF-8", options));
  if (!doc || !ctxt->wellFormed) {
    const xmlError* e = xmlCtxtGetLastError(ctxt.get());
    std::string detail = partName;
    if (e) {
      std::string msg = e->message ? e->message : "";
      while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
      detail += ", line " + std::to_string(e->line) + ": " + msg;
    }
    return makeError("xml.invalid", "Tệp mẫu có XML hỏng (không phải tài liệu Word hợp lệ)",
                     "The template has invalid XML (not a valid Word document)", detail);
  }
  if (doc->intSubset || doc->extSubset) {
    return makeError("xml.doctype_forbidden", "Tệp mẫu chứa khai báo DOCTYPE (có thể là tấn công XXE), bị từ chối",
                     "The template contains a DOCTYPE declaration (possible XXE attack) and is refused", partName);
  }
  return doc;
}

bool isWordElement(const xmlNode* node, std::string_view localName) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && asView(node->ns->href) == kWordNamespace &&
         asView(node->name) == localName;
}

std::string attributeValue(const xmlNode* node, std::string_view localName) {
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (asView(a->name) == localName && a->children && a->children->type == XML_TEXT_NODE) return std::string(asView(a->children->content));
  }
  return {};
}

void appendEscapedText(std::string& out, std::string_view text) {
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (u < 0x20 && c != '\t' && c != '\n') break;  // not allowed in XML 1.0
        out += c;
    }
  }
}

void appendStartTag(std::string& out, const xmlNode* node, std::string_view extraAttributeName, std::string_view extraAttribute) {
  out += '<';
  appendQualifiedName(out, node);
  for (const xmlNs* ns = node->nsDef; ns; ns = ns->next) {
    out += " xmlns";
    if (ns->prefix) {
      out += ':';
      out += asView(ns->prefix);
    }
    out += "=\"";
    appendAttributeEscaped(out, asView(ns->href));
    out += '"';
  }
  bool hasExtra = false;
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    std::string name;
    if (a->ns && a->ns->prefix) name = std::string(asView(a->ns->prefix)) + ":";
    name += asView(a->name);
    if (!extraAttributeName.empty() && name == extraAttributeName) hasExtra = true;
    out += ' ';
    out += name;
    out += "=\"";
    for (const xmlNode* v = a->children; v; v = v->next)
      if (v->type == XML_TEXT_NODE) appendAttributeEscaped(out, asView(v->content));
    out += '"';
  }
  if (!hasExtra) out += extraAttribute;
  out += '>';
}

void appendEndTag(std::string& out, const xmlNode* node) {
  out += "</";
  appendQualifiedName(out, node);
  out += '>';
}

void appendSubtree(std::string& out, xmlDoc* doc, xmlNode* node) {
  xmlBufferPtr buffer = xmlBufferCreate();
  if (!buffer) throw std::bad_alloc();
  xmlNodeDump(buffer, doc, node, 0, 0);
  out.append(reinterpret_cast<const char*>(xmlBufferContent(buffer)), static_cast<size_t>(xmlBufferLength(buffer)));
  xmlBufferFree(buffer);
}

}  // namespace landdesk::docgen
