#include "model/case_terms_json.h"

#include <Poco/JSON/Array.h>

#include "text/unicode.h"
#include "util/datetime.h"

namespace landdesk::model {

using Poco::JSON::Array;
using Poco::JSON::Object;
using Date = std::optional<std::chrono::year_month_day>;

namespace {

Object::Ptr newObject() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

void setDate(Object& o, const char* key, const Date& d) { o.set(key, d ? isoDate(*d) : std::string()); }

// ---- writing ----

Object::Ptr termsToJson(const ContractTerms& t) {
  auto o = newObject();
  o->set("payment_method", t.paymentMethod);
  Array::Ptr payments = new Array;
  for (const Payment& p : t.payments) {
    auto po = newObject();
    setDate(*po, "date", p.date);
    po->set("amount", p.amount);
    po->set("note", p.note);
    payments->add(po);
  }
  o->set("payments", payments);
  setDate(*o, "handover_date", t.handoverDate);
  o->set("income_tax_payer", std::string(codeOf(t.incomeTaxPayer)));
  o->set("registration_fee_payer", std::string(codeOf(t.registrationFeePayer)));
  o->set("originals", t.originals);
  o->set("copies_per_side", t.copiesPerSide);
  o->set("gift_condition", t.giftCondition);
  o->set("subdivision_drawing", t.subdivisionDrawing);
  o->set("other_terms", t.otherTerms);
  return o;
}

Object::Ptr estateToJson(const Estate& e) {
  auto o = newObject();
  setDate(*o, "death_date", e.deathDate);
  o->set("death_place", e.deathPlace);
  auto cert = newObject();
  cert->set("number", e.deathCertificateNumber);
  setDate(*cert, "date", e.deathCertificateDate);
  cert->set("issuer", e.deathCertificateIssuer);
  o->set("death_certificate", cert);
  o->set("basis", std::string(codeOf(e.basis)));
  setDate(*o, "will_date", e.willDate);
  o->set("will_description", e.willDescription);
  if (e.survivingSpouse) o->set("surviving_spouse", static_cast<int>(*e.survivingSpouse));
  o->set("spouse_half_separated", e.spouseHalfSeparated);
  Array::Ptr heirs = new Array;
  for (const HeirShare& h : e.heirs) {
    auto ho = newObject();
    ho->set("party", static_cast<int>(h.party));
    ho->set("rank", h.rank);
    ho->set("share", h.share);
    ho->set("takes_land", h.takesLand);
    heirs->add(ho);
  }
  o->set("heirs", heirs);
  return o;
}

// ---- reading: each field named by its path ----

class Fields {
 public:
  Fields(Object::Ptr o, std::string path) : o_(std::move(o)), path_(std::move(path)) {}
  std::string at(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }
  bool has(const std::string& key) const { return o_->has(key) && !o_->isNull(key); }

