#include "capture/gcn_reader.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <regex>

#include "capture/gcn_fields.h"
#include "capture/gcn_serial_reader.h"
#include "capture/gcn_text.h"
#include "capture/line_repair.h"
#include "capture/page_preprocess.h"

namespace landdesk::capture {

namespace {

// Fields the issue lists for a certificate; the ones missing are named in a warning for the officer.
const char* const kExpected[] = {"serial", "register_no", "parcel_no", "map_sheet", "address", "area_m2", "use_form",
                                 "term",   "origin",      "issue_date", "issuer"};

bool hasLength(const std::string& digits, std::initializer_list<size_t> lengths) {
  return std::find(lengths.begin(), lengths.end(), digits.size()) != lengths.end();
}

// Re-reads a number with a digits-only whitelist: the first reading may hold O for 0 or G for 9. The value is
// kept only when it has the field's shape; when both readings agree the confidence rises, otherwise it drops.
bool settleNumber(OcrEngine& ocr, Pix* image, CapturedField& f, std::initializer_list<size_t> lengths) {
  std::string first = digitsOnly(f.value);
  int pad = std::max(4, f.box.height / 3);
  OcrLine again = ocr.readLine(image, {f.box.x - pad, f.box.y - pad, f.box.width + 2 * pad, f.box.height + 2 * pad},
                               "0123456789");
  std::string second = digitsOf(again.text());
  bool firstOk = !first.empty() && (lengths.size() == 0 || hasLength(first, lengths));
  bool secondOk = !second.empty() && (lengths.size() == 0 || hasLength(second, lengths));
  if (firstOk && first == second) {
    f.value = first;
    f.confidence = std::min(1.0, std::max(f.confidence, again.confidence()) + 0.02);
    return true;
  }
  if (secondOk && (!firstOk || again.confidence() > f.confidence)) {
    f.value = second;
    f.confidence = std::min(again.confidence(), 0.8);
    return true;
  }
  if (firstOk) {
    f.value = first;
    f.confidence = std::min(f.confidence, 0.8);
    return true;
  }
  return false;
}

// "Số vào sổ" is capitals and digits ("CH 01234", "CS03537"): a stray mark read as a Vietnamese letter ("CHÍ 714")
// is settled by a reading restricted to capitals and digits whose digits agree with the first; otherwise it stays
// as read, with a low confidence so the officer looks at it first.
void settleRegister(OcrEngine& ocr, Pix* image, CapturedField& f) {
  static const std::regex kShape(R"(^(?:[A-Z]|Đ){1,4} ?[0-9]{1,8}$)");
  if (std::regex_match(f.value, kShape)) return;
  int pad = std::max(4, f.box.height / 3);
  OcrLine again = ocr.readLine(image, {f.box.x - pad, f.box.y - pad, f.box.width + 2 * pad, f.box.height + 2 * pad},
                               kCapitalsAndDigits);
  std::string v = cleanValue(again.text());
  if (std::regex_match(v, kShape) && digitsOf(v) == digitsOf(f.value)) {
    f.value = v;
    f.confidence = std::min(f.confidence, again.confidence());
  } else {
    f.confidence = std::min(f.confidence, 0.5);
  }
}

// Most words read with good confidence: the page is upright text, just not a certificate (no point turning it).
bool readsWell(const std::vector<OcrLine>& lines) {
  size_t words = 0, good = 0;
  for (const OcrLine& l : lines)
    for (const OcrWord& w : l.words) {
      ++words;
      good += w.confidence >= 0.75;
    }
  return words >= 30 && good * 10 >= words * 7;
}

bool endsWith(const std::string& s, std::string_view tail) { return s.size() >= tail.size() && s.ends_with(tail); }

}  // namespace

GcnReadResult readGcnPage(OcrEngine& ocr, Pix* original) {
  GcnReadResult out;
  auto prepared = preparePage(original);
  if (!prepared) return out;
  out.lines = joinSplitLines(ocr, prepared->text.get(), ocr.readPage(prepared->text.get()));
  if (!looksLikeGcn(out.lines) && !readsWell(out.lines)) {
    // Orientation detection can be fooled (a photo's background, a page of mostly table): try the other turns.
    int detected = prepared->transform.quarterTurns;
    for (int extra : {2, 1, 3}) {
      PrepareOptions forced;
      forced.quarterTurns = (detected + extra) & 3;
      auto retry = preparePage(original, forced);
      if (!retry) continue;
      auto lines = joinSplitLines(ocr, retry->text.get(), ocr.readPage(retry->text.get()));
      if (looksLikeGcn(lines)) {
        prepared = std::move(retry);
        out.lines = std::move(lines);
        break;
      }
    }
  }
  if (!looksLikeGcn(out.lines)) return out;
  PreparedPage& page = *prepared;
  out.quarterTurns = page.transform.quarterTurns;

  CapturedDocument doc;
  doc.kind = DocumentKind::LandCertificate;
  doc.source = CaptureSource::Ocr;
  std::vector<CapturedField> fields = extractGcnFields(out.lines);
  std::vector<CapturedField> kept;
  for (CapturedField& f : fields) {
    bool ok = true;
    if (f.key == "parcel_no" || f.key == "map_sheet") ok = settleNumber(ocr, page.text.get(), f, {});
    else if (endsWith(f.key, ".id_number")) ok = settleNumber(ocr, page.text.get(), f, {9, 12});
    else if (f.key == "register_no") settleRegister(ocr, page.text.get(), f);
    else if (endsWith(f.key, ".birth_year")) {
      ok = settleNumber(ocr, page.text.get(), f, {4});
      ok = ok && (f.value[0] == '1' || f.value[0] == '2');
    }
    if (ok) kept.push_back(std::move(f));
  }
  if (auto serial = readGcnSerial(ocr, page, out.lines)) kept.push_back(*serial);
  double sum = 0;
  for (CapturedField& f : kept) {
    f.box = page.transform.toOriginal(f.box);
    f.confidence = std::clamp(f.confidence, 0.0, 1.0);
    sum += f.confidence;
  }
  std::string missing;
  for (const char* key : kExpected)
    if (!findField(kept, key)) missing += (missing.empty() ? "" : ", ") + std::string(key);
  if (!findField(kept, "owners.0.full_name")) missing += (missing.empty() ? "" : ", ") + std::string("owners");
  if (!findField(kept, "purposes.0.name")) missing += (missing.empty() ? "" : ", ") + std::string("purposes");
  if (!missing.empty()) doc.warnings.push_back("Không đọc được: " + missing);
  size_t expected = std::size(kExpected) + 2;
  size_t read = kept.empty() ? 0 : std::min(expected, kept.size());
  doc.confidence = kept.empty() ? 0 : (sum / static_cast<double>(kept.size())) * static_cast<double>(read) / static_cast<double>(expected);
  doc.fields = std::move(kept);
  out.document = std::move(doc);
  return out;
}

}  // namespace landdesk::capture
