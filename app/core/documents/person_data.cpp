// Persons and sides of the data tree: honorifics from sex, spouse lines, ID papers, relationships in words.
#include <algorithm>
#include <cstdio>

#include "documents/data_parts.h"
#include "text/names.h"
#include "util/datetime.h"

namespace landdesk::documents::parts {

using namespace landdesk::model;

Obj object() { return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }
Arr array() { return new Poco::JSON::Array; }

std::string shortDate(Ymd d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  return buf;
}

void setDate(Obj o, const std::string& key, const std::optional<Ymd>& date) {
  o->set(key, date ? isoDate(*date) : std::string());
  o->set(key + "_vb", date ? shortDate(*date) : std::string());
}

std::vector<size_t> sideParties(const Case& c, bool sideA) {
  std::vector<PartyRole> roles;
  switch (c.kind) {
    case CaseKind::TransferWhole:
    case CaseKind::TransferPart: roles = {sideA ? PartyRole::Transferor : PartyRole::Transferee}; break;
    case CaseKind::Gift: roles = {sideA ? PartyRole::Donor : PartyRole::Donee}; break;
    case CaseKind::InheritanceDivision:
    case CaseKind::InheritanceDeclaration:
      if (sideA) roles = {PartyRole::Heir};
      break;
    case CaseKind::InheritanceRefusal:
      if (sideA) roles = {PartyRole::RenouncingHeir};
      break;
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < c.parties.size(); ++i)
    if (std::find(roles.begin(), roles.end(), c.parties[i].role) != roles.end()) out.push_back(i);
  return out;
}

std::vector<size_t> orderedWithSpouses(const Case& c, const std::vector<size_t>& parties) {
  std::vector<size_t> out;
  auto placed = [&](size_t i) { return std::find(out.begin(), out.end(), i) != out.end(); };
  for (size_t i : parties) {
    if (placed(i)) continue;
    out.push_back(i);
    if (auto s = c.parties[i].spouse; s && !placed(*s) && std::find(parties.begin(), parties.end(), *s) != parties.end())
      out.push_back(*s);
  }
  return out;
}

namespace {

std::string_view idLabel(IdType t) {
  switch (t) {
    case IdType::Cccd: return "Căn cước công dân";
    case IdType::CanCuoc: return "Thẻ căn cước";
    case IdType::Passport: return "Hộ chiếu";
    case IdType::Cmnd: return "Chứng minh nhân dân";
  }
  return "";
}

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

// The kinship "parties[from] is the K of parties[to]", read from either direction of a stored relationship.
std::optional<Kinship> kinship(const Case& c, size_t from, size_t to) {
  for (const Relationship& r : c.relationships)
    if (r.from == from && r.to == to) return r.kinship;
  for (const Relationship& r : c.relationships)
    if (r.from == to && r.to == from) return inverse(r.kinship);
  if (c.parties[from].spouse == to || c.parties[to].spouse == from) return Kinship::Spouse;
  return std::nullopt;
}

}  // namespace

std::string relationText(const Case& c, size_t from, size_t to) {
  auto k = kinship(c, from, to);
  if (!k) return {};
  const std::optional<Sex> sex = c.parties[from].party.sex, otherSex = c.parties[to].party.sex;
  const bool male = sex == Sex::Male, female = sex == Sex::Female;
  switch (*k) {
    case Kinship::Spouse: return male ? "chồng" : female ? "vợ" : "vợ/chồng";
    case Kinship::Parent: return male ? "cha đẻ" : female ? "mẹ đẻ" : "cha/mẹ đẻ";
    case Kinship::AdoptiveParent: return male ? "cha nuôi" : female ? "mẹ nuôi" : "cha/mẹ nuôi";
    case Kinship::ParentInLaw:
      if (!sex || !otherSex) break;
      return std::string(male ? "cha" : "mẹ") + (otherSex == Sex::Female ? " chồng" : " vợ");
    case Kinship::ChildInLaw: return male ? "con rể" : female ? "con dâu" : "con dâu/con rể";
    case Kinship::Grandparent: return male ? "ông" : female ? "bà" : "ông/bà";
    case Kinship::Sibling: {
      const auto& a = c.parties[from].party.birthDate;
      const auto& b = c.parties[to].party.birthDate;
      if (!a || !b || !sex) break;
      const bool older = a->year != b->year ? a->year < b->year : (a->month * 100 + a->day) < (b->month * 100 + b->day);
      return older ? (male ? "anh ruột" : "chị ruột") : "em ruột";
    }
    case Kinship::Other: return {};
    default: break;
  }
  return std::string(term(*k).vi);
}

std::string taxRelationshipCode(const Case& c, size_t from, size_t to) {
  auto k = kinship(c, from, to);
  if (!k) return "unrelated";
  switch (*k) {
    case Kinship::Spouse: return "spouse";
    case Kinship::Parent:
    case Kinship::Child: return "parent_child";
    case Kinship::AdoptiveParent:
    case Kinship::AdoptedChild: return "adoptive_parent_child";
    case Kinship::ParentInLaw:
    case Kinship::ChildInLaw: return "parent_in_law_child_in_law";
    case Kinship::Grandparent:
    case Kinship::Grandchild: return "grandparent_grandchild";
    case Kinship::Sibling: return "full_siblings";
    case Kinship::Other: return "other_relative";
  }
  return "unrelated";
}

Obj person(const Case& c, size_t index, const std::vector<size_t>& relatedTo, bool spouseLine) {
  const Party& p = c.parties[index].party;
  Obj o = object();
  const bool male = p.sex == Sex::Male, female = p.sex == Sex::Female;
  const std::string title = male ? "Ông" : female ? "Bà" : "Ông/Bà";
  const std::string lowerTitle = male ? "ông" : female ? "bà" : "ông/bà";
  o->set("loi_dan", spouseLine ? std::string(male ? "Và chồng là ông" : female ? "Và vợ là bà" : "Và vợ/chồng là ông/bà") : title);
  o->set("danh_xung", title);
  o->set("danh_xung_thuong", lowerTitle);
  o->set("ho_ten", p.fullName);
  o->set("ho_ten_hoa", text::upperCase(p.fullName));
  const bool fullDate = p.birthDate && !p.birthDate->yearOnly();
  o->set("ngay_sinh", p.birthDate ? p.birthDate->canonical() : std::string());
  o->set("co_ngay_sinh", fullDate);
  std::string birthText;
  if (fullDate) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", p.birthDate->day, p.birthDate->month, p.birthDate->year);
    birthText = buf;
  } else if (p.birthDate) {
    birthText = std::to_string(p.birthDate->year);
  }
  o->set("ngay_sinh_vb", birthText);
  o->set("nam_sinh", p.birthDate ? std::to_string(p.birthDate->year) : std::string());
  o->set("gioi_tinh", p.sex ? std::string(sexLabel(*p.sex)) : std::string());
  Obj id = object();
  const IdDocument* doc = p.idDocuments.empty() ? nullptr : &p.idDocuments.front();
  id->set("loai", doc ? std::string(idLabel(doc->type)) : std::string());
  id->set("so", doc ? doc->number : std::string());
  setDate(id, "ngay_cap", doc ? doc->issueDate : std::nullopt);
  id->set("noi_cap", doc ? doc->issuer : std::string());
  o->set("giay_to", id);
  o->set("thuong_tru", p.permanentAddress);
  o->set("noi_o", p.currentAddress.empty() ? p.permanentAddress : p.currentAddress);
  o->set("dien_thoai", p.phone);
  std::string relation;
  for (size_t other : relatedTo)
    if (other != index && (relation = relationText(c, index, other), !relation.empty())) break;
  o->set("quan_he", relation);
  o->set("la_vo_chong", spouseLine);
  o->set("tinh_trang_hon_nhan", std::string(term(p.maritalStatus).vi));
  return o;
}

Obj side(const Case& c, const std::vector<size_t>& parties, const std::vector<size_t>& relatedTo, const std::string& label,
         const std::string& lowerLabel) {
  Obj o = object();
  o->set("ten_ben", label);
  o->set("ten_ben_thuong", lowerLabel);
  const std::vector<size_t> ordered = orderedWithSpouses(c, parties);
  Arr people = array();
  bool couple = false;
  std::string names;
  for (size_t k = 0; k < ordered.size(); ++k) {
    const size_t i = ordered[k];
    const bool spouseLine = k > 0 && c.parties[ordered[k - 1]].spouse == i;
    couple = couple || spouseLine;
    Obj p = person(c, i, relatedTo, spouseLine);
    p->set("stt", static_cast<int>(k + 1));
    people->add(p);
    names += (names.empty() ? "" : ", ") + c.parties[i].party.fullName;
  }
  o->set("nguoi", people);
  o->set("vo_chong", couple);
  o->set("so_nguoi", static_cast<int>(ordered.size()));
  o->set("nhieu_nguoi", ordered.size() > 1);
  o->set("ho_ten_cac_nguoi", names);
  return o;
}

}  // namespace landdesk::documents::parts
