#include "capture/scanner.h"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "capture/gcn_reader.h"
#include "capture/id_card_reader.h"
#include "capture/ocr_engine.h"
#include "capture/pdf_pages.h"
#include "capture/qr_finder.h"
#include "identity/id_card_qr.h"

namespace landdesk::capture {

Scanner::Scanner(ScanOptions options) : options_(std::move(options)) {}
Scanner::~Scanner() = default;

OcrEngine* Scanner::ocr() {
  if (!ocr_ && !ocrError_) {
    auto engine = OcrEngine::create("vie");
    if (engine) ocr_ = std::move(*engine);
    else ocrError_ = engine.error();
  }
  return ocr_.get();
}

ScanOutcome Scanner::scanFile(const std::filesystem::path& path) {
  auto bytes = readFileBytes(path, options_.limits.maxFileBytes);
  if (!bytes) return {{}, bytes.error()};
  return scanBytes(*bytes);
}

ScanOutcome Scanner::scanBytes(std::string_view bytes) {
  ScanOutcome out;
  std::vector<PixPtr> pages;
  if (sniffFileKind(bytes) == FileKind::Pdf) {
    PdfRenderOptions pdf;
    pdf.limits = options_.limits;
    auto rendered = renderPdfPages(bytes, pdf);
    if (!rendered) return {{}, rendered.error()};
    pages = std::move(*rendered);
  } else {
    auto image = decodeImage(bytes, options_.limits);
    if (!image) return {{}, image.error()};
    pages.push_back(std::move(*image));
  }
  for (size_t i = 0; i < pages.size(); ++i) out.documents.push_back(scanPage(pages[i].get(), static_cast<int>(i)));
  return out;
}

CapturedDocument Scanner::scanPage(Pix* page, int pageIndex) {
  QrSearchOptions qrOptions;
  qrOptions.budget = options_.qrBudget;
  // A full page (a GCN, an A4 scan) gets the whole-image passes and a short hard search: the OCR needs the time.
  bool fullPage = int64_t{pixGetWidth(page)} * pixGetHeight(page) > 3'000'000;
  if (fullPage) {
    qrOptions.budget = std::min(qrOptions.budget, std::chrono::milliseconds(300));
    qrOptions.stopAtOtherCodes = true;
  }
  CapturedDocument doc;
  auto cardFrom = [&](const QrSearchResult& qr) {
    if (qr.accepted < 0) return;
    const QrCode& code = qr.codes[static_cast<size_t>(qr.accepted)];
    if (auto card = idCardDocument(code.payload, code.box)) doc = std::move(*card);
  };
  // With OCR on, a full page where the cheap pass locates no QR symbol at all is read as a GCN first: the hard QR
  // search (crops, deblurring, tiles) runs only when it is not one. A symbol located but not decoded is searched first.
  QrSearchOptions firstPass = qrOptions;
  firstPass.firstPassOnly = fullPage && options_.ocr;
  QrSearchResult qr = findQrCodes(page, isIdCardPayload, firstPass);
  bool hardSearchLeft = firstPass.firstPassOnly && qr.accepted < 0;
  if (hardSearchLeft && qr.undecoded > 0) {
    qr = findQrCodes(page, isIdCardPayload, qrOptions);
    hardSearchLeft = false;
  }
  cardFrom(qr);
  if (doc.kind == DocumentKind::Unknown && options_.ocr) {
    if (OcrEngine* engine = ocr()) {
      GcnReadResult gcn = readGcnPage(*engine, page);
      if (gcn.document) doc = std::move(*gcn.document);
    } else if (ocrError_) {
      doc.warnings.push_back(ocrError_->vi);
    }
  }
  if (doc.kind == DocumentKind::Unknown && hardSearchLeft) {
    qr = findQrCodes(page, isIdCardPayload, qrOptions);
    cardFrom(qr);
  }
  if (doc.kind == DocumentKind::Unknown) {
    // Nothing we know: say what was seen, so the officer is not left guessing.
    for (const QrCode& code : qr.codes) {
      auto parsed = identity::parseIdCardQr(code.payload);
      doc.source = CaptureSource::Qr;
      doc.warnings.push_back("Mã QR không phải CCCD: " + (parsed ? std::string() : parsed.error().vi));
      doc.fields.push_back({"qr_payload", code.payload, 1.0, code.box, pageIndex});
    }
    if (qr.codes.empty()) doc.warnings.push_back("Không tìm thấy mã QR CCCD và không nhận ra Giấy chứng nhận");
  }
  doc.page = pageIndex;
  for (CapturedField& f : doc.fields) f.page = pageIndex;
  return doc;
}

}  // namespace landdesk::capture
