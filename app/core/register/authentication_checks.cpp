#include "register/authentication_checks.h"

#include <algorithm>
#include <cstdio>

#include "register/blocked_parcels.h"
#include "storage/register_store.h"
#include "storage/storage_error.h"
#include "text/unicode.h"

namespace landdesk::registry {

namespace {

using namespace std::chrono;
using model::CaseKind;
using model::Kinship;
using model::PartyRole;

constexpr const char* kArt9 = "Nghị định 23/2015/NĐ-CP, Điều 9 khoản 3";
constexpr const char* kSpouses = "Luật Hôn nhân và gia đình 2014, Điều 35 khoản 2 điểm a";
constexpr const char* kAdult = "Bộ luật Dân sự 2015, Điều 20, Điều 21";
constexpr const char* kHeirs = "Bộ luật Dân sự 2015, Điều 651";
constexpr const char* kTransferConditions = "Luật Đất đai 2024, Điều 45";

bool isInheritance(CaseKind k) {
  return k == CaseKind::InheritanceDivision || k == CaseKind::InheritanceDeclaration || k == CaseKind::InheritanceRefusal;
}
bool givingRole(PartyRole r) { return r == PartyRole::Transferor || r == PartyRole::Donor; }
bool receivingRole(PartyRole r) { return r == PartyRole::Transferee || r == PartyRole::Donee; }
bool heirRole(PartyRole r) { return r == PartyRole::Heir || r == PartyRole::RenouncingHeir; }

std::string dmy(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  return buf;
}

// "parties[from] is the <k> of parties[to]" seen from the other side.
Kinship inverse(Kinship k) {
  switch (k) {
    case Kinship::Parent: return Kinship::Child;
    case Kinship::Child: return Kinship::Parent;
    case Kinship::AdoptiveParent: return Kinship::AdoptedChild;
    case Kinship::AdoptedChild: return Kinship::AdoptiveParent;
    case Kinship::ParentInLaw: return Kinship::ChildInLaw;
    case Kinship::ChildInLaw: return Kinship::ParentInLaw;
    case Kinship::Grandparent: return Kinship::Grandchild;
    case Kinship::Grandchild: return Kinship::Grandparent;
    default: return k;
  }
}

// What party `who` is to party `of`, from the case's relationships in either direction.
std::optional<Kinship> kinshipTo(const model::Case& c, size_t who, size_t of) {
  for (const model::Relationship& r : c.relationships) {
    if (r.from == who && r.to == of) return r.kinship;
    if (r.from == of && r.to == who) return inverse(r.kinship);
  }
  return std::nullopt;
}

// Heir rank (Civil Code art. 651) of a kinship to the deceased; 0 when it gives no rank (in-laws, other).
int heirRank(Kinship k) {
  switch (k) {
    case Kinship::Spouse:
    case Kinship::Parent:
    case Kinship::Child:
    case Kinship::AdoptiveParent:
    case Kinship::AdoptedChild: return 1;
    case Kinship::Grandparent:
    case Kinship::Grandchild:
    case Kinship::Sibling: return 2;
    default: return 0;
  }
}

class Checklist {
 public:
  void pass(std::string code, std::string vi, std::string en, std::string basis = {}) {
    add(std::move(code), FindingLevel::Passed, std::move(vi), std::move(en), std::move(basis));
  }
  void warn(std::string code, std::string vi, std::string en, std::string basis = {}) {
    add(std::move(code), FindingLevel::Warning, std::move(vi), std::move(en), std::move(basis));
  }
  void block(std::string code, std::string vi, std::string en, std::string basis = {}) {
    add(std::move(code), FindingLevel::Blocking, std::move(vi), std::move(en), std::move(basis));
  }
  CheckReport report;

