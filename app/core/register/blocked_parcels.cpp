#include "register/blocked_parcels.h"

#include <cstdio>

#include "storage/register_store.h"
#include "storage/storage_error.h"
#include "text/unicode.h"

namespace landdesk::registry {

namespace {

using namespace std::chrono;

struct IssuerKind {
  std::string_view code, label;
  std::vector<std::string_view> words;  // folded words that name it
};

const std::vector<IssuerKind>& issuerKinds() {
  static const std::vector<IssuerKind> kinds{
      {"court", "Tòa án", {"court", "toa an", "toa", "tand"}},
      {"enforcement", "Cơ quan thi hành án", {"enforcement", "thi hanh an", "cuc thi hanh an", "chi cuc thi hanh an", "thads"}},
      {"police", "Công an", {"police", "cong an", "co quan canh sat dieu tra", "canh sat"}},
      {"other", "Khác", {"other", "khac"}},
  };
  return kinds;
}

std::string trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

// "045" -> "45", " 7 " -> "7"; non-numeric text is compared folded.
std::string numberKey(std::string_view s) {
  std::string t = trimmed(s);
  if (!t.empty() && t.find_first_not_of("0123456789") == std::string::npos) {
    size_t nz = t.find_first_not_of('0');
    return nz == std::string::npos ? "0" : t.substr(nz);
  }
  return text::foldForSearch(t);
}

std::string dmy(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  return buf;
}

Error fieldError(const char* field, const std::string& vi, const std::string& en) {
  return makeError("block.invalid", vi, en, field);
}

void normalise(BlockNotice& n) {
  for (std::string* s : {&n.issuerKind, &n.issuer, &n.documentNumber, &n.gcnSerial, &n.parcelNumber, &n.mapSheet,
                         &n.commune, &n.owner, &n.reason, &n.source})
    *s = text::toNfc(trimmed(*s));
}

template <class T, class Work>
Result<T> guarded(storage::Database& db, Work&& work) {
  std::optional<Result<T>> out;
  Status st = db.transaction([&]() -> Status {
    out.emplace(work());
    if (!*out) return out->error();
    return {};
  });
  if (!st) return st.error();
  return std::move(*out);
}

// Two notices about one parcel: the same serial, or the same parcel number and sheet (and commune when both say).
bool sameParcel(const BlockNotice& a, const BlockNotice& b) {
  const std::string ka = storage::serialKey(a.gcnSerial), kb = storage::serialKey(b.gcnSerial);
  if (!ka.empty() && ka == kb) return true;
  if (a.parcelNumber.empty() || b.parcelNumber.empty() || numberKey(a.parcelNumber) != numberKey(b.parcelNumber) ||
      numberKey(a.mapSheet) != numberKey(b.mapSheet))
    return false;
  return a.commune.empty() || b.commune.empty() || text::foldForSearch(a.commune) == text::foldForSearch(b.commune);
}

}  // namespace

std::optional<std::string> issuerKindFromText(std::string_view typed) {
  const std::string folded = text::foldForSearch(trimmed(typed));
  for (const IssuerKind& k : issuerKinds())
    for (std::string_view w : k.words)
      if (folded == w) return std::string(k.code);
  return std::nullopt;
}

std::string_view issuerKindLabel(std::string_view code) {
  for (const IssuerKind& k : issuerKinds())
    if (k.code == code) return k.label;
  return code;
}

Status validateNotice(const BlockNotice& n, year_month_day today) {
  for (const std::string* s : {&n.issuerKind, &n.issuer, &n.documentNumber, &n.gcnSerial, &n.parcelNumber,
                               &n.mapSheet, &n.commune, &n.owner, &n.reason})
    if (!text::isValidUtf8(*s)) return fieldError("text", "Văn bản không phải UTF-8 hợp lệ", "Text is not valid UTF-8");
  if (!issuerKindFromText(n.issuerKind))
    return fieldError("issuer_kind", "Loại cơ quan phải là tòa án, thi hành án, công an hoặc khác: '" + n.issuerKind + "'",
                      "The issuer kind must be court, enforcement, police or other: '" + n.issuerKind + "'");
  if (trimmed(n.issuer).empty())
    return fieldError("issuer", "Thiếu tên cơ quan ban hành văn bản", "The issuing body is missing");
  if (trimmed(n.documentNumber).empty())
    return fieldError("document_number", "Thiếu số văn bản", "The document number is missing");
  if (!n.documentDate.ok() || static_cast<int>(n.documentDate.year()) < 1980)
    return fieldError("document_date", "Ngày văn bản không hợp lệ", "The document date is invalid");
  if (sys_days(n.documentDate) > sys_days(today))
    return fieldError("document_date", "Ngày văn bản " + dmy(n.documentDate) + " ở tương lai",
                      "The document date " + dmy(n.documentDate) + " is in the future");
  const bool bySerial = !storage::serialKey(n.gcnSerial).empty();
  const bool byNumber = !trimmed(n.parcelNumber).empty() && !trimmed(n.mapSheet).empty();
  if (!trimmed(n.parcelNumber).empty() != !trimmed(n.mapSheet).empty())
    return fieldError("parcel", "Số thửa và số tờ bản đồ phải ghi cùng nhau",
                      "The parcel number and the map sheet go together");
  if (!n.release && !bySerial && !byNumber)
    return fieldError("parcel", "Phải ghi số phát hành GCN hoặc số thửa và số tờ bản đồ",
                      "Give the certificate serial, or the parcel number and map sheet");
  return {};
}

bool noticeCovers(const BlockNotice& n, const model::Parcel& p, const std::string& officeCommune) {
  const std::string nKey = storage::serialKey(n.gcnSerial), pKey = storage::serialKey(p.serial);
  if (!nKey.empty() && !pKey.empty() && nKey == pKey) return true;
  if (n.parcelNumber.empty() || n.mapSheet.empty() || p.parcelNumber.empty() || p.mapSheet.empty()) return false;
  if (numberKey(n.parcelNumber) != numberKey(p.parcelNumber) || numberKey(n.mapSheet) != numberKey(p.mapSheet))
    return false;
  if (trimmed(n.commune).empty()) return true;
  const std::string commune = text::foldForSearch(n.commune);
  if (!officeCommune.empty() && (text::foldForSearch(officeCommune) == commune ||
                                 commune.ends_with(" " + text::foldForSearch(officeCommune))))
    return true;
  return text::foldForSearch(p.address).find(commune) != std::string::npos;
}

std::string describeNotice(const BlockNotice& n) {
  std::string out = std::string(n.release ? "Văn bản giải tỏa " : "Văn bản ngăn chặn ") + "số " + n.documentNumber +
                    " ngày " + dmy(n.documentDate) + " của " + n.issuer;
  std::string parcel;
  if (!n.gcnSerial.empty()) parcel = "GCN số phát hành " + n.gcnSerial;
  if (!n.parcelNumber.empty())
    parcel += (parcel.empty() ? "" : ", ") + std::string("thửa ") + n.parcelNumber + " tờ " + n.mapSheet +
              (n.commune.empty() ? "" : " " + n.commune);
  if (!parcel.empty()) out += " (" + parcel + ")";
  if (!n.reason.empty()) out += ": " + n.reason;
  return out;
}

Result<BlockNotice> BlockedParcels::block(BlockNotice n, const std::string& actor) {
  n.release = false;
  n.releases.reset();
  normalise(n);
  if (n.receivedAt == LocalDateTime{}) n.receivedAt = floor<seconds>(localNow());
  if (Status st = validateNotice(n, year_month_day(floor<days>(n.receivedAt))); !st) return st.error();
  n.issuerKind = *issuerKindFromText(n.issuerKind);
  n.recordedBy = text::toNfc(actor);
  if (n.source.empty()) n.source = "typed";
  return guarded<BlockNotice>(db_, [&]() -> Result<BlockNotice> {
    storage::RegisterStore store(db_);
    if (store.sameNotice(n))
      return makeError("block.duplicate", "Văn bản ngăn chặn này đã được ghi cho thửa đất này",
                       "This blocking notice is already recorded for this parcel", n.documentNumber);
    store.insertNotice(n);
    return n;
  });
}

Result<std::vector<BlockNotice>> BlockedParcels::release(BlockNotice n, const std::string& releasedDocument,
                                                         const std::string& actor) {
  n.release = true;
  normalise(n);
  if (n.receivedAt == LocalDateTime{}) n.receivedAt = floor<seconds>(localNow());
  if (Status st = validateNotice(n, year_month_day(floor<days>(n.receivedAt))); !st) return st.error();
  n.issuerKind = *issuerKindFromText(n.issuerKind);
  n.recordedBy = text::toNfc(actor);
  if (n.source.empty()) n.source = "typed";
  const std::string released = text::toNfc(trimmed(releasedDocument));
  if (released.empty())
    return makeError("block.invalid", "Thiếu số văn bản ngăn chặn được giải tỏa", "The released blocking document number is missing",
                     "releases_document");
  return guarded<std::vector<BlockNotice>>(db_, [&]() -> Result<std::vector<BlockNotice>> {
    storage::RegisterStore store(db_);
    const bool namesParcel = !storage::serialKey(n.gcnSerial).empty() || !n.parcelNumber.empty();
    std::vector<BlockNotice> out;
    for (const BlockNotice& b : store.activeBlocks()) {
      if (text::foldForSearch(b.documentNumber) != text::foldForSearch(released)) continue;
      if (namesParcel && !sameParcel(n, b)) continue;
      BlockNotice r = n;
      r.releases = b.id;
      // The release row carries the parcel it lifts, so the list shows it without a join.
      if (r.gcnSerial.empty()) r.gcnSerial = b.gcnSerial;
      if (r.parcelNumber.empty()) r.parcelNumber = b.parcelNumber, r.mapSheet = b.mapSheet;
      if (r.commune.empty()) r.commune = b.commune;
      if (r.owner.empty()) r.owner = b.owner;
      store.insertNotice(r);
      out.push_back(r);
    }
    if (out.empty())
      return makeError("block.nothing_to_release", "Không có văn bản ngăn chặn còn hiệu lực mang số này (cho thửa đã nêu)",
                       "No blocking notice in force has this number (for the parcel named)", released);
    return out;
  });
}

Result<std::vector<BlockNotice>> BlockedParcels::list(bool activeOnly) {
  try {
    storage::RegisterStore store(db_);
    return activeOnly ? store.activeBlocks() : store.notices();
  } catch (const std::exception& e) {
    return storage::storageError(e, db_.path());
  }
}

Result<std::vector<BlockNotice>> BlockedParcels::blocking(const model::Parcel& parcel, const std::string& officeCommune) {
  auto active = list(true);
  if (!active) return active.error();
  std::vector<BlockNotice> out;
  for (const BlockNotice& b : *active)
    if (noticeCovers(b, parcel, officeCommune)) out.push_back(b);
  return out;
}

}  // namespace landdesk::registry
