#include "verify/cross_checks.h"

#include <set>

#include "storage/case_repository.h"
#include "storage/register_store.h"
#include "text/unicode.h"
#include "util/datetime.h"

namespace landdesk::verify {

namespace {

using std::chrono::year_month_day;

std::string valueOf(const model::SourceDocument& d, std::string_view name) {
  for (const model::ExtractedField& f : d.fields)
    if (f.name == name) return f.value;
  return {};
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '.')) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> cardNames(const model::Case& c) {
  std::vector<std::string> names;
  for (const model::SourceDocument& d : c.documents)
    if (d.kind == model::DocumentKind::IdCard)
      if (auto n = valueOf(d, "full_name"); !n.empty()) names.push_back(text::toNfc(n));
  return names;
}

std::vector<std::string> ownerNames(const model::Case& c) {
  std::vector<std::string> names;
  for (const model::SourceDocument& d : c.documents)
    if (d.kind == model::DocumentKind::LandCertificate)
      for (const model::ExtractedField& f : d.fields)
        if (f.name.starts_with("owners.") && f.name.ends_with(".full_name") && !f.value.empty())
          names.push_back(text::toNfc(f.value));
  return names;
}

}  // namespace

std::vector<CrossCheck> checkOwnerNames(const model::Case& c) {
  std::vector<CrossCheck> out;
  const auto cards = cardNames(c);
  for (const std::string& owner : ownerNames(c)) {
    const std::string folded = text::foldForSearch(owner);
    const std::string* exact = nullptr;
    const std::string* close = nullptr;
    for (const std::string& card : cards) {
      if (card == owner) exact = &card;
      else if (text::foldForSearch(card) == folded) close = &card;
    }
    if (exact)
      out.push_back({"names.match", false, "Chủ GCN " + owner + " khớp tên trên CCCD",
                     "GCN owner " + owner + " matches an ID card"});
    else if (close)
      out.push_back({"names.diacritics", true,
                     "Tên chủ GCN \"" + owner + "\" khác dấu với tên trên CCCD \"" + *close + "\": kiểm tra chính tả",
                     "GCN owner \"" + owner + "\" differs in diacritics from the ID card's \"" + *close + "\""});
    else
      out.push_back({"names.no_card", true, "Chưa có CCCD nào mang tên chủ GCN " + owner,
                     "No ID card carries the name of GCN owner " + owner});
  }
  return out;
}

std::vector<CrossCheck> checkIdValidity(const registry::PaperRules& rules, const model::Case& c, year_month_day on) {
  std::vector<CrossCheck> out;
  std::set<std::string> judged;
  auto judge = [&](const std::string& name, const model::IdDocument& doc, const std::optional<model::BirthDate>& birth) {
    if (doc.number.empty() || !judged.insert(doc.number).second) return;
    const registry::IdVerdict v = registry::judgeIdDocument(rules, doc, birth, on);
    std::string code = "id.ok";
    if (!v.acceptable) code = v.expires ? "id.expired" : (doc.type == model::IdType::Cmnd ? "id.cmnd_not_accepted" : "id.not_accepted");
    else if (!v.certain) code = "id.check_expiry";
    out.push_back({code, !v.acceptable || !v.certain, name + ": " + v.vi, name + ": " + v.en});
  };
  for (const model::SourceDocument& d : c.documents) {
    if (d.kind != model::DocumentKind::IdCard) continue;
    model::IdDocument doc;
    doc.number = valueOf(d, "id_number");
    doc.type = doc.number.size() == 9 ? model::IdType::Cmnd : model::IdType::Cccd;
    doc.issueDate = parseCanonicalDate(valueOf(d, "issue_date"));
    judge(valueOf(d, "full_name"), doc, model::BirthDate::fromCanonical(valueOf(d, "birth_date")));
  }
  for (const model::CaseParty& p : c.parties) {
    if (p.role == model::PartyRole::Deceased || p.party.idDocuments.empty()) continue;
    // The current card is listed first; an old CMND kept to link older GCNs is no ID offered.
    judge(p.party.fullName, p.party.idDocuments.front(), p.party.birthDate);
  }
  return out;
}

