#include "docgen/image_tags.h"

#include "docgen/qr_png.h"

namespace landdesk::docgen {

namespace {

constexpr int64_t kEmuPerMillimetre = 36000;

// 25 mm: the receipt slip's code must scan from a phone held over the paper, and 8 px modules print crisply
// at any size the officer may drag it to in Word.
Result<GeneratedImage> qr(std::string_view text) {
  auto picture = qrCodePng(text);
  if (!picture) return picture.error();
  return GeneratedImage{std::move(picture->png), 25 * kEmuPerMillimetre, 25 * kEmuPerMillimetre};
}

struct Entry {
  std::string_view name;
  ImageFilterFn fn;
  std::string_view description;
};

const Entry kImageFilters[] = {
    {"qr", qr, "HS-2026-00001 → mã QR 25 × 25 mm / a 25 × 25 mm QR code"},
};

void appendAttribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  for (char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  out += '"';
}

}  // namespace

ImageFilterFn findImageFilter(std::string_view name) {
  for (const auto& f : kImageFilters)
    if (f.name == name) return f.fn;
  return nullptr;
}

const std::vector<ImageFilterInfo>& imageFilterCatalog() {
  static const std::vector<ImageFilterInfo> catalog = [] {
    std::vector<ImageFilterInfo> v;
    for (const auto& f : kImageFilters) v.push_back({f.name, f.description});
    return v;
  }();
  return catalog;
}

std::string inlineDrawingXml(std::string_view relationshipId, int drawingId, std::string_view description, const GeneratedImage& image) {
  const std::string cx = std::to_string(image.widthEmu), cy = std::to_string(image.heightEmu), id = std::to_string(drawingId);
  std::string x;
  x.reserve(1400);
  x += "<w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
       " distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">";
  x += "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>";
  x += "<wp:docPr id=\"" + id + "\"";
  appendAttribute(x, "name", "Image " + id);
  appendAttribute(x, "descr", description);
  x += "/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
       " noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>";
  x += "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
       "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
       "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">";
  x += "<pic:nvPicPr><pic:cNvPr id=\"0\"";
  appendAttribute(x, "name", "image" + id + ".png");
  x += "/><pic:cNvPicPr/></pic:nvPicPr>";
  x += "<pic:blipFill><a:blip xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  appendAttribute(x, "r:embed", relationshipId);
  x += "/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>";
  x += "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
       "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>";
  x += "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>";
  return x;
}

}  // namespace landdesk::docgen