 private:
  void add(std::string code, FindingLevel level, std::string vi, std::string en, std::string basis) {
    report.findings.push_back({std::move(code), level, std::move(vi), std::move(en), std::move(basis)});
  }
};

void checkParties(Checklist& out, const model::Case& c, const CheckOptions& o) {
  const auto has = [&](auto pred) {
    return std::any_of(c.parties.begin(), c.parties.end(), [&](const model::CaseParty& p) { return pred(p.role); });
  };
  const bool representative = has([](PartyRole r) { return r == PartyRole::Representative; });
  if (!isInheritance(c.kind)) {
    const bool giving = has(givingRole), receiving = has(receivingRole);
    if (!giving || !receiving)
      out.block("parties.missing_side", "Hồ sơ phải có bên chuyển nhượng/tặng cho và bên nhận",
                "The case needs both a transferring (giving) party and a receiving party");
    else
      out.pass("parties.sides", "Có đủ hai bên của hợp đồng", "Both sides of the contract are present");
    // Both spouses dispose of common property together.
    for (size_t i = 0; i < c.parties.size(); ++i) {
      const model::CaseParty& p = c.parties[i];
      if (!givingRole(p.role) || p.party.maritalStatus != model::MaritalStatus::Married) continue;
      const bool spouseSigns = p.spouse && *p.spouse < c.parties.size() &&
                               (givingRole(c.parties[*p.spouse].role) || c.parties[*p.spouse].role == PartyRole::Representative);
      if (spouseSigns) {
        out.pass("parties.spouse", "Vợ/chồng của " + p.party.fullName + " cùng là bên giao kết",
                 p.party.fullName + "'s spouse is also a party", kSpouses);
      } else if (o.separateProperty || representative) {
        out.warn("parties.spouse_absent",
                 p.party.fullName + " đã kết hôn, vợ/chồng không ký: chỉ được khi là tài sản riêng (có giấy tờ chứng minh) hoặc có văn bản ủy quyền",
                 p.party.fullName + " is married and the spouse does not sign: only for separate property (with proof) or with an authorisation",
                 kSpouses);
      } else {
        out.block("parties.spouse_missing",
                  p.party.fullName + " đã kết hôn: tài sản chung phải có cả vợ và chồng cùng ký (vợ/chồng chưa có trong hồ sơ)",
                  p.party.fullName + " is married: common property needs both spouses (the spouse is not in the case)",
                  kSpouses);
      }
    }
    // Every co-owner named on the certificate disposes of the right.
    for (const model::CaseParcel& cp : c.parcels)
      for (const model::ParcelOwner& owner : cp.owners)
        if (owner.party >= c.parties.size() || !givingRole(c.parties[owner.party].role)) {
          const std::string name = owner.party < c.parties.size() ? c.parties[owner.party].party.fullName : "#" + std::to_string(owner.party);
          if (representative)
            out.warn("parties.owner_represented", "Đồng sử dụng " + name + " không ký: cần văn bản ủy quyền",
                     "Co-owner " + name + " does not sign: an authorisation is needed", kTransferConditions);
          else
            out.block("parties.owner_missing", "Người cùng sử dụng thửa đất " + name + " chưa là bên chuyển nhượng/tặng cho",
                      "Co-owner " + name + " of the parcel is not a transferring party", kTransferConditions);
        }
    return;
  }
  // Inheritance: the deceased, and every heir of the rank that inherits.
  std::optional<size_t> deceased;
  for (size_t i = 0; i < c.parties.size(); ++i)
    if (c.parties[i].role == PartyRole::Deceased) deceased = i;
  const bool refusal = c.kind == CaseKind::InheritanceRefusal;
  const bool anyHeir = refusal ? has([](PartyRole r) { return r == PartyRole::RenouncingHeir; })
                               : has([](PartyRole r) { return r == PartyRole::Heir; });
  if (!deceased) out.block("parties.no_deceased", "Chưa có người để lại di sản trong hồ sơ", "The deceased is not in the case", kHeirs);
  if (!anyHeir)
    out.block("parties.no_heir", refusal ? "Chưa có người từ chối nhận di sản" : "Chưa có người thừa kế trong hồ sơ",
              refusal ? "No renouncing heir in the case" : "No heir in the case", kHeirs);
  if (!deceased || !anyHeir) return;
  int bestRank = 99;
  for (size_t i = 0; i < c.parties.size(); ++i) {
    if (i == *deceased) continue;
    auto k = kinshipTo(c, i, *deceased);
    const int rank = k ? heirRank(*k) : 0;
    if (heirRole(c.parties[i].role)) {
      if (!k)
        out.warn("parties.heir_relation_unknown", "Chưa ghi quan hệ của " + c.parties[i].party.fullName + " với người để lại di sản",
                 "The relation of " + c.parties[i].party.fullName + " to the deceased is not recorded", kHeirs);
      else if (rank > 0) bestRank = std::min(bestRank, rank);
    } else if (rank == 1 && !refusal) {
      out.block("parties.heir_not_signing",
                c.parties[i].party.fullName + " là người thừa kế hàng thứ nhất nhưng không tham gia với tư cách người thừa kế",
                c.parties[i].party.fullName + " is a first-rank heir but not taking part as an heir", kHeirs);
    }
  }
  if (c.estate) {
    for (const model::HeirShare& h : c.estate->heirs)
      if (h.party >= c.parties.size() || !heirRole(c.parties[h.party].role))
        out.block("parties.heir_missing", "Người thừa kế #" + std::to_string(h.party + 1) + " trong phần di sản không có mặt trong hồ sơ",
                  "Heir #" + std::to_string(h.party + 1) + " of the estate is not a party of the case", kHeirs);
    if (c.estate->survivingSpouse && (*c.estate->survivingSpouse >= c.parties.size() ||
                                      !heirRole(c.parties[*c.estate->survivingSpouse].role)))
      out.block("parties.spouse_heir_missing", "Vợ/chồng còn sống của người để lại di sản phải tham gia (hàng thừa kế thứ nhất)",
                "The surviving spouse must take part (first-rank heir)", kHeirs);
  }
  for (size_t i = 0; i < c.parties.size(); ++i) {
    if (!heirRole(c.parties[i].role)) continue;
    auto k = kinshipTo(c, i, *deceased);
    if (k && heirRank(*k) > bestRank)
      out.warn("parties.heir_rank", c.parties[i].party.fullName + " thuộc hàng thừa kế sau, trong khi đã có người hàng trước",
               c.parties[i].party.fullName + " is of a later rank while an earlier-rank heir exists", kHeirs);
  }
  out.pass("parties.heirs", "Có người để lại di sản và người thừa kế", "The deceased and the heirs are present", kHeirs);
}

void checkAdults(Checklist& out, const model::Case& c, year_month_day on) {
  for (const model::CaseParty& p : c.parties) {
    if (p.role == PartyRole::Deceased) continue;
    const std::string& name = p.party.fullName;
    if (!p.party.birthDate) {
      out.block("party.no_birth_date", name + ": chưa có ngày sinh, không xác định được đã thành niên",
                name + ": no birth date, cannot tell the party is an adult", kAdult);
      continue;
    }
    auto age = ageOn(*p.party.birthDate, on);
    if (!age)
      out.warn("party.adult_uncertain", name + ": chỉ biết năm sinh " + std::to_string(p.party.birthDate->year) + ", kiểm tra đủ 18 tuổi trên giấy tờ",
               name + ": only the birth year is known; check on the ID that the party is 18", kAdult);
    else if (*age < 18)
      out.block("party.minor", name + " chưa đủ 18 tuổi vào ngày " + dmy(on) + " (" + std::to_string(*age) + " tuổi): phải có người đại diện theo pháp luật",
                name + " is under 18 on " + dmy(on) + " (" + std::to_string(*age) + "): a legal representative must act", kAdult);
    else
      out.pass("party.adult", name + " đã thành niên (" + std::to_string(*age) + " tuổi)", name + " is an adult (" + std::to_string(*age) + ")", kAdult);
  }
}

void checkIds(Checklist& out, const PaperRules& rules, const model::Case& c, year_month_day on) {
  for (const model::CaseParty& p : c.parties) {
    if (p.role == PartyRole::Deceased) continue;
    const std::string& name = p.party.fullName;
    if (p.party.idDocuments.empty()) {
      out.block("id.missing", name + ": chưa có giấy tờ tùy thân", name + ": no ID document");
      continue;
    }
    std::optional<IdVerdict> best;
    for (const model::IdDocument& d : p.party.idDocuments) {
      IdVerdict v = judgeIdDocument(rules, d, p.party.birthDate, on);
      if (!best || (v.acceptable && (!best->acceptable || (v.certain && !best->certain)))) best = v;
    }
    if (!best->acceptable) {
      const bool cmnd = std::all_of(p.party.idDocuments.begin(), p.party.idDocuments.end(),
                                    [](const model::IdDocument& d) { return d.type == model::IdType::Cmnd; });
      out.block(best->expires ? "id.expired" : (cmnd ? "id.cmnd_not_accepted" : "id.not_accepted"), name + ": " + best->vi,
                name + ": " + best->en, best->basis);
    } else if (!best->certain) {
      out.warn("id.check_expiry", name + ": " + best->vi, name + ": " + best->en, best->basis);
    } else {
      out.pass("id.ok", name + ": " + best->vi, name + ": " + best->en, best->basis);
    }
  }
}

void checkPapers(Checklist& out, const PaperRules& rules, const model::Case& c, year_month_day on) {
  const bool marriedOwner = std::any_of(c.parties.begin(), c.parties.end(), [](const model::CaseParty& p) {
    return givingRole(p.role) && p.party.maritalStatus == model::MaritalStatus::Married;
  });
  const bool representative = std::any_of(c.parties.begin(), c.parties.end(),
                                          [](const model::CaseParty& p) { return p.role == PartyRole::Representative; });
  for (const RequiredPaper* paper : rules.requiredFor(c.kind, on)) {
    if (paper->condition == PaperCondition::MarriedOwner && !marriedOwner) continue;
    if (paper->condition == PaperCondition::Representative && !representative) continue;
    const std::string basis = paper->source.citation();
    bool present = false;
    if (paper->scope == PaperScope::SigningParty) {
      present = std::all_of(c.parties.begin(), c.parties.end(), [](const model::CaseParty& p) {
        return p.role == PartyRole::Deceased || !p.party.idDocuments.empty();
      });
    } else {
      present = std::any_of(c.documents.begin(), c.documents.end(),
                            [&](const model::SourceDocument& d) { return d.kind == paper->paper; });
    }
    if (present) out.pass("paper.present", "Có: " + paper->nameVi, "Present: " + paper->nameEn, basis);
    else out.block("paper.missing", "Thiếu giấy tờ: " + paper->nameVi, "Missing paper: " + paper->nameEn, basis);
  }
}

void checkParcels(Checklist& out, storage::Database& db, const model::OfficeProfile& office, const model::Case& c) {
  if (c.parcels.empty()) {
    out.block("parcel.none", "Hồ sơ chưa có thửa đất", "The case has no parcel");
    return;
  }
  storage::RegisterStore store(db);
  BlockedParcels blocks(db);
  for (const model::CaseParcel& cp : c.parcels) {
    const model::Parcel& p = cp.parcel;
    const std::string label = "số " + p.parcelNumber + ", tờ bản đồ " + p.mapSheet + (p.serial.empty() ? "" : " (GCN " + p.serial + ")");
    const std::string labelEn = "parcel " + p.parcelNumber + " sheet " + p.mapSheet + (p.serial.empty() ? "" : " (GCN " + p.serial + ")");
    auto others = store.openCasesOnParcel(c.id, storage::serialKey(p.serial),
                                          p.mapSheet.empty() ? std::string() : p.parcelNumber, p.mapSheet);
    for (const storage::ParcelConflict& o : others) {
      const auto status = model::fromCode<model::CaseStatus>(o.status);
      const std::string statusVi = status ? std::string(model::term(*status).vi) : o.status;
      out.block("parcel.other_open_case", "Thửa đất " + label + " đang ở hồ sơ khác chưa kết thúc: " + o.caseCode + " (" + statusVi + ")",
                "The " + labelEn + " is in another open case: " + o.caseCode + " (" + o.status + ")", kTransferConditions);
    }
    if (others.empty())
      out.pass("parcel.no_other_case", "Thửa đất " + label + " không ở hồ sơ nào khác đang giải quyết",
               "The " + labelEn + " is in no other open case");
    auto blocking = blocks.blocking(p, office.commune);
    if (!blocking) throw std::runtime_error(blocking.error().en);
    for (const BlockNotice& n : *blocking)
      out.block("parcel.blocked", "Thửa đất " + label + " đang bị ngăn chặn: " + describeNotice(n),
                "The " + labelEn + " is blocked: " + describeNotice(n), kTransferConditions);
    if (blocking->empty())
      out.pass("parcel.not_blocked", "Thửa đất " + label + " không có văn bản ngăn chặn còn hiệu lực",
               "No blocking notice in force for the " + labelEn);
  }
}

void checkSigner(Checklist& out, const model::OfficeProfile& office, const model::Case& c, const SignerDeclaration& d) {
  if (office.signerName.empty()) {
    out.block("signer.not_set", "Chưa thiết lập người ký chứng thực (signer.name)", "The signer is not set (signer.name)");
    return;
  }
  const std::string signer = text::foldForSearch(office.signerName);
  for (const model::CaseParty& p : c.parties) {
    if (text::foldForSearch(p.party.fullName) != signer) continue;
    if (d.homonymConfirmed)
      out.warn("signer.homonym", "Người ký trùng tên với " + p.party.fullName + " (cán bộ xác nhận là người khác)",
               "The signer shares the name of " + p.party.fullName + " (confirmed another person)", kArt9);
    else
      out.block("signer.is_party", "Người ký chứng thực " + office.signerName + " trùng tên với một bên (" + p.party.fullName +
                                       "): không được chứng thực việc của chính mình; nếu là người khác, xác nhận trùng tên",
                "The signer " + office.signerName + " has the name of a party (" + p.party.fullName +
                    "): no one authenticates their own deal; confirm a homonym if it is another person",
                kArt9);
  }
  if (!d.declared) {
    out.block("signer.undeclared", "Chưa khai báo người ký có quan hệ thân thích với bên nào không",
              "Not yet declared whether the signer is related to a party", kArt9);
    return;
  }
  if (d.relatedParty || d.kinship) {
    const std::string who = d.relatedParty && *d.relatedParty < c.parties.size() ? c.parties[*d.relatedParty].party.fullName : "một bên";
    const model::Kinship k = d.kinship.value_or(model::Kinship::Other);
    if (isCloseKin(k))
      out.block("signer.related", "Người ký là " + std::string(model::term(k).vi) + " của " + who + ": phải do người khác ký chứng thực",
                "The signer is the " + std::string(model::term(k).en) + " of " + who + ": another signer must act", kArt9);
    else
      out.warn("signer.other_relation", "Người ký có quan hệ khác (không thuộc thân thích) với " + who,
               "The signer has another (not close-kin) relation to " + who, kArt9);
    return;
  }
  out.pass("signer.unrelated", "Người ký " + office.signerName + " không có quan hệ thân thích với các bên (cán bộ đã khai báo)",
           "The signer " + office.signerName + " is not related to any party (declared)", kArt9);
}

}  // namespace

bool CheckReport::blocked() const {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.level == FindingLevel::Blocking; });
}

