// The top of the data tree: office, signer, case head, sides, parcels and terms (docs/template-data.md).
#include "documents/document_data.h"

#include <cstdio>

#include "documents/data_parts.h"
#include "text/names.h"
#include "text/number_format.h"
#include "util/datetime.h"

namespace landdesk::documents {

using namespace landdesk::model;
using namespace parts;

namespace parts {

Decimal minus(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.scale(), b.scale());
  const auto x = a.rescaled(scale), y = b.rescaled(scale);
  if (!x || !y) return Decimal();
  return Decimal(x->units() - y->units(), scale);
}

Obj parcel(const Case& c, size_t index) {
  const CaseParcel& cp = c.parcels[index];
  const Parcel& p = cp.parcel;
  Obj o = object();
  o->set("stt", static_cast<int>(index + 1));
  o->set("so_thua", p.parcelNumber);
  o->set("to_ban_do", p.mapSheet);
  o->set("dia_chi", p.address);
  o->set("dien_tich", p.area.canonical());
  o->set("hinh_thuc", std::string(term(p.useForm).vi));
  Arr purposes = array();
  std::string purposeText;
  for (size_t k = 0; k < p.purposes.size(); ++k) {
    const LandPurpose& lp = p.purposes[k];
    Obj po = object();
    po->set("stt", static_cast<int>(k + 1));
    po->set("ma", lp.code);
    po->set("ten", lp.name);
    po->set("dien_tich", lp.area.canonical());
    purposes->add(po);
    purposeText += (purposeText.empty() ? "" : "; ") + (lp.name.empty() ? lp.code : lp.name + " (" + lp.code + ")") + " " +
                   text::formatDecimal(lp.area) + " m²";
  }
  o->set("muc_dich", purposes);
  o->set("nhieu_muc_dich", p.purposes.size() > 1);
  o->set("muc_dich_vb", purposeText);
  o->set("thoi_han", p.term);
  o->set("nguon_goc", p.origin);
  o->set("tai_san", p.assets);
  o->set("co_tai_san", !p.assets.empty());
  Obj gcn = object();
  gcn->set("so_phat_hanh", p.serial);
  gcn->set("so_vao_so", p.registerNumber);
  gcn->set("co_quan_cap", p.issuer);
  setDate(gcn, "ngay_cap", p.issueDate);
  o->set("gcn", gcn);
  o->set("gia", cp.price.value_or(0));
  o->set("co_gia_thua", cp.price.has_value());
  const bool part = cp.transferredArea.has_value();
  o->set("chuyen_mot_phan", part);
  o->set("dien_tich_chuyen", (part ? *cp.transferredArea : p.area).canonical());
  o->set("dien_tich_con_lai", part ? minus(p.area, *cp.transferredArea).canonical() : std::string("0"));
  o->set("ban_ve", part && c.terms ? c.terms->subdivisionDrawing : std::string());
  o->set("dong_su_dung", cp.owners.size() > 1);
  Arr owners = array();
  std::vector<size_t> others;
  for (size_t k = 0; k < cp.owners.size(); ++k) {
    if (cp.owners[k].party >= c.parties.size()) continue;
    Obj owner = person(c, cp.owners[k].party, others, false);
    owner->set("stt", static_cast<int>(k + 1));
    owner->set("phan", cp.owners[k].share);
    owners->add(owner);
  }
  o->set("chu_su_dung", owners);
  return o;
}

Obj terms(const Case& c) {
  const ContractTerms t = c.terms.value_or(ContractTerms{});
  Obj o = object();
  o->set("phuong_thuc_thanh_toan", t.paymentMethod);
  std::optional<Ymd> last;
  Arr payments = array();
  for (size_t k = 0; k < t.payments.size(); ++k) {
    const Payment& p = t.payments[k];
    Obj po = object();
    po->set("stt", static_cast<int>(k + 1));
    setDate(po, "ngay", p.date);
    po->set("so_tien", p.amount);
    po->set("ghi_chu", p.note);
    payments->add(po);
    if (p.date && (!last || std::chrono::sys_days(*p.date) > std::chrono::sys_days(*last))) last = p.date;
  }
  setDate(o, "thoi_han_thanh_toan", last);
  o->set("dot_thanh_toan", payments);
  o->set("co_dot_thanh_toan", !t.payments.empty());
  setDate(o, "ngay_giao_dat", t.handoverDate);
  o->set("ben_nop_thue_tncn", std::string(sideLabel(t.incomeTaxPayer)));
  o->set("ben_nop_lptb", std::string(sideLabel(t.registrationFeePayer)));
  o->set("so_ban_chinh", t.originals);
  o->set("so_ban_moi_ben", t.copiesPerSide);
  o->set("so_ban_luu", 1);
  o->set("dieu_kien_tang_cho", t.giftCondition);
  o->set("co_dieu_kien_tang_cho", !t.giftCondition.empty());
  o->set("thoa_thuan_khac", t.otherTerms);
  return o;
}

}  // namespace parts

