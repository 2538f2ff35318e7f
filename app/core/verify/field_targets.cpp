#include "verify/field_targets.h"

#include <charconv>

#include "storage/register_store.h"
#include "text/number_format.h"
#include "text/unicode.h"
#include "util/datetime.h"

namespace landdesk::verify {

namespace {

std::string fieldOf(const model::SourceDocument& doc, std::string_view name) {
  for (const model::ExtractedField& f : doc.fields)
    if (f.name == name) return f.value;
  return {};
}

Error badValue(std::string_view field, std::string_view vi, std::string_view en, std::string_view value) {
  return makeError("verify.bad_value", std::string(vi) + " (" + std::string(field) + ")",
                   std::string(en) + " (" + std::string(field) + ")", std::string(value));
}

Result<std::chrono::year_month_day> dateValue(std::string_view field, std::string_view value) {
  if (auto d = parseCanonicalDate(value)) return *d;
  return badValue(field, "Ngày phải viết dạng YYYY-MM-DD", "A date must be written YYYY-MM-DD", value);
}

model::IdDocument& cardDocument(model::Party& party, model::IdType type) {
  for (model::IdDocument& d : party.idDocuments)
    if (d.type == type || (type == model::IdType::Cccd && d.type == model::IdType::CanCuoc)) return d;
  // The current card goes first (the model's rule), an old CMND after it.
  if (type == model::IdType::Cmnd) return party.idDocuments.emplace_back(model::IdDocument{type, "", {}, ""});
  return *party.idDocuments.insert(party.idDocuments.begin(), model::IdDocument{type, "", {}, ""});
}

// "purposes.2.area_m2" -> (2, "area_m2").
std::optional<std::pair<size_t, std::string_view>> indexed(std::string_view field, std::string_view prefix) {
  if (!field.starts_with(prefix)) return std::nullopt;
  field.remove_prefix(prefix.size());
  size_t index = 0;
  auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), index);
  if (ec != std::errc() || end == field.data() + field.size() || *end != '.' || index > 50) return std::nullopt;
  return std::pair{index, std::string_view(end + 1, field.data() + field.size() - end - 1)};
}

}  // namespace

std::optional<size_t> partyOfDocument(const model::Case& c, const model::SourceDocument& doc) {
  const std::string number = fieldOf(doc, "id_number"), name = text::foldForSearch(fieldOf(doc, "full_name"));
  if (!number.empty())
    for (size_t i = 0; i < c.parties.size(); ++i)
      for (const model::IdDocument& d : c.parties[i].party.idDocuments)
        if (d.number == number) return i;
  if (!name.empty())
    for (size_t i = 0; i < c.parties.size(); ++i)
      if (text::foldForSearch(c.parties[i].party.fullName) == name) return i;
  return std::nullopt;
}

std::optional<size_t> parcelOfDocument(const model::Case& c, const model::SourceDocument& doc) {
  const std::string serial = storage::serialKey(fieldOf(doc, "serial"));
  const std::string number = fieldOf(doc, "parcel_no"), sheet = fieldOf(doc, "map_sheet");
  if (!serial.empty())
    for (size_t i = 0; i < c.parcels.size(); ++i)
      if (storage::serialKey(c.parcels[i].parcel.serial) == serial) return i;
  if (!number.empty() && !sheet.empty())
    for (size_t i = 0; i < c.parcels.size(); ++i)
      if (c.parcels[i].parcel.parcelNumber == number && c.parcels[i].parcel.mapSheet == sheet) return i;
  return std::nullopt;
}

Result<std::string> applyIdCardField(model::Party& party, std::string_view field, std::string_view value) {
  const std::string v(value);
  if (field == "full_name") {
    party.fullName = v;
    return std::string("fullName");
  }
  if (field == "birth_date") {
    auto b = model::BirthDate::fromCanonical(value);
    if (!b) return badValue(field, "Ngày sinh phải viết dạng YYYY-MM-DD hoặc YYYY", "A birth date must be YYYY-MM-DD or YYYY", value);
    party.birthDate = *b;
    return std::string("birthDate");
  }
  if (field == "sex") {
    auto s = model::parseSex(value);
    if (!s) return badValue(field, "Giới tính phải là Nam hoặc Nữ", "Sex must be Nam or Nữ", value);
    party.sex = *s;
    return std::string("sex");
  }
  if (field == "address") {
    party.permanentAddress = v;
    return std::string("permanentAddress");
  }
  if (field == "id_number") {
    cardDocument(party, model::IdType::Cccd).number = v;
    return std::string("idDocuments.number");
  }
  if (field == "issue_date") {
    auto d = dateValue(field, value);
    if (!d) return d.error();
    cardDocument(party, model::IdType::Cccd).issueDate = *d;
    return std::string("idDocuments.issueDate");
  }
  if (field == "old_id_number") {
    if (value.empty()) return std::string();
    cardDocument(party, model::IdType::Cmnd).number = v;
    return std::string("idDocuments.cmnd");
  }
  return std::string();
}

Result<std::string> applyLandCertificateField(model::Parcel& parcel, std::string_view field, std::string_view value) {
  const std::string v(value);
  auto text = [&](std::string& target, const char* path) -> Result<std::string> {
    target = v;
    return std::string(path);
  };
  if (field == "serial") return text(parcel.serial, "serial");
  if (field == "register_no") return text(parcel.registerNumber, "registerNumber");
  if (field == "parcel_no") return text(parcel.parcelNumber, "parcelNumber");
  if (field == "map_sheet") return text(parcel.mapSheet, "mapSheet");
  if (field == "address") return text(parcel.address, "address");
  if (field == "issuer") return text(parcel.issuer, "issuer");
  if (field == "term") return text(parcel.term, "term");
  if (field == "origin") return text(parcel.origin, "origin");
  if (field == "area_m2") {
    auto area = text::parseDecimal(value);
    if (!area) return area.error();
    parcel.area = *area;
    return std::string("area");
  }
  if (field == "issue_date") {
    auto d = dateValue(field, value);
    if (!d) return d.error();
    parcel.issueDate = *d;
    return std::string("issueDate");
  }
  if (field == "use_form") {
    const std::string folded = text::foldForSearch(value);
    if (folded.find("rieng") != std::string::npos) parcel.useForm = model::UseForm::Private;
    else if (folded.find("chung") != std::string::npos) parcel.useForm = model::UseForm::Shared;
    else return badValue(field, "Hình thức sử dụng phải là riêng hoặc chung", "The use form must be riêng or chung", value);
    return std::string("useForm");
  }
  if (auto purpose = indexed(field, "purposes.")) {
    auto [index, part] = *purpose;
    if (parcel.purposes.size() <= index) parcel.purposes.resize(index + 1);
    model::LandPurpose& p = parcel.purposes[index];
    if (part == "code") p.code = v;
    else if (part == "name") p.name = v;
    else if (part == "area_m2") {
      auto area = text::parseDecimal(value);
      if (!area) return area.error();
      p.area = *area;
    } else {
      return std::string();
    }
    return "purposes." + std::to_string(index) + "." + std::string(part);
  }
  return std::string();  // owners.* name people: the officer links them as parties, the value stays on the paper
}

}  // namespace landdesk::verify
