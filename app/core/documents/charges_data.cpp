// Money and paper lists of the data tree: tax estimate, authentication fee, register number, papers handed in,
// papers to bring, what to add, and the transmittal list.
#include <functional>
#include <map>

#include "documents/data_parts.h"
#include "rules/tax_estimate.h"
#include "text/number_format.h"

namespace landdesk::documents::parts {

using namespace landdesk::model;

namespace {

rules::Date localDay(Ymd d) { return rules::Date(std::chrono::sys_days(d).time_since_epoch()); }

std::string feeKind(CaseKind k) {
  switch (k) {
    case CaseKind::TransferWhole: return "transfer";
    case CaseKind::TransferPart: return "partial_transfer";
    case CaseKind::Gift: return "gift";
    case CaseKind::InheritanceDivision: return "inheritance_division";
    case CaseKind::InheritanceDeclaration: return "inheritance_declaration";
    case CaseKind::InheritanceRefusal: return "inheritance_renunciation";
  }
  return "";
}

// Who the recipient is for the relationship exemptions: the donee (to the donor), the heir taking the land (to
// the deceased).
std::string relationshipFor(const Case& c) {
  if (c.kind == CaseKind::Gift) {
    const auto a = sideParties(c, true), b = sideParties(c, false);
    if (a.empty() || b.empty()) return "unrelated";
    // The closest relationship any donee has with any donor decides (a couple gives to their child).
    for (size_t donee : b)
      for (size_t donor : a)
        if (auto code = taxRelationshipCode(c, donee, donor); code != "unrelated" && code != "other_relative") return code;
    return taxRelationshipCode(c, b.front(), a.front());
  }
  std::optional<size_t> deceased, taker;
  for (size_t i = 0; i < c.parties.size(); ++i) {
    if (c.parties[i].role == PartyRole::Deceased && !deceased) deceased = i;
    if (c.parties[i].role == PartyRole::Heir && !taker) taker = i;
  }
  if (c.estate)
    for (const HeirShare& h : c.estate->heirs)
      if (h.takesLand && h.party < c.parties.size()) {
        taker = h.party;
        break;
      }
  if (!deceased || !taker) return "unrelated";
  return taxRelationshipCode(c, *taker, *deceased);
}

// The land-price-table value of the case's parcels at the commune-wide position-1 price of the office's commune (the
// case does not yet record street, zone or position); nullopt with the reason as a note when the table has no price.
std::optional<int64_t> tableValue(const Case& c, const OfficeProfile& office, Ymd date, const DocumentContext& context,
                                  const std::function<void(const std::string&)>& note) {
  std::vector<std::pair<std::string, Decimal>> purposes;
  for (const auto& p : c.parcels)
    for (const auto& lp : p.parcel.purposes)
      purposes.emplace_back(lp.code, p.transferredArea && p.parcel.purposes.size() == 1 ? *p.transferredArea : lp.area);
  if (purposes.empty()) return std::nullopt;
  auto value = context.rules->landPrices.value(rules::LandPriceLocation{office.commune, "", "", 1}, purposes, localDay(date));
  if (!value) {
    note("Chưa tra được bảng giá đất: " + value.error().vi);
    return std::nullopt;
  }
  note("Giá đất theo bảng giá (vị trí 1, giá chung của xã " + office.commune + "): " + text::formatInteger(value->total) +
       " đồng; căn cứ: " + value->lines.front().row->source.citation());
  return value->total;
}

Obj taxes(const Case& c, const OfficeProfile& office, Ymd date, const DocumentContext& context, int64_t total,
          const Decimal& area) {
  Obj o = object();
  Arr lines = array(), notes = array();
  int64_t sum = 0;
  const std::string kind = rules::taxKindOf(c.kind);
  const ContractTerms t = c.terms.value_or(ContractTerms{});
  auto note = [&](const std::string& text) {
    Obj n = object();
    n->set("noi_dung", text);
    notes->add(n);
  };
  if (kind.empty()) {
    note("Từ chối nhận di sản không phát sinh thuế thu nhập cá nhân, lệ phí trước bạ.");
  } else if (!context.rules) {
    note("Chưa có dữ liệu thuế suất để ước tính.");
  } else {
    rules::TaxRequest request;
    request.kind = kind;
    request.date = localDay(date);
    request.price = total;
    request.area = area;
    request.tableValue = tableValue(c, office, date, context, note);
    if (kind != "transfer") request.relationship = relationshipFor(c);
    request.flags = context.taxFlags;
    auto estimate = rules::estimateTaxes(context.rules->taxes, request);
    if (!estimate) {
      note("Chưa ước tính được: " + estimate.error().vi);
    } else {
      for (const rules::TaxLine& l : estimate->lines) {
        Obj line = object();
        line->set("stt", static_cast<int>(lines->size() + 1));
        line->set("ten", l.vi);
        line->set("co_so", l.base);
        line->set("so_tien", l.amount);
        line->set("can_cu", l.basis);
        const bool pit = l.family == "pit";
        std::string payer = kind == "transfer" ? std::string(sideLabel(pit ? t.incomeTaxPayer : t.registrationFeePayer))
                            : kind == "gift"   ? "Bên B"
                                               : "Người nhận thừa kế";
        line->set("nguoi_nop", payer);
        lines->add(line);
      }
      sum = estimate->total;
      for (const rules::TaxNote& n : estimate->notes) note(n.vi);
    }
  }
  o->set("dong", lines);
  o->set("tong", sum);
  o->set("ghi_chu", notes);
  return o;
}

Obj fees(const Case& c, Ymd date, const DocumentContext& context) {
  Obj o = object();
  Arr lines = array();
  int64_t sum = 0;
  if (context.rules) {
    rules::FeeRequest request;
    request.kind = feeKind(c.kind);
    request.date = localDay(date);
    if (auto quote = context.rules->fees.quote(request)) {
      for (const rules::FeeLine& l : quote->lines) {
        Obj line = object();
        line->set("stt", static_cast<int>(lines->size() + 1));
        line->set("ten", l.vi);
        line->set("so_tien", l.amount);
        line->set("can_cu", quote->row ? quote->row->source.citation() : std::string());
        lines->add(line);
      }
      sum = quote->total;
    }
  }
  o->set("dong", lines);
  o->set("tong", sum);
  return o;
}

Obj paperLine(const std::string& name, const std::string& form, int64_t count) {
  Obj o = object();
  o->set("ten", name);
  o->set("hinh_thuc", form);
  o->set("so_luong", count);
  return o;
}

}  // namespace

void addCharges(Obj root, const Case& c, const OfficeProfile& office, Ymd date, const DocumentContext& context) {
  int64_t total = 0;
  Decimal area;
  for (const auto& p : c.parcels) {
    total += p.price.value_or(0);
    area = area.plus(p.transferredArea.value_or(p.parcel.area)).value_or(area);
  }
  Obj tax = taxes(c, office, date, context, total, area);
  Obj fee = fees(c, date, context);
  root->set("thue", tax);
  root->set("le_phi", fee);
  root->set("tong_thue_phi", tax->getValue<int64_t>("tong") + fee->getValue<int64_t>("tong"));

  Obj auth = object();
  const auto& n = context.authentication;
  auth->set("so", n ? std::to_string(n->number) : std::string());
  auth->set("quyen_so", n ? (n->book < 10 ? "0" : "") + std::to_string(n->book) : std::string());
  auth->set("so_chung_thuc_text",
            n ? (n->text.empty() ? authenticationNumberText(office.registerNumberFormat, *n) : n->text) : std::string());
  setDate(auth, "ngay", n && n->date.ok() ? n->date : date);
  auth->set("so_to", n ? n->sheets : 0);
  auth->set("so_trang", n ? n->pages : 0);
  auth->set("le_phi", fee->getValue<int64_t>("tong"));
  auth->set("co_so", n.has_value());
  root->set("chung_thuc", auth);
}

void addPapers(Obj root, const Case& c, const OfficeProfile& office, Ymd date, const DocumentContext& context) {
  // Papers received, grouped by kind in the order the vocabulary lists kinds; scans and photos count as copies,
  // the originals being shown at the counter.
  std::map<DocumentKind, int64_t> received;
  for (const SourceDocument& d : c.documents) ++received[d.kind];
  Arr handed = array();
  for (const auto& t : model::terms<DocumentKind>())
    if (auto it = received.find(t.value); it != received.end()) {
      Obj line = paperLine(std::string(t.vi), "Bản sao", it->second);
      line->set("stt", static_cast<int>(handed->size() + 1));
      handed->add(line);
    }
  root->set("giay_to_nop", handed);
  root->set("so_giay_to_nop", static_cast<int>(handed->size()));

  Arr bring = array(), requests = array();
  auto request = [&](const std::string& text) {
    Obj r = object();
    r->set("stt", static_cast<int>(requests->size() + 1));
    r->set("noi_dung", text);
    requests->add(r);
  };
  const PaperList* list = context.papers ? context.papers->listFor(c.kind, localDay(date)) : nullptr;
  if (list)
    for (const PaperItem& item : list->items) {
      const bool have = item.documentKind && received.contains(*item.documentKind);
      Obj line = paperLine(item.name, item.form, item.count);
      line->set("stt", static_cast<int>(bring->size() + 1));
      line->set("ghi_chu", item.note);
      line->set("da_nop", have);
      bring->add(line);
      if (!have && item.required && item.documentKind) request(item.name + " (" + item.form + ")");
    }
  for (const std::string& r : context.requests) request(r);
  root->set("giay_to_can_mang", bring);
  root->set("yeu_cau_bo_sung", requests);
  root->set("co_yeu_cau_bo_sung", requests->size() > 0);

  // Transmittal to the land registration office and the tax office (legal-facts §5).
  Obj handoff = object();
  Arr to = array(), papers = array();
  for (const std::string& name : {"Văn phòng đăng ký đất đai tỉnh " + office.province, "Thuế tỉnh " + office.province}) {
    Obj r = object();
    r->set("stt", static_cast<int>(to->size() + 1));
    r->set("ten", name);
    to->add(r);
  }
  papers->add(paperLine(mainDocumentTitle(c) + " đã chứng thực", "Bản chính", 1));
  papers->add(paperLine("Giấy chứng nhận quyền sử dụng đất", "Bản chính", static_cast<int64_t>(c.parcels.size())));
  if (c.kind != CaseKind::InheritanceRefusal) papers->add(paperLine("Đơn đăng ký biến động đất đai (Mẫu số 18)", "Bản chính", 1));
  if (c.kind == CaseKind::TransferPart) papers->add(paperLine("Đơn đề nghị tách thửa đất, hợp thửa đất", "Bản chính", 1));
  for (const auto& t : model::terms<DocumentKind>())
    if (auto it = received.find(t.value); it != received.end() && t.value != DocumentKind::LandCertificate)
      papers->add(paperLine(std::string(t.vi), "Bản sao", it->second));
  for (size_t i = 0; i < papers->size(); ++i) papers->getObject(static_cast<unsigned>(i))->set("stt", static_cast<int>(i + 1));
  handoff->set("noi_nhan", to);
  handoff->set("giay_to", papers);
  root->set("ban_giao", handoff);
}

}  // namespace landdesk::documents::parts