namespace {

Obj office(const OfficeProfile& p) {
  Obj o = object();
  o->set("ten_ubnd", p.peoplesCommittee());
  o->set("ten_ubnd_hoa", text::upperCase(p.peoplesCommittee()));
  o->set("dia_danh", p.placeName());
  o->set("loai", p.communeType);
  o->set("xa", p.commune);
  o->set("tinh", p.province);
  o->set("dia_chi", p.address);
  o->set("dien_thoai", p.phone);
  o->set("trung_tam", p.serviceCentreName());
  o->set("trung_tam_hoa", text::upperCase(p.serviceCentreName()));
  return o;
}

Obj officer(const std::string& name, const std::string& title) {
  Obj o = object();
  o->set("ho_ten", name);
  o->set("ho_ten_hoa", text::upperCase(name));
  o->set("chuc_danh", title);
  o->set("chuc_danh_hoa", text::upperCase(title));
  return o;
}

std::string clock(LocalDateTime t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::hh_mm_ss hms(t - day);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()));
  return buf;
}

Ymd dayOf(LocalDateTime t) { return Ymd(std::chrono::floor<std::chrono::days>(t)); }

std::string timeLimitText(const Case& c, const DocumentContext& context) {
  if (!context.rules) return {};
  const auto* rule = context.rules->deadlines.procedure("authentication_transaction", std::chrono::floor<std::chrono::days>(c.receivedAt));
  if (!rule) return {};
  if (rule->amount == 0) return "Trong ngày";
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(rule->amount));
  const char* unit = rule->unit == rules::DeadlineUnit::WorkingDays    ? " ngày làm việc"
                     : rule->unit == rules::DeadlineUnit::WorkingHours ? " giờ làm việc"
                                                                         : " ngày";
  return buf + std::string(unit);
}

Obj caseHead(const Case& c, const DocumentContext& context) {
  Obj o = object();
  o->set("ma", c.code);
  o->set("ma_qr", c.code);
  o->set("loai", std::string(codeOf(c.kind)));
  o->set("ten_loai", std::string(term(c.kind).vi));
  o->set("kenh", std::string(term(c.channel).vi));
  setDate(o, "ngay_nhan", dayOf(c.receivedAt));
  o->set("gio_nhan", clock(c.receivedAt));
  setDate(o, "ngay_hen_tra", c.dueAt ? std::optional(dayOf(*c.dueAt)) : std::nullopt);
  o->set("gio_hen_tra", c.dueAt ? clock(*c.dueAt) : std::string());
  o->set("can_bo", c.officer);
  o->set("thoi_han", timeLimitText(c, context));
  o->set("so_bo", 1);
  return o;
}

struct SideLabels {
  const char* a;
  const char* aLower;
  const char* b;
  const char* bLower;
};

SideLabels labelsOf(CaseKind kind) {
  switch (kind) {
    case CaseKind::TransferWhole:
    case CaseKind::TransferPart: return {"BÊN CHUYỂN NHƯỢNG", "Bên chuyển nhượng", "BÊN NHẬN CHUYỂN NHƯỢNG", "Bên nhận chuyển nhượng"};
    case CaseKind::Gift: return {"BÊN TẶNG CHO", "Bên tặng cho", "BÊN ĐƯỢC TẶNG CHO", "Bên được tặng cho"};
    case CaseKind::InheritanceRefusal: return {"NGƯỜI TỪ CHỐI NHẬN DI SẢN", "Người từ chối nhận di sản", "", ""};
    default: return {"NGƯỜI THỪA KẾ", "Người thừa kế", "", ""};
  }
}

}  // namespace

std::string authenticationNumberText(const std::string& format, const AuthenticationNumber& n) {
  auto two = [](int64_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(v));
    return std::string(buf);
  };
  std::string out = format;
  for (auto [key, value] : {std::pair<std::string, std::string>{"{number}", two(n.number)}, {"{book}", two(n.book)},
                            {"{year}", std::to_string(n.year)}})
    for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size())) out.replace(at, key.size(), value);
  return out;
}