std::vector<const Finding*> CheckReport::blocking() const {
  std::vector<const Finding*> out;
  for (const Finding& f : findings)
    if (f.level == FindingLevel::Blocking) out.push_back(&f);
  return out;
}

bool isCloseKin(model::Kinship k) { return k != model::Kinship::Other; }

std::optional<int> ageOn(const model::BirthDate& b, year_month_day on) {
  const int years = static_cast<int>(on.year()) - b.year;
  if (b.yearOnly()) {
    // Born some day of that year: certainly that age minus one, certainly not more.
    if (years - 1 >= 18 || years < 18) return years >= 18 ? years - 1 : years;
    return std::nullopt;
  }
  const bool beforeBirthday = month{b.month} > on.month() || (month{b.month} == on.month() && day{b.day} > on.day());
  return years - (beforeBirthday ? 1 : 0);
}

Result<CheckReport> checkBeforeAuthentication(storage::Database& db, const PaperRules& papers,
                                              const model::OfficeProfile& office, const model::Case& c,
                                              const CheckOptions& options) {
  if (!options.on.ok()) return makeError("check.bad_date", "Ngày chứng thực không hợp lệ", "Invalid authentication date");
  Checklist out;
  checkParties(out, c, options);
  checkAdults(out, c, options.on);
  checkIds(out, papers, c, options.on);
  checkPapers(out, papers, c, options.on);
  try {
    checkParcels(out, db, office, c);
  } catch (const std::exception& e) {
    return storage::storageError(e, db.path());
  }
  checkSigner(out, office, c, options.signer);
  return out.report;
}

}  // namespace landdesk::registry
