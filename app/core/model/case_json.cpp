#include "model/case_json.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include "model/case_terms_json.h"
#include "text/unicode.h"
#include "util/datetime.h"

namespace landdesk::model {

using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

Object::Ptr newObject() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

void setDate(Object& o, const char* key, const std::optional<std::chrono::year_month_day>& d) {
  if (d) o.set(key, isoDate(*d));
}

// ---- writing ----

Object::Ptr partyToJson(const CaseParty& cp) {
  const Party& p = cp.party;
  auto o = newObject();
  if (p.id) o->set("id", p.id);
  o->set("role", std::string(codeOf(cp.role)));
  o->set("full_name", p.fullName);
  if (p.birthDate) o->set("birth_date", p.birthDate->canonical());
  if (p.sex) o->set("sex", std::string(sexLabel(*p.sex)));
  Array::Ptr ids = new Array;
  for (const IdDocument& d : p.idDocuments) {
    auto id = newObject();
    id->set("type", std::string(codeOf(d.type)));
    id->set("number", d.number);
    setDate(*id, "issue_date", d.issueDate);
    id->set("issuer", d.issuer);
    ids->add(id);
  }
  o->set("id_documents", ids);
  o->set("permanent_address", p.permanentAddress);
  o->set("current_address", p.currentAddress);
  o->set("phone", p.phone);
  o->set("marital_status", std::string(codeOf(p.maritalStatus)));
  if (cp.spouse) o->set("spouse", static_cast<int>(*cp.spouse));
  return o;
}

Object::Ptr parcelToJson(const CaseParcel& cp) {
  const Parcel& p = cp.parcel;
  auto o = newObject();
  if (p.id) o->set("id", p.id);
  o->set("serial", p.serial);
  o->set("register_number", p.registerNumber);
  o->set("issuer", p.issuer);
  setDate(*o, "issue_date", p.issueDate);
  o->set("parcel_number", p.parcelNumber);
  o->set("map_sheet", p.mapSheet);
  o->set("address", p.address);
  o->set("area", p.area.canonical());
  o->set("use_form", std::string(codeOf(p.useForm)));
  Array::Ptr purposes = new Array;
  for (const LandPurpose& lp : p.purposes) {
    auto po = newObject();
    po->set("code", lp.code);
    po->set("name", lp.name);
    po->set("area", lp.area.canonical());
    purposes->add(po);
  }
  o->set("purposes", purposes);
  o->set("term", p.term);
  o->set("origin", p.origin);
  o->set("assets", p.assets);
  if (cp.price) o->set("price", *cp.price);
  if (cp.transferredArea) o->set("transferred_area", cp.transferredArea->canonical());
  return o;
}

Object::Ptr documentToJson(const SourceDocument& d) {
  auto o = newObject();
  if (d.id) o->set("id", d.id);
  o->set("kind", std::string(codeOf(d.kind)));
  o->set("sha256", d.sha256);
  o->set("file_name", d.fileName);
  o->set("media_type", d.mediaType);
  o->set("channel", std::string(codeOf(d.channel)));
  o->set("received_at", isoDateTime(d.receivedAt));
  Array::Ptr fields = new Array;
  for (const ExtractedField& f : d.fields) {
    auto fo = newObject();
    fo->set("name", f.name);
    fo->set("value", f.value);
    fo->set("provenance", std::string(codeOf(f.provenance)));
    if (f.confidence) fo->set("confidence", *f.confidence);
    fields->add(fo);
  }
  o->set("fields", fields);
  return o;
}

// ---- reading ----

// Reads one JSON object, naming fields by their path in every error.
class Reader {
 public:
  Reader(Object::Ptr obj, std::string path) : obj_(std::move(obj)), path_(std::move(path)) {}

