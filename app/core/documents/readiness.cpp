#include "documents/readiness.h"

#include <algorithm>

#include "documents/data_parts.h"
#include "model/share.h"
#include "text/number_format.h"

namespace landdesk::documents {

using namespace landdesk::model;

namespace {

bool isInheritance(CaseKind k) {
  return k == CaseKind::InheritanceDivision || k == CaseKind::InheritanceDeclaration || k == CaseKind::InheritanceRefusal;
}
bool isTransfer(CaseKind k) { return k == CaseKind::TransferWhole || k == CaseKind::TransferPart; }

class Findings {
 public:
  std::vector<Finding> list;

  void add(std::string id, Severity s, std::string vi, std::string en, std::string subject = {},
           std::optional<size_t> party = {}, std::optional<size_t> parcel = {}) {
    list.push_back({std::move(id), s, std::move(vi), std::move(en), std::move(subject), party, parcel, {}});
  }
  void party(const Case& c, size_t i, std::string id, Severity s, std::string vi, std::string en) {
    add(std::move(id), s, std::move(vi), std::move(en), c.parties[i].party.fullName, i);
  }
  void parcel(const Case& c, size_t i, std::string id, Severity s, std::string vi, std::string en) {
    const Parcel& p = c.parcels[i].parcel;
    add(std::move(id), s, std::move(vi), std::move(en), "Thửa " + p.parcelNumber + ", tờ bản đồ " + p.mapSheet, std::nullopt, i);
  }
};

void checkOffice(const OfficeProfile& office, Findings& f) {
  for (const std::string& key : missingOfficeSettings(office)) {
    std::string vi = key, en = key;
    for (const auto& s : officeSettings())
      if (key == s.key) vi = s.vi, en = s.en;
    f.add("office.missing", Severity::Blocking, "Chưa thiết lập \"" + vi + "\" (Thiết lập → Cơ quan)",
          "The office setting \"" + en + "\" is not set (Settings → Office)", key);
    f.list.back().setting = key;
  }
}

void checkParties(const Case& c, const std::vector<size_t>& signers, Findings& f) {
  for (size_t i : signers) {
    const Party& p = c.parties[i].party;
    if (p.idDocuments.empty() || p.idDocuments.front().number.empty())
      f.party(c, i, "party.no_id", Severity::Blocking, "Chưa có số giấy tờ tùy thân (CCCD, thẻ căn cước, hộ chiếu)",
              "No ID document number (citizen ID card, identity card, passport)");
    if (!p.birthDate)
      f.party(c, i, "party.no_birth", Severity::Warning, "Chưa có ngày (năm) sinh", "No birth date or year");
    if (p.permanentAddress.empty())
      f.party(c, i, "party.no_address", Severity::Warning, "Chưa có nơi thường trú", "No permanent address");
    if (!p.sex)
      f.party(c, i, "party.no_sex", Severity::Warning, "Chưa có giới tính: văn bản sẽ ghi \"Ông/Bà\"",
              "Sex not recorded: the document will say \"Ông/Bà\"");
  }
}

// Disposing of common property needs both spouses (Marriage and Family Law art. 35): a married transferor or donor
// without the spouse in the case cannot sign alone.
void checkSpouses(const Case& c, const std::vector<size_t>& sideA, Findings& f) {
  for (size_t i : sideA) {
    const CaseParty& cp = c.parties[i];
    if (cp.party.maritalStatus == MaritalStatus::Married && !cp.spouse)
      f.party(c, i, "spouse.missing", Severity::Blocking,
              "Đã kết hôn nhưng chưa có thông tin vợ/chồng (cả hai vợ chồng ký khi định đoạt tài sản chung)",
              "Married, but the spouse is not in the case (both spouses sign to dispose of common property)");
    else if (cp.spouse && std::find(sideA.begin(), sideA.end(), *cp.spouse) == sideA.end() &&
             c.parties[*cp.spouse].role != PartyRole::Deceased)
      f.party(c, i, "spouse.other_side", Severity::Warning, "Vợ/chồng không cùng bên ký (cần văn bản ủy quyền hoặc chứng minh tài sản riêng)",
              "The spouse is not on the same side (an authorisation or proof of separate property is needed)");
  }
}

void checkParcels(const Case& c, Findings& f) {
  if (c.parcels.empty()) {
    f.add("parcel.none", Severity::Blocking, "Hồ sơ chưa có thửa đất nào", "The case has no parcel");
    return;
  }
  for (size_t i = 0; i < c.parcels.size(); ++i) {
    const CaseParcel& cp = c.parcels[i];
    const Parcel& p = cp.parcel;
    if (p.parcelNumber.empty() || p.mapSheet.empty())
      f.parcel(c, i, "parcel.no_number", Severity::Blocking, "Chưa có số thửa hoặc số tờ bản đồ", "No parcel or map sheet number");
    if (p.serial.empty())
      f.parcel(c, i, "parcel.no_certificate", Severity::Blocking, "Chưa có số phát hành Giấy chứng nhận", "No certificate serial number");
    if (p.purposes.empty()) {
      f.parcel(c, i, "parcel.no_purpose", Severity::Warning, "Chưa có mục đích sử dụng đất", "No purpose of use");
    } else {
      Decimal sum;
      for (const LandPurpose& lp : p.purposes) sum = sum.plus(lp.area).value_or(sum);
      if (sum != p.area)
        f.parcel(c, i, "parcel.area_mismatch", Severity::Blocking,
                 "Tổng diện tích theo mục đích (" + text::formatDecimal(sum) + " m²) khác diện tích thửa (" +
                     text::formatDecimal(p.area) + " m²)",
                 "The purposes' areas add up to " + text::formatDecimal(sum) + " m², the parcel has " +
                     text::formatDecimal(p.area) + " m²");
    }
    if (c.kind == CaseKind::TransferPart && !cp.transferredArea && c.parcels.size() == 1)
      f.parcel(c, i, "parcel.no_part_area", Severity::Blocking, "Chưa có diện tích phần chuyển nhượng", "No area for the transferred part");
    if (cp.transferredArea && (*cp.transferredArea <= Decimal() || *cp.transferredArea >= p.area))
      f.parcel(c, i, "parcel.bad_part_area", Severity::Blocking, "Diện tích chuyển nhượng phải lớn hơn 0 và nhỏ hơn diện tích thửa",
               "The transferred area must be above 0 and below the parcel's area");
    if (isTransfer(c.kind) && !cp.price)
      f.parcel(c, i, "price.missing", Severity::Blocking, "Chưa có giá chuyển nhượng", "No transfer price");
    if (c.kind == CaseKind::Gift && !cp.price)
      f.parcel(c, i, "value.missing", Severity::Warning, "Chưa có giá trị tặng cho (để ước tính thuế, lệ phí)",
               "No declared value (needed for the tax estimate)");
    std::vector<Fraction> shares;
    bool allShares = !cp.owners.empty();
    for (const ParcelOwner& o : cp.owners) {
      if (auto s = parseShare(o.share)) shares.push_back(*s);
      else allShares = false;
    }
    if (allShares && cp.owners.size() > 1 && sumShares(shares) != Fraction{1, 1})
      f.parcel(c, i, "owners.shares", Severity::Blocking, "Phần của các đồng sử dụng cộng lại không bằng 1",
               "The co-owners' shares do not add up to 1");
  }
}

void checkTerms(const Case& c, Findings& f) {
  if (!isTransfer(c.kind) && c.kind != CaseKind::Gift) return;
  if (!c.terms) {
    f.add("terms.defaults", Severity::Warning,
          "Chưa ghi điều khoản hợp đồng: dùng mặc định (Bên A nộp thuế TNCN, Bên B nộp lệ phí trước bạ, 04 bản chính)",
          "No contract terms recorded: defaults used (A pays PIT, B pays the registration fee, 4 originals)");
    return;
  }
  if (isTransfer(c.kind)) {
    if (c.terms->paymentMethod.empty())
      f.add("terms.no_payment_method", Severity::Warning, "Chưa ghi phương thức thanh toán", "No payment method");
    int64_t price = 0, paid = 0;
    for (const auto& p : c.parcels) price += p.price.value_or(0);
    for (const auto& p : c.terms->payments) paid += p.amount;
    if (!c.terms->payments.empty() && paid != price)
      f.add("terms.payments_total", Severity::Blocking,
            "Tổng các đợt thanh toán (" + text::formatInteger(paid) + " đồng) khác giá chuyển nhượng (" + text::formatInteger(price) + " đồng)",
            "The payments add up to " + text::formatInteger(paid) + " đồng, the price is " + text::formatInteger(price) + " đồng");
  }
}

void checkEstate(const Case& c, Findings& f) {
  std::optional<size_t> deceased;
  std::vector<size_t> heirs, renouncing;
  for (size_t i = 0; i < c.parties.size(); ++i) {
    if (c.parties[i].role == PartyRole::Deceased && !deceased) deceased = i;
    if (c.parties[i].role == PartyRole::Heir) heirs.push_back(i);
    if (c.parties[i].role == PartyRole::RenouncingHeir) renouncing.push_back(i);
  }
  if (!deceased)
    f.add("estate.no_deceased", Severity::Blocking, "Chưa có người để lại di sản", "The deceased is not in the case");
  if (c.kind == CaseKind::InheritanceRefusal ? renouncing.empty() : heirs.empty())
    f.add("estate.no_heirs", Severity::Blocking,
          c.kind == CaseKind::InheritanceRefusal ? "Chưa có người từ chối nhận di sản" : "Chưa có người thừa kế",
          c.kind == CaseKind::InheritanceRefusal ? "No renouncing heir" : "No heirs");
  if (!c.estate) {
    f.add("estate.no_record", Severity::Blocking, "Chưa có thông tin di sản (ngày chết, giấy chứng tử, diện thừa kế)",
          "No estate data (date of death, death certificate, basis)");
    return;
  }
  const Estate& e = *c.estate;
  if (!e.deathDate)
    f.add("estate.no_death_date", Severity::Blocking, "Chưa có ngày chết của người để lại di sản", "No date of death");
  if (e.deathCertificateNumber.empty())
    f.add("estate.no_certificate", Severity::Blocking, "Chưa có số giấy chứng tử / trích lục khai tử", "No death certificate number");
  if (deceased && c.parties[*deceased].party.maritalStatus == MaritalStatus::Married && !e.survivingSpouse)
    f.party(c, *deceased, "estate.no_spouse", Severity::Warning,
            "Người để lại di sản đã kết hôn: chưa ghi vợ/chồng còn sống (hoặc đã chết) để tách phần tài sản chung",
            "The deceased was married: the surviving spouse is not recorded (to separate the common half)");
  if (c.kind != CaseKind::InheritanceDivision) return;
  std::vector<Fraction> shares;
  bool anyTaker = false;
  for (size_t i : heirs) {
    const HeirShare* h = nullptr;
    for (const HeirShare& s : e.heirs)
      if (s.party == i) h = &s;
    if (!h || h->share.empty()) {
      f.party(c, i, "heir.no_share", Severity::Blocking, "Chưa ghi phần di sản được hưởng (ví dụ 1/3)", "No share recorded (e.g. 1/3)");
      continue;
    }
    anyTaker = anyTaker || h->takesLand;
    if (auto s = parseShare(h->share)) shares.push_back(*s);
  }
  if (shares.size() == heirs.size() && !heirs.empty() && sumShares(shares) != Fraction{1, 1})
    f.add("heir.shares_total", Severity::Blocking, "Phần của những người thừa kế cộng lại không bằng 1", "The heirs' shares do not add up to 1");
  if (!heirs.empty() && !anyTaker)
    f.add("heir.no_taker", Severity::Warning, "Chưa ghi người nhận quyền sử dụng đất", "Nobody is marked as taking the land");
}

void checkTemplate(const Case& c, const TemplateEntry& t, std::chrono::year_month_day date, const DocumentContext& context,
                   Findings& f) {
  if (!t.serves(c.kind))
    f.add("template.kind", Severity::Blocking, "Mẫu \"" + t.title + "\" không dùng cho loại hồ sơ này",
          "Template \"" + t.title + "\" does not serve this case kind");
  if (!t.inForce(date))
    f.add("template.not_in_force", Severity::Blocking, "Mẫu \"" + t.title + "\" không có hiệu lực vào ngày lập văn bản",
          "Template \"" + t.title + "\" is not in force on the document date");
  for (const std::string& need : t.needs) {
    // A template for every kind lists the sections of all kinds (ben_b for contracts, di_san for estates) and
    // shows each under {#la_…}: a section lacks only where the case's kind has one.
    if (need == "ben_b" && !isInheritance(c.kind) && parts::sideParties(c, false).empty())
      f.add("needs.ben_b", Severity::Blocking, "Mẫu cần Bên B nhưng hồ sơ chưa có", "The template needs side B, the case has none");
    if (need == "ben_a" && parts::sideParties(c, true).empty())
      f.add("needs.ben_a", Severity::Blocking, "Mẫu cần Bên A nhưng hồ sơ chưa có", "The template needs side A, the case has none");
    if (need == "di_san" && isInheritance(c.kind) && !c.estate)
      f.add("needs.di_san", Severity::Blocking, "Mẫu cần thông tin di sản (ngày chết, giấy chứng tử) nhưng hồ sơ chưa có",
            "The template needs the estate data (date of death, death certificate), the case has none");
    if (need == "chung_thuc" && !context.authentication)
      f.add("needs.chung_thuc", Severity::Warning, "Chưa có số chứng thực: văn bản để trống số, quyển số",
            "No register number yet: the number and book stay blank");
    if ((need == "thue" || need == "le_phi") && !context.rules)
      f.add("needs." + need, Severity::Blocking, "Chưa đọc được dữ liệu thuế, phí", "The tax and fee data could not be read");
    if (need == "giay_to_can_mang" && !context.papers)
      f.add("needs.giay_to_can_mang", Severity::Blocking, "Chưa đọc được danh mục giấy tờ cần mang", "The list of papers could not be read");
  }
}

}  // namespace

std::vector<Finding> checkReadiness(const Case& c, const OfficeProfile& office, const TemplateEntry* entry,
                                    std::chrono::year_month_day date, const DocumentContext& context) {
  Findings f;
  checkOffice(office, f);
  if (entry) checkTemplate(c, *entry, date, context, f);
  const std::vector<size_t> a = parts::sideParties(c, true), b = parts::sideParties(c, false);
  if (a.empty() && !isInheritance(c.kind))
    f.add("party.no_side_a", Severity::Blocking, "Chưa có bên chuyển nhượng / tặng cho", "No transferor or donor");
  if (b.empty() && !isInheritance(c.kind))
    f.add("party.no_side_b", Severity::Blocking, "Chưa có bên nhận chuyển nhượng / được tặng cho", "No transferee or donee");
  std::vector<size_t> signers = a;
  signers.insert(signers.end(), b.begin(), b.end());
  checkParties(c, signers, f);
  if (!isInheritance(c.kind)) checkSpouses(c, a, f);
  checkParcels(c, f);
  checkTerms(c, f);
  if (isInheritance(c.kind)) checkEstate(c, f);
  return std::move(f.list);
}

bool hasBlocking(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Blocking; });
}

const char* severityCode(Severity s) { return s == Severity::Blocking ? "blocking" : "warning"; }

}  // namespace landdesk::documents
