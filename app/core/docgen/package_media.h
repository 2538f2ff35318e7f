// Pictures made while rendering (image tags) and how they join the output package: a media part, a relationship
// from the part that shows it, and the PNG content type.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "docgen/docx_package.h"
#include "util/error.h"

namespace landdesk::docgen {

struct RenderedImage {
  std::string part;            // the part that shows it: "word/document.xml", "word/header1.xml"
  std::string relationshipId;  // "rIdLdImage1", unique within that part's relationships
  std::string mediaName;       // "word/media/landdesk_image1.png"
  std::string png;
};

// Collects the pictures of one render. Identical pictures shown by the same part share one media part.
class ImageSink {
 public:
  explicit ImageSink(const DocxPackage& package) : package_(package) {}

  // The relationship id under which `part` shows this picture.
  std::string add(std::string_view part, std::string png);
  // A fresh wp:docPr id; Word wants them unique in the document, and the template's own pictures use small ones.
  int nextDrawingId() { return kFirstDrawingId + drawings_++; }

  const std::vector<RenderedImage>& images() const { return images_; }
  std::vector<RenderedImage> takeImages() { return std::move(images_); }

 private:
  static constexpr int kFirstDrawingId = 900000;
  const DocxPackage& package_;
  std::vector<RenderedImage> images_;
  int drawings_ = 0;
  int media_ = 0;
};

// The entries a package gains or changes for these pictures: the media parts, each showing part's .rels (new or
// extended) and [Content_Types].xml with a PNG default. `changed` holds whole replacement parts by name.
struct MediaChanges {
  std::vector<std::pair<std::string, std::string>> changed;  // existing entries, new bytes
  std::vector<std::pair<std::string, std::string>> added;    // new entries
};
Result<MediaChanges> addImagesToPackage(const DocxPackage& package, const std::vector<RenderedImage>& images);

}  // namespace landdesk::docgen