  std::string at(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  Result<std::string> text(const std::string& key, bool required = false) const {
    if (!obj_->has(key) || obj_->isNull(key)) {
      if (required) return makeError("json.missing", "Thiếu trường bắt buộc", "Missing required field", at(key));
      return std::string();
    }
    const Poco::Dynamic::Var v = obj_->get(key);
    if (!v.isString()) return makeError("json.not_text", "Trường phải là chuỗi ký tự", "Field must be a string", at(key));
    const std::string s = v.extract<std::string>();
    if (!text::isValidUtf8(s))
      return makeError("json.bad_utf8", "Trường chứa byte không phải UTF-8", "Field is not valid UTF-8", at(key));
    for (unsigned char c : s)
      if (c < 0x20 && c != '\n')
        return makeError("json.control_char", "Trường chứa ký tự điều khiển", "Field contains a control character", at(key));
    if (required && s.empty()) return makeError("json.empty", "Trường bắt buộc đang trống", "Required field is empty", at(key));
    return text::toNfc(s);
  }

  template <class E>
  Result<E> code(const std::string& key, E fallback) const {
    auto s = text(key);
    if (!s) return s.error();
    if (s->empty()) return fallback;
    if (auto e = fromCode<E>(*s)) return *e;
    return makeError("json.bad_code", "Giá trị không thuộc danh mục", "Value is not in the list", at(key) + " = " + *s);
  }

  Result<std::optional<std::chrono::year_month_day>> date(const std::string& key) const {
    auto s = text(key);
    if (!s) return s.error();
    if (s->empty()) return std::optional<std::chrono::year_month_day>();
    if (auto d = parseCanonicalDate(*s)) return std::optional(*d);
    return makeError("json.bad_date", "Ngày không hợp lệ (cần YYYY-MM-DD)", "Invalid date (expected YYYY-MM-DD)",
                     at(key) + " = " + *s);
  }

  Result<std::optional<LocalDateTime>> dateTime(const std::string& key) const {
    auto s = text(key);
    if (!s) return s.error();
    if (s->empty()) return std::optional<LocalDateTime>();
    if (auto t = parseCanonicalDateTime(*s)) return std::optional(*t);
    return makeError("json.bad_datetime", "Thời điểm không hợp lệ (cần YYYY-MM-DDTHH:MM:SS)",
                     "Invalid time (expected YYYY-MM-DDTHH:MM:SS)", at(key) + " = " + *s);
  }

  Result<std::optional<Decimal>> decimal(const std::string& key, bool required = false) const {
    if (obj_->has(key) && !obj_->isNull(key) && !obj_->get(key).isString()) {
      // Accept JSON numbers that are integers; refuse floats, which cannot be exact.
      const Poco::Dynamic::Var v = obj_->get(key);
      if (v.isInteger()) return std::optional(Decimal(v.convert<int64_t>(), 0));
      return makeError("json.inexact", "Diện tích phải ghi dạng chuỗi, ví dụ \"120.5\"",
                       "Areas must be strings such as \"120.5\"", at(key));
    }
    auto s = text(key, required);
    if (!s) return s.error();
    if (s->empty()) return std::optional<Decimal>();
    if (auto d = Decimal::fromCanonical(*s); d && !d->isNegative()) return std::optional(*d);
    return makeError("json.bad_decimal", "Số thập phân không hợp lệ (dạng 120.5, không âm)",
                     "Invalid decimal (form 120.5, not negative)", at(key) + " = " + *s);
  }

  Result<std::optional<int64_t>> integer(const std::string& key) const {
    if (!obj_->has(key) || obj_->isNull(key)) return std::optional<int64_t>();
    const Poco::Dynamic::Var v = obj_->get(key);
    if (!v.isInteger()) return makeError("json.not_integer", "Trường phải là số nguyên", "Field must be an integer", at(key));
    return std::optional(v.convert<int64_t>());
  }

  // The objects of an array field; a missing field is an empty list.
  Result<std::vector<Reader>> list(const std::string& key) const {
    std::vector<Reader> out;
    if (!obj_->has(key) || obj_->isNull(key)) return out;
    Array::Ptr arr = obj_->getArray(key);
    if (!arr) return makeError("json.not_array", "Trường phải là danh sách", "Field must be a list", at(key));
    for (size_t i = 0; i < arr->size(); ++i) {
      Object::Ptr o = arr->getObject(static_cast<unsigned>(i));
      const std::string path = at(key) + "[" + std::to_string(i) + "]";
      if (!o) return makeError("json.not_object", "Phần tử phải là đối tượng", "Element must be an object", path);
      out.emplace_back(o, path);
    }
    return out;
  }

 private:
  Object::Ptr obj_;
  std::string path_;
};

// Unwraps a Result into `target`, or returns its error from the enclosing function.
#define LD_READ(target, expr)               \
  do {                                      \
    auto r_ = (expr);                       \
    if (!r_) return r_.error();             \
    target = std::move(*r_);                \
  } while (0)

Result<CaseParty> readParty(const Reader& r, size_t partyCount) {
  CaseParty cp;
  Party& p = cp.party;
  std::optional<int64_t> id;
  LD_READ(id, r.integer("id"));
  p.id = id.value_or(0);
  LD_READ(cp.role, r.code("role", PartyRole::Transferor));
  LD_READ(p.fullName, r.text("full_name", true));
  std::string birth;
  LD_READ(birth, r.text("birth_date"));
  if (!birth.empty()) {
    p.birthDate = BirthDate::fromCanonical(birth);
    if (!p.birthDate)
      return makeError("json.bad_birth_date", "Ngày sinh không hợp lệ (YYYY hoặc YYYY-MM-DD)",
                       "Invalid birth date (YYYY or YYYY-MM-DD)", r.at("birth_date") + " = " + birth);
  }
  std::string sex;
  LD_READ(sex, r.text("sex"));
  if (!sex.empty()) {
    p.sex = parseSex(sex);
    if (!p.sex) return makeError("json.bad_sex", "Giới tính phải là Nam hoặc Nữ", "Sex must be Nam or Nữ", r.at("sex"));
  }
  std::vector<Reader> ids;
  LD_READ(ids, r.list("id_documents"));
  for (const Reader& ir : ids) {
    IdDocument d;
    LD_READ(d.type, ir.code("type", IdType::Cccd));
    LD_READ(d.number, ir.text("number", true));
    LD_READ(d.issueDate, ir.date("issue_date"));
    LD_READ(d.issuer, ir.text("issuer"));
    p.idDocuments.push_back(std::move(d));
  }
  LD_READ(p.permanentAddress, r.text("permanent_address"));
  LD_READ(p.currentAddress, r.text("current_address"));
  LD_READ(p.phone, r.text("phone"));
  LD_READ(p.maritalStatus, r.code("marital_status", MaritalStatus::Unknown));
  std::optional<int64_t> spouse;
  LD_READ(spouse, r.integer("spouse"));
  if (spouse) {
    if (*spouse < 0 || static_cast<size_t>(*spouse) >= partyCount)
      return makeError("json.bad_spouse", "Vợ/chồng phải là số thứ tự của một bên trong hồ sơ",
                       "Spouse must be the index of a party in the case", r.at("spouse"));
    cp.spouse = static_cast<size_t>(*spouse);
  }
  return cp;
}

Result<CaseParcel> readParcel(const Reader& r) {
  CaseParcel cp;
  Parcel& p = cp.parcel;
  std::optional<int64_t> id;
  LD_READ(id, r.integer("id"));
  p.id = id.value_or(0);
  LD_READ(p.serial, r.text("serial"));
  LD_READ(p.registerNumber, r.text("register_number"));
  LD_READ(p.issuer, r.text("issuer"));
  LD_READ(p.issueDate, r.date("issue_date"));
  LD_READ(p.parcelNumber, r.text("parcel_number"));
  LD_READ(p.mapSheet, r.text("map_sheet"));
  LD_READ(p.address, r.text("address"));
  std::optional<Decimal> area;
  LD_READ(area, r.decimal("area", true));
  p.area = *area;
  LD_READ(p.useForm, r.code("use_form", UseForm::Private));
  std::vector<Reader> purposes;
  LD_READ(purposes, r.list("purposes"));
  for (const Reader& pr : purposes) {
    LandPurpose lp;
    LD_READ(lp.code, pr.text("code", true));
    LD_READ(lp.name, pr.text("name"));
    std::optional<Decimal> a;
    LD_READ(a, pr.decimal("area", true));
    lp.area = *a;
    p.purposes.push_back(std::move(lp));
  }
  LD_READ(p.term, r.text("term"));
  LD_READ(p.origin, r.text("origin"));
  LD_READ(p.assets, r.text("assets"));
  LD_READ(cp.price, r.integer("price"));
  if (cp.price && *cp.price < 0)
    return makeError("json.negative_price", "Giá không được âm", "Price cannot be negative", r.at("price"));
  LD_READ(cp.transferredArea, r.decimal("transferred_area"));
  return cp;
}

Result<SourceDocument> readDocument(const Reader& r) {
  SourceDocument d;
  std::optional<int64_t> id;
  LD_READ(id, r.integer("id"));
  d.id = id.value_or(0);
  LD_READ(d.kind, r.code("kind", DocumentKind::Other));
  LD_READ(d.sha256, r.text("sha256"));
  LD_READ(d.fileName, r.text("file_name"));
  LD_READ(d.mediaType, r.text("media_type"));
  LD_READ(d.channel, r.code("channel", IntakeChannel::Counter));
  std::optional<LocalDateTime> at;
  LD_READ(at, r.dateTime("received_at"));
  d.receivedAt = at.value_or(LocalDateTime{});
  std::vector<Reader> fields;
  LD_READ(fields, r.list("fields"));
  for (const Reader& fr : fields) {
    ExtractedField f;
    LD_READ(f.name, fr.text("name", true));
    LD_READ(f.value, fr.text("value"));
    LD_READ(f.provenance, fr.code("provenance", Provenance::Typed));
    d.fields.push_back(std::move(f));
  }
  return d;
}

void flatten(const Poco::Dynamic::Var& v, const std::string& path, std::map<std::string, std::string>& out) {
  if (v.type() == typeid(Object::Ptr)) {
    const auto obj = v.extract<Object::Ptr>();
    for (const auto& key : obj->getNames()) flatten(obj->get(key), path.empty() ? key : path + "." + key, out);
  } else if (v.type() == typeid(Array::Ptr)) {
    const auto arr = v.extract<Array::Ptr>();
    for (size_t i = 0; i < arr->size(); ++i) flatten(arr->get(static_cast<unsigned>(i)), path + "[" + std::to_string(i) + "]", out);
  } else if (!v.isEmpty()) {
    out[path] = v.convert<std::string>();
  }
}

}  // namespace

Object::Ptr caseToJson(const Case& c) {
  auto o = newObject();
  if (c.id) o->set("id", c.id);
  o->set("code", c.code);
  o->set("kind", std::string(codeOf(c.kind)));
  o->set("status", std::string(codeOf(c.status)));
  o->set("channel", std::string(codeOf(c.channel)));
  o->set("received_at", isoDateTime(c.receivedAt));
  if (c.dueAt) o->set("due_at", isoDateTime(*c.dueAt));
  o->set("officer", c.officer);
  o->set("row_version", c.rowVersion);
  Array::Ptr parties = new Array, relationships = new Array, parcels = new Array, documents = new Array;
  for (const auto& p : c.parties) parties->add(partyToJson(p));
  for (const auto& r : c.relationships) {
    auto ro = newObject();
    ro->set("from", static_cast<int>(r.from));
    ro->set("to", static_cast<int>(r.to));
    ro->set("kinship", std::string(codeOf(r.kinship)));
    relationships->add(ro);
  }
  for (const auto& p : c.parcels) parcels->add(parcelToJson(p));
  for (const auto& d : c.documents) documents->add(documentToJson(d));
  o->set("parties", parties);
  o->set("relationships", relationships);
  o->set("parcels", parcels);
  o->set("documents", documents);
  addTermsToJson(*o, c);
  return o;
}

Result<Case> caseFromJson(const Object::Ptr& json) {
  if (!json) return makeError("json.not_object", "Dữ liệu hồ sơ phải là một đối tượng JSON", "Case data must be a JSON object");
  const Reader r(json, "");
  Case c;
  std::optional<int64_t> id, version;
  LD_READ(id, r.integer("id"));
  c.id = id.value_or(0);
  LD_READ(c.code, r.text("code"));
  LD_READ(c.kind, r.code("kind", CaseKind::TransferWhole));
  LD_READ(c.status, r.code("status", CaseStatus::Received));
  LD_READ(c.channel, r.code("channel", IntakeChannel::Counter));
  std::optional<LocalDateTime> received;
  LD_READ(received, r.dateTime("received_at"));
  c.receivedAt = received.value_or(localNow());
  LD_READ(c.dueAt, r.dateTime("due_at"));
  LD_READ(c.officer, r.text("officer"));
  LD_READ(version, r.integer("row_version"));
  c.rowVersion = version.value_or(0);

  std::vector<Reader> parties, relationships, parcels, documents;
  LD_READ(parties, r.list("parties"));
  for (const Reader& pr : parties) {
    CaseParty p;
    LD_READ(p, readParty(pr, parties.size()));
    c.parties.push_back(std::move(p));
  }
  LD_READ(relationships, r.list("relationships"));
  for (const Reader& rr : relationships) {
    Relationship rel;
    std::optional<int64_t> from, to;
    LD_READ(from, rr.integer("from"));
    LD_READ(to, rr.integer("to"));
    LD_READ(rel.kinship, rr.code("kinship", Kinship::Other));
    auto valid = [&](const std::optional<int64_t>& i) { return i && *i >= 0 && static_cast<size_t>(*i) < c.parties.size(); };
    if (!valid(from) || !valid(to) || *from == *to)
      return makeError("json.bad_relationship", "Quan hệ phải nối hai bên khác nhau trong hồ sơ",
                       "A relationship must join two different parties of the case", rr.at("from"));
    rel.from = static_cast<size_t>(*from);
    rel.to = static_cast<size_t>(*to);
    c.relationships.push_back(rel);
  }
  LD_READ(parcels, r.list("parcels"));
  for (const Reader& pr : parcels) {
    CaseParcel p;
    LD_READ(p, readParcel(pr));
    c.parcels.push_back(std::move(p));
  }
  LD_READ(documents, r.list("documents"));
  for (const Reader& dr : documents) {
    SourceDocument d;
    LD_READ(d, readDocument(dr));
    c.documents.push_back(std::move(d));
  }
  if (auto terms = readTermsFromJson(json, c); !terms) return terms.error();
  return c;
}

Result<Case> caseFromJsonText(const std::string& text) {
  try {
    Poco::JSON::Parser parser;
    const Poco::Dynamic::Var v = parser.parse(text);
    if (v.type() != typeid(Object::Ptr))
      return makeError("json.not_object", "Dữ liệu hồ sơ phải là một đối tượng JSON", "Case data must be a JSON object");
    return caseFromJson(v.extract<Object::Ptr>());
  } catch (const Poco::Exception& e) {
    return makeError("json.syntax", "JSON không hợp lệ", "Invalid JSON", e.displayText());
  }
}

std::map<std::string, std::string> flattenCase(const Case& c) {
  std::map<std::string, std::string> out;
  flatten(Poco::Dynamic::Var(caseToJson(c)), "", out);
  out.erase("row_version");
  out.erase("id");
  return out;
}

}  // namespace landdesk::model