  Status text(const std::string& key, std::string& out) const {
    if (!has(key)) return {};
    const Poco::Dynamic::Var v = o_->get(key);
    if (!v.isString()) return makeError("json.not_text", "Trường phải là chuỗi ký tự", "Field must be a string", at(key));
    std::string s = v.extract<std::string>();
    if (!text::isValidUtf8(s))
      return makeError("json.bad_utf8", "Trường chứa byte không phải UTF-8", "Field is not valid UTF-8", at(key));
    for (unsigned char c : s)
      if (c < 0x20 && c != '\n')
        return makeError("json.control_char", "Trường chứa ký tự điều khiển", "Field contains a control character", at(key));
    out = text::toNfc(s);
    return {};
  }
  Status date(const std::string& key, Date& out) const {
    std::string s;
    if (auto st = text(key, s); !st) return st;
    if (s.empty()) return {};
    out = parseCanonicalDate(s);
    if (!out) return makeError("json.bad_date", "Ngày không hợp lệ (cần YYYY-MM-DD)", "Invalid date (expected YYYY-MM-DD)", at(key) + " = " + s);
    return {};
  }
  Status integer(const std::string& key, int64_t& out, int64_t lo, int64_t hi) const {
    if (!has(key)) return {};
    const Poco::Dynamic::Var v = o_->get(key);
    if (!v.isInteger()) return makeError("json.not_integer", "Trường phải là số nguyên", "Field must be an integer", at(key));
    out = v.convert<int64_t>();
    if (out < lo || out > hi)
      return makeError("json.out_of_range", "Số nằm ngoài khoảng cho phép (" + std::to_string(lo) + "–" + std::to_string(hi) + ")",
                       "Number outside the allowed range (" + std::to_string(lo) + "–" + std::to_string(hi) + ")",
                       at(key) + " = " + std::to_string(out));
    return {};
  }
  Status boolean(const std::string& key, bool& out) const {
    if (!has(key)) return {};
    const Poco::Dynamic::Var v = o_->get(key);
    if (v.type() != typeid(bool)) return makeError("json.not_boolean", "Trường phải là true hoặc false", "Field must be true or false", at(key));
    out = v.extract<bool>();
    return {};
  }
  template <class E>
  Status code(const std::string& key, E& out) const {
    std::string s;
    if (auto st = text(key, s); !st) return st;
    if (s.empty()) return {};
    if (auto e = fromCode<E>(s)) {
      out = *e;
      return {};
    }
    return makeError("json.bad_code", "Giá trị không thuộc danh mục", "Value is not in the list", at(key) + " = " + s);
  }
  Status party(const std::string& key, size_t parties, size_t& out) const {
    int64_t i = -1;
    if (!has(key)) return makeError("json.missing", "Thiếu trường bắt buộc", "Missing required field", at(key));
    if (auto st = integer(key, i, 0, static_cast<int64_t>(parties) - 1); !st)
      return makeError("json.bad_party", "Phải là số thứ tự của một bên trong hồ sơ", "Must be the index of a party in the case", at(key));
    out = static_cast<size_t>(i);
    return {};
  }
  Status share(const std::string& key, std::string& out) const {
    if (auto st = text(key, out); !st) return st;
    if (out.empty()) return {};
    auto f = parseShare(out);
    if (!f) return makeError("json.bad_share", "Phần phải là phân số như 1/3 (không lớn hơn 1)", "A share must be a fraction like 1/3 (not above 1)", at(key) + " = " + out);
    out = shareText(*f);
    return {};
  }
  Result<std::vector<Fields>> list(const std::string& key) const {
    std::vector<Fields> out;
    if (!has(key)) return out;
    Array::Ptr arr = o_->getArray(key);
    if (!arr) return makeError("json.not_array", "Trường phải là danh sách", "Field must be a list", at(key));
    for (size_t i = 0; i < arr->size(); ++i) {
      Object::Ptr o = arr->getObject(static_cast<unsigned>(i));
      std::string path = at(key) + "[" + std::to_string(i) + "]";
      if (!o) return makeError("json.not_object", "Phần tử phải là đối tượng", "Element must be an object", path);
      out.emplace_back(o, path);
    }
    return out;
  }
  Result<std::optional<Fields>> object(const std::string& key) const {
    if (!has(key)) return std::optional<Fields>();
    Object::Ptr o = o_->getObject(key);
    if (!o) return makeError("json.not_object", "Trường phải là đối tượng", "Field must be an object", at(key));
    return std::optional<Fields>(Fields(o, at(key)));
  }