std::string communeOf(std::string_view address) {
  const std::string folded = text::foldForSearch(address);
  size_t start = 0;
  while (start <= folded.size()) {
    size_t end = folded.find(',', start);
    if (end == std::string::npos) end = folded.size();
    const std::string part = trimmed(std::string_view(folded).substr(start, end - start));
    for (std::string_view prefix : {"xa ", "phuong ", "thi tran "})
      if (part.starts_with(prefix)) return part;
    start = end + 1;
  }
  return {};
}

std::vector<CrossCheck> checkParcelsElsewhere(storage::Database& db, const model::Case& c) {
  struct Wanted { std::string serial, number, sheet, commune; };
  std::vector<Wanted> wanted;
  for (const model::CaseParcel& cp : c.parcels)
    wanted.push_back({cp.parcel.serial, cp.parcel.parcelNumber, cp.parcel.mapSheet, communeOf(cp.parcel.address)});
  for (const model::SourceDocument& d : c.documents)
    if (d.kind == model::DocumentKind::LandCertificate)
      wanted.push_back({valueOf(d, "serial"), valueOf(d, "parcel_no"), valueOf(d, "map_sheet"),
                        communeOf(valueOf(d, "address"))});
  std::vector<CrossCheck> out;
  std::set<std::string> reported;
  storage::RegisterStore store(db);
  for (const Wanted& w : wanted) {
    const std::string key = storage::serialKey(w.serial);
    const bool byNumber = !w.number.empty() && !w.sheet.empty();
    if (key.empty() && !byNumber) continue;
    const std::string label = "thửa " + w.number + ", tờ " + w.sheet + (w.serial.empty() ? "" : ", GCN " + w.serial);
    const std::string labelEn = "parcel " + w.number + ", sheet " + w.sheet + (w.serial.empty() ? "" : ", GCN " + w.serial);
    if (!reported.insert(key + "|" + w.number + "|" + w.sheet).second) continue;
    bool found = false;
    for (const storage::ParcelConflict& o : store.openCasesOnParcel(c.id, key, byNumber ? w.number : "", w.sheet)) {
      if (key.empty() || storage::serialKey(o.serial) != key) {
        // Matched by number and sheet only: sheets are numbered per commune, so another commune is another parcel.
        auto other = db.cases().byId(o.caseId);
        if (!other) continue;
        bool sameCommune = false;
        for (const model::CaseParcel& op : other->parcels) {
          if (op.parcel.parcelNumber != w.number || op.parcel.mapSheet != w.sheet) continue;
          const std::string commune = communeOf(op.parcel.address);
          sameCommune = sameCommune || w.commune.empty() || commune.empty() || commune == w.commune;
        }
        if (!sameCommune) continue;
      }
      found = true;
      out.push_back({"parcel.other_open_case", true, "Thửa đất (" + label + ") đang ở hồ sơ khác chưa kết thúc: " + o.caseCode,
                     "The parcel (" + labelEn + ") is in another open case: " + o.caseCode});
    }
    if (!found)
      out.push_back({"parcel.no_other_case", false, "Thửa đất (" + label + ") không ở hồ sơ nào khác đang giải quyết",
                     "The parcel (" + labelEn + ") is in no other open case"});
  }
  return out;
}

Result<std::vector<CrossCheck>> crossCheckCase(storage::Database& db, const model::Case& c, year_month_day on) {
  auto rules = registry::loadPaperRules();
  if (!rules) return rules.error();
  std::vector<CrossCheck> out = checkOwnerNames(c);
  for (auto& x : checkIdValidity(*rules, c, on)) out.push_back(std::move(x));
  try {
    for (auto& x : checkParcelsElsewhere(db, c)) out.push_back(std::move(x));
  } catch (const std::exception& e) {
    return makeError("verify.parcel_check", "Không kiểm tra được thửa đất trong các hồ sơ khác",
                     "Could not check the parcel against other cases", e.what());
  }
  return out;
}

}  // namespace landdesk::verify
