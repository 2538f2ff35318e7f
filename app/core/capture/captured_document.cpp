#include "capture/captured_document.h"

#include <algorithm>

namespace landdesk::capture {

Box unite(const Box& a, const Box& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  int x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
  int x1 = std::max(a.x + a.width, b.x + b.width), y1 = std::max(a.y + a.height, b.y + b.height);
  return {x0, y0, x1 - x0, y1 - y0};
}

std::string_view documentKindName(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::IdCard: return "cccd";
    case DocumentKind::LandCertificate: return "gcn";
    case DocumentKind::Unknown: break;
  }
  return "unknown";
}

std::string_view captureSourceName(CaptureSource source) { return source == CaptureSource::Qr ? "qr" : "ocr"; }

const CapturedField* CapturedDocument::find(std::string_view key) const {
  for (const CapturedField& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}

std::string CapturedDocument::valueOf(std::string_view key) const {
  const CapturedField* f = find(key);
  return f ? f->value : std::string();
}

}  // namespace landdesk::capture
