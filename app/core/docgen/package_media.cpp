#include "docgen/package_media.h"

#include <libxml/tree.h>

#include <algorithm>
#include <map>

#include "docgen/xml_document.h"

namespace landdesk::docgen {

namespace {

constexpr std::string_view kRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kImageRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

const xmlChar* x(std::string_view literal) { return reinterpret_cast<const xmlChar*>(literal.data()); }

std::string directoryOf(std::string_view part) {
  size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// "word/header1.xml" -> "word/_rels/header1.xml.rels"
std::string relationshipsPartOf(std::string_view part) {
  const std::string dir = directoryOf(part);
  return dir + "_rels/" + std::string(part.substr(dir.size())) + ".rels";
}

std::string serialise(xmlDoc* doc) {
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc, &buffer, &size, "UTF-8");
  std::string out(reinterpret_cast<const char*>(buffer), static_cast<size_t>(size));
  xmlFree(buffer);
  return out;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return s;
}

Result<std::string> withPngDefault(const PackageEntry& types) {
  auto doc = parseXmlPart(types.data, types.name);
  if (!doc) return doc.error();
  xmlNode* root = xmlDocGetRootElement(doc->get());
  for (xmlNode* n = root->children; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, x("Default")) && lower(attributeValue(n, "Extension")) == "png") return types.data;
  xmlNode* def = xmlNewChild(root, root->ns, x("Default"), nullptr);
  xmlNewProp(def, x("Extension"), x("png"));
  xmlNewProp(def, x("ContentType"), x("image/png"));
  return serialise(doc->get());
}

Result<std::string> withRelationships(const PackageEntry* existing, const std::string& relsName, const std::vector<const RenderedImage*>& images) {
  XmlDocPtr doc;
  if (existing) {
    auto parsed = parseXmlPart(existing->data, existing->name);
    if (!parsed) return parsed.error();
    doc = std::move(*parsed);
  } else {
    doc.reset(xmlNewDoc(x("1.0")));
    xmlNode* root = xmlNewDocNode(doc.get(), nullptr, x("Relationships"), nullptr);
    xmlSetNs(root, xmlNewNs(root, x(kRelationshipsNamespace), nullptr));
    xmlDocSetRootElement(doc.get(), root);
  }
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return makeError("docx.structure", "Cấu trúc gói .docx không hợp lệ", "The .docx package structure is invalid", relsName);
  const std::string dir = relsName.substr(0, relsName.rfind("_rels/"));
  for (const RenderedImage* image : images) {
    for (xmlNode* n = root->children; n; n = n->next)
      if (n->type == XML_ELEMENT_NODE && attributeValue(n, "Id") == image->relationshipId)
        return makeError("docx.structure", "Mẫu đã có một quan hệ trùng mã với ảnh được tạo", "The template already has a relationship with the picture's id",
                         relsName + ": " + image->relationshipId);
    xmlNode* rel = xmlNewChild(root, root->ns, x("Relationship"), nullptr);
    xmlNewProp(rel, x("Id"), x(image->relationshipId.c_str()));
    xmlNewProp(rel, x("Type"), x(kImageRelationship));
    xmlNewProp(rel, x("Target"), x(image->mediaName.substr(dir.size()).c_str()));
  }
  return serialise(doc.get());
}

}  // namespace

std::string ImageSink::add(std::string_view part, std::string png) {
  for (const auto& image : images_)
    if (image.part == part && image.png == png) return image.relationshipId;
  RenderedImage image;
  image.part = std::string(part);
  image.relationshipId = "rIdLdImage" + std::to_string(images_.size() + 1);
  const std::string dir = directoryOf(part);
  do image.mediaName = dir + "media/landdesk_image" + std::to_string(++media_) + ".png";
  while (package_.find(image.mediaName));
  image.png = std::move(png);
  images_.push_back(std::move(image));
  return images_.back().relationshipId;
}

Result<MediaChanges> addImagesToPackage(const DocxPackage& package, const std::vector<RenderedImage>& images) {
  MediaChanges changes;
  if (images.empty()) return changes;
  const PackageEntry* types = package.find("[Content_Types].xml");
  if (!types) return makeError("docx.structure", "Cấu trúc gói .docx không hợp lệ", "The .docx package structure is invalid", "[Content_Types].xml missing");
  auto newTypes = withPngDefault(*types);
  if (!newTypes) return newTypes.error();
  if (*newTypes != types->data) changes.changed.emplace_back(types->name, std::move(*newTypes));

  std::map<std::string, std::vector<const RenderedImage*>> byRels;
  for (const auto& image : images) {
    byRels[relationshipsPartOf(image.part)].push_back(&image);
    changes.added.emplace_back(image.mediaName, image.png);
  }
  for (const auto& [relsName, list] : byRels) {
    const PackageEntry* existing = package.find(relsName);
    auto rels = withRelationships(existing, relsName, list);
    if (!rels) return rels.error();
    (existing ? changes.changed : changes.added).emplace_back(relsName, std::move(*rels));
  }
  return changes;
}

}  // namespace landdesk::docgen