 private:
  Object::Ptr o_;
  std::string path_;
};

#define LD_TRY(expr)              \
  do {                            \
    if (auto s_ = (expr); !s_) return s_; \
  } while (0)

Status readTerms(const Fields& f, ContractTerms& t) {
  LD_TRY(f.text("payment_method", t.paymentMethod));
  auto payments = f.list("payments");
  if (!payments) return payments.error();
  for (const Fields& pf : *payments) {
    Payment p;
    LD_TRY(pf.date("date", p.date));
    LD_TRY(pf.integer("amount", p.amount, 0, 1'000'000'000'000'000));
    LD_TRY(pf.text("note", p.note));
    t.payments.push_back(std::move(p));
  }
  LD_TRY(f.date("handover_date", t.handoverDate));
  LD_TRY(f.code("income_tax_payer", t.incomeTaxPayer));
  LD_TRY(f.code("registration_fee_payer", t.registrationFeePayer));
  int64_t originals = t.originals, copies = t.copiesPerSide;
  LD_TRY(f.integer("originals", originals, 1, 20));
  LD_TRY(f.integer("copies_per_side", copies, 1, originals));
  t.originals = static_cast<int>(originals);
  t.copiesPerSide = static_cast<int>(copies);
  LD_TRY(f.text("gift_condition", t.giftCondition));
  LD_TRY(f.text("subdivision_drawing", t.subdivisionDrawing));
  LD_TRY(f.text("other_terms", t.otherTerms));
  return {};
}

Status readEstate(const Fields& f, size_t parties, Estate& e) {
  LD_TRY(f.date("death_date", e.deathDate));
  LD_TRY(f.text("death_place", e.deathPlace));
  auto cert = f.object("death_certificate");
  if (!cert) return cert.error();
  if (*cert) {
    LD_TRY((*cert)->text("number", e.deathCertificateNumber));
    LD_TRY((*cert)->date("date", e.deathCertificateDate));
    LD_TRY((*cert)->text("issuer", e.deathCertificateIssuer));
  }
  LD_TRY(f.code("basis", e.basis));
  LD_TRY(f.date("will_date", e.willDate));
  LD_TRY(f.text("will_description", e.willDescription));
  if (f.has("surviving_spouse")) {
    size_t i = 0;
    LD_TRY(f.party("surviving_spouse", parties, i));
    e.survivingSpouse = i;
  }
  LD_TRY(f.boolean("spouse_half_separated", e.spouseHalfSeparated));
  auto heirs = f.list("heirs");
  if (!heirs) return heirs.error();
  for (const Fields& hf : *heirs) {
    HeirShare h;
    LD_TRY(hf.party("party", parties, h.party));
    int64_t rank = 1;
    LD_TRY(hf.integer("rank", rank, 1, 3));
    h.rank = static_cast<int>(rank);
    LD_TRY(hf.share("share", h.share));
    LD_TRY(hf.boolean("takes_land", h.takesLand));
    e.heirs.push_back(std::move(h));
  }
  return {};
}

}  // namespace

void addTermsToJson(Object& caseJson, const Case& c) {
  if (Array::Ptr parcels = caseJson.getArray("parcels"))
    for (size_t i = 0; i < parcels->size() && i < c.parcels.size(); ++i) {
      if (c.parcels[i].owners.empty()) continue;
      Array::Ptr owners = new Array;
      for (const ParcelOwner& po : c.parcels[i].owners) {
        auto oo = newObject();
        oo->set("party", static_cast<int>(po.party));
        oo->set("share", po.share);
        owners->add(oo);
      }
      parcels->getObject(static_cast<unsigned>(i))->set("owners", owners);
    }
  if (c.terms) caseJson.set("terms", termsToJson(*c.terms));
  if (c.estate) caseJson.set("estate", estateToJson(*c.estate));
}

Status readTermsFromJson(const Object::Ptr& caseJson, Case& c) {
  const Fields root(caseJson, "");
  auto parcels = root.list("parcels");
  if (!parcels) return parcels.error();
  for (size_t i = 0; i < parcels->size() && i < c.parcels.size(); ++i) {
    auto owners = (*parcels)[i].list("owners");
    if (!owners) return owners.error();
    for (const Fields& of : *owners) {
      ParcelOwner po;
      LD_TRY(of.party("party", c.parties.size(), po.party));
      LD_TRY(of.share("share", po.share));
      c.parcels[i].owners.push_back(std::move(po));
    }
  }
  auto terms = root.object("terms");
  if (!terms) return terms.error();
  if (*terms) {
    ContractTerms t;
    LD_TRY(readTerms(**terms, t));
    c.terms = std::move(t);
  }
  auto estate = root.object("estate");
  if (!estate) return estate.error();
  if (*estate) {
    Estate e;
    LD_TRY(readEstate(**estate, c.parties.size(), e));
    c.estate = std::move(e);
  }
  return {};
}

}  // namespace landdesk::model
