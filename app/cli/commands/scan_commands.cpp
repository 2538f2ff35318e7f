// landdesk-cli scan FILE... [--json]: read ID-card QR codes and GCN certificates from images and PDFs.
// Exit code: 0 when every file could be read (even if nothing was recognised in it), 1 when any file could not.
#include <algorithm>
#include <cmath>
#include <ostream>

#include "../cli_output.h"
#include "../command_table.h"
#include "capture/scanner.h"

namespace landdesk::cli {

namespace {

using capture::CapturedDocument;
using capture::CapturedField;
using capture::DocumentKind;

const char* const kGcnScalars[] = {"serial", "register_no", "parcel_no", "map_sheet", "address", "area_m2", "use_form",
                                   "term",   "origin",      "issue_date", "issuer"};

Poco::Dynamic::Var valueOrNull(const CapturedDocument& doc, const std::string& key, bool integer = false) {
  const CapturedField* f = doc.find(key);
  if (!f) return Poco::Dynamic::Var();
  if (integer) {
    try {
      return std::stoi(f->value);
    } catch (...) {
      return Poco::Dynamic::Var();
    }
  }
  return f->value;
}

// Flattened "owners.1.full_name" keys back into arrays of objects.
Poco::JSON::Array::Ptr listOf(const CapturedDocument& doc, const std::string& group,
                              std::initializer_list<std::pair<const char*, bool>> keys) {
  Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
  for (int i = 0;; ++i) {
    std::string prefix = group + "." + std::to_string(i) + ".";
    bool any = std::any_of(doc.fields.begin(), doc.fields.end(), [&](const CapturedField& f) { return f.key.starts_with(prefix); });
    if (!any) break;
    auto item = jsonObject();
    for (auto [key, integer] : keys) item->set(key, valueOrNull(doc, prefix + key, integer));
    list->add(item);
  }
  return list;
}

Poco::JSON::Object::Ptr fieldsJson(const CapturedDocument& doc) {
  auto fields = jsonObject();
  if (doc.kind == DocumentKind::LandCertificate) {
    for (const char* key : kGcnScalars) fields->set(key, valueOrNull(doc, key));
    fields->set("purposes", listOf(doc, "purposes", {{"code", false}, {"name", false}, {"area_m2", false}}));
    fields->set("owners", listOf(doc, "owners", {{"full_name", false}, {"birth_year", true}, {"id_number", false}}));
  } else {
    for (const CapturedField& f : doc.fields) fields->set(f.key, f.value);
  }
  return fields;
}

Poco::JSON::Object::Ptr documentJson(const CapturedDocument& doc) {
  auto o = jsonObject();
  o->set("kind", std::string(capture::documentKindName(doc.kind)));
  o->set("source", std::string(capture::captureSourceName(doc.source)));
  o->set("fields", fieldsJson(doc));
  o->set("confidence", std::round(doc.confidence * 1000) / 1000);
  Poco::JSON::Array::Ptr warnings = new Poco::JSON::Array;
  for (const std::string& w : doc.warnings) warnings->add(w);
  o->set("warnings", warnings);
  o->set("page", doc.page + 1);
  // Where and how surely each value was read, for the verify view and for scripts.
  Poco::JSON::Array::Ptr details = new Poco::JSON::Array;
  for (const CapturedField& f : doc.fields) {
    auto d = jsonObject();
    d->set("key", f.key);
    d->set("confidence", std::round(f.confidence * 1000) / 1000);
    Poco::JSON::Array::Ptr box = new Poco::JSON::Array;
    for (int v : {f.box.x, f.box.y, f.box.width, f.box.height}) box->add(v);
    d->set("box", box);
    details->add(d);
  }
  o->set("details", details);
  return o;
}

void printHuman(Invocation& inv, const std::string& file, const capture::ScanOutcome& r) {
  bool en = inv.language == Language::English;
  if (r.error) {
    inv.out << file << ": " << (en ? "error: " : "lỗi: ") << r.error->text(inv.language) << '\n';
    return;
  }
  for (const CapturedDocument& doc : r.documents) {
    inv.out << file << (r.documents.size() > 1 ? " [" + std::to_string(doc.page + 1) + "]" : "") << ": "
            << capture::documentKindName(doc.kind) << " (" << capture::captureSourceName(doc.source)
            << ", " << static_cast<int>(doc.confidence * 100) << "%)\n";
    std::vector<const CapturedField*> weakestFirst;
    for (const CapturedField& f : doc.fields) weakestFirst.push_back(&f);
    std::stable_sort(weakestFirst.begin(), weakestFirst.end(),
                     [](const CapturedField* a, const CapturedField* b) { return a->confidence < b->confidence; });
    for (const CapturedField* f : weakestFirst)
      inv.out << "  " << f->key << std::string(f->key.size() < 22 ? 22 - f->key.size() : 1, ' ') << f->value << "  ("
              << static_cast<int>(f->confidence * 100) << "%)\n";
    for (const std::string& w : doc.warnings) inv.out << "  ! " << w << '\n';
  }
}

int runScan(Invocation& inv) {
  static const Command self{{"scan"}, "FILE...", "", {}, nullptr};
  if (inv.args.positional().empty()) return usageError(inv, self, "Thiếu tệp cần đọc", "Missing the file(s) to read");
  capture::ScanOptions options;
  if (inv.args.has("--qr-only")) options.ocr = false;
  capture::Scanner scanner(options);
  bool allRead = true;
  for (const std::string& file : inv.args.positional()) {
    capture::ScanOutcome r = scanner.scanFile(file);
    allRead = allRead && !r.error;
    if (!inv.json) {
      printHuman(inv, file, r);
      continue;
    }
    auto o = jsonObject();
    o->set("file", file);
    Poco::JSON::Array::Ptr docs = new Poco::JSON::Array;
    for (const CapturedDocument& d : r.documents) docs->add(documentJson(d));
    o->set("documents", docs);
    if (r.error) o->set("error", r.error->text(inv.language));
    else o->set("error", Poco::Dynamic::Var());
    printJson(inv, o);
    inv.out.flush();
  }
  return allRead ? kExitOk : kExitFailure;
}

}  // namespace

std::vector<Command> scanCommands() {
  return {{{"scan"},
           "FILE...",
           "Đọc QR CCCD và Giấy chứng nhận (GCN) từ ảnh/PDF / read ID-card QR codes and land certificates",
           {{"--qr-only", false, "only look for ID-card QR codes (no OCR)"}},
           runScan}};
}

}  // namespace landdesk::cli