std::string mainDocumentTitle(const Case& c) {
  bool assets = false;
  for (const auto& p : c.parcels) assets = assets || !p.parcel.assets.empty();
  switch (c.kind) {
    case CaseKind::TransferWhole:
      return assets ? "Hợp đồng chuyển nhượng quyền sử dụng đất và tài sản gắn liền với đất"
                    : "Hợp đồng chuyển nhượng quyền sử dụng đất";
    case CaseKind::TransferPart: return "Hợp đồng chuyển nhượng một phần thửa đất";
    case CaseKind::Gift: return "Hợp đồng tặng cho quyền sử dụng đất";
    case CaseKind::InheritanceDivision: return "Văn bản thỏa thuận phân chia di sản";
    case CaseKind::InheritanceDeclaration: return "Văn bản khai nhận di sản";
    case CaseKind::InheritanceRefusal: return "Văn bản từ chối nhận di sản";
  }
  return {};
}

Poco::JSON::Object::Ptr buildDocumentData(const Case& c, const OfficeProfile& profile, Ymd date, const DocumentContext& context) {
  Obj root = object();
  setDate(root, "ngay_lap", date);
  root->set("co_quan", office(profile));
  Obj signer = officer(profile.signerName, profile.signerTitle);
  signer->set("ky_thay", profile.signerActingFor);
  signer->set("co_ky_thay", !profile.signerActingFor.empty());
  root->set("nguoi_ky", signer);
  root->set("nguoi_tiep_nhan", officer(profile.receivingOfficer, profile.receivingOfficerTitle));
  root->set("ho_so", caseHead(c, context));
  const bool inheritance = c.kind == CaseKind::InheritanceDivision || c.kind == CaseKind::InheritanceDeclaration ||
                           c.kind == CaseKind::InheritanceRefusal;
  root->set("la_chuyen_nhuong", c.kind == CaseKind::TransferWhole || c.kind == CaseKind::TransferPart);
  root->set("la_mot_phan", c.kind == CaseKind::TransferPart);
  root->set("la_tang_cho", c.kind == CaseKind::Gift);
  root->set("la_thua_ke", inheritance);
  root->set("la_phan_chia", c.kind == CaseKind::InheritanceDivision);
  root->set("la_khai_nhan", c.kind == CaseKind::InheritanceDeclaration);
  root->set("la_tu_choi", c.kind == CaseKind::InheritanceRefusal);
  const std::string title = mainDocumentTitle(c);
  root->set("ten_van_ban", title);
  root->set("ten_van_ban_hoa", text::upperCase(title));

  // Parties of A are related to B (gift: "con đẻ"); heirs are related to the deceased.
  const std::vector<size_t> a = sideParties(c, true), b = sideParties(c, false);
  std::vector<size_t> deceased;
  for (size_t i = 0; i < c.parties.size(); ++i)
    if (c.parties[i].role == PartyRole::Deceased) deceased.push_back(i);
  const SideLabels labels = labelsOf(c.kind);
  Obj sideA = side(c, a, inheritance ? deceased : b, labels.a, labels.aLower);
  Obj sideB = side(c, b, a, labels.b, labels.bLower);
  Arr sides = array();
  for (auto [s, mark] : {std::pair{sideA, "Bên A"}, std::pair{sideB, "Bên B"}}) {
    if (s->getValue<int>("so_nguoi") == 0) continue;
    Obj copy = object();
    for (const auto& key : s->getNames()) copy->set(key, s->get(key));
    copy->set("ky_hieu", std::string(mark));
    sides->add(copy);
  }
  Obj applicant = object();
  if (!a.empty()) {
    applicant = person(c, orderedWithSpouses(c, a).front(), {}, false);
    applicant->set("dia_chi", c.parties[orderedWithSpouses(c, a).front()].party.permanentAddress);
  }
  root->set("nguoi_nop", applicant);
  root->set("ben_a", sideA);
  root->set("ben_b", sideB);
  root->set("cac_ben", sides);

  Arr parcels = array();
  int64_t total = 0;
  bool priced = false;
  Decimal area, transferred;
  for (size_t i = 0; i < c.parcels.size(); ++i) {
    parcels->add(parcel(c, i));
    total += c.parcels[i].price.value_or(0);
    priced = priced || c.parcels[i].price.has_value();
    area = area.plus(c.parcels[i].parcel.area).value_or(area);
    transferred = transferred.plus(c.parcels[i].transferredArea.value_or(c.parcels[i].parcel.area)).value_or(transferred);
  }
  root->set("thua_dat", parcels);
  root->set("so_thua", static_cast<int>(c.parcels.size()));
  root->set("nhieu_thua", c.parcels.size() > 1);
  root->set("tong_gia", total);
  root->set("co_gia", priced);
  root->set("tong_dien_tich", area.canonical());
  root->set("tong_dien_tich_chuyen", transferred.canonical());
  root->set("hop_dong", terms(c));
  root->set("co_di_san", inheritance);
  root->set("di_san", estate(c));
  addCharges(root, c, profile, date, context);
  addPapers(root, c, profile, date, context);
  return root;
}

}  // namespace landdesk::documents
