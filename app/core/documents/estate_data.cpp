// The estate part of the data tree: the deceased and the death record, the surviving spouse's half, heirs by rank
// with their shares, who takes the land, who renounces.
#include "documents/data_parts.h"

namespace landdesk::documents::parts {

using namespace landdesk::model;

namespace {

// A Person with every key and empty values, so templates read the same keys whether or not the case has one.
Obj blankPerson() {
  Case blank;
  blank.parties.push_back({});
  return person(blank, 0, {}, false);
}

const HeirShare* shareOf(const Case& c, size_t party) {
  if (!c.estate) return nullptr;
  for (const HeirShare& h : c.estate->heirs)
    if (h.party == party) return &h;
  return nullptr;
}

}  // namespace

Obj estate(const Case& c) {
  const Estate e = c.estate.value_or(Estate{});
  Obj o = object();
  std::optional<size_t> deceased;
  std::vector<size_t> heirs, renouncing;
  for (size_t i = 0; i < c.parties.size(); ++i) {
    if (c.parties[i].role == PartyRole::Deceased && !deceased) deceased = i;
    if (c.parties[i].role == PartyRole::Heir) heirs.push_back(i);
    if (c.parties[i].role == PartyRole::RenouncingHeir) renouncing.push_back(i);
  }
  const std::vector<size_t> toDeceased = deceased ? std::vector<size_t>{*deceased} : std::vector<size_t>{};

  Obj dead = deceased ? person(c, *deceased, {}, false) : blankPerson();
  setDate(dead, "ngay_chet", e.deathDate);
  dead->set("noi_chet", e.deathPlace);
  Obj certificate = object();
  certificate->set("so", e.deathCertificateNumber);
  setDate(certificate, "ngay", e.deathCertificateDate);
  certificate->set("noi_cap", e.deathCertificateIssuer);
  dead->set("giay_chung_tu", certificate);
  o->set("nguoi_de_lai", dead);

  const bool spouse = e.survivingSpouse && *e.survivingSpouse < c.parties.size();
  if (spouse) o->set("vo_chong_con_song", person(c, *e.survivingSpouse, toDeceased, false));
  o->set("co_vo_chong_con_song", spouse);
  o->set("tach_phan_tai_san_chung", e.spouseHalfSeparated);
  o->set("phan_tai_san_chung", std::string(e.spouseHalfSeparated ? "1/2" : ""));
  o->set("phan_di_san", std::string(e.spouseHalfSeparated ? "1/2" : "toàn bộ"));
  o->set("co_so", std::string(term(e.basis).vi));
  o->set("theo_di_chuc", e.basis == InheritanceBasis::Will);
  Obj will = object();
  setDate(will, "ngay", e.willDate);
  will->set("mo_ta", e.willDescription);
  o->set("di_chuc", will);

  Arr heirList = array(), takers = array(), refusers = array();
  int topRank = 0;
  for (size_t k = 0; k < heirs.size(); ++k) {
    const HeirShare* h = shareOf(c, heirs[k]);
    Obj p = person(c, heirs[k], toDeceased, false);
    p->set("stt", static_cast<int>(k + 1));
    p->set("hang", h ? h->rank : 1);
    p->set("phan", h ? h->share : std::string());
    p->set("nhan_dat", h && h->takesLand);
    heirList->add(p);
    if (h && h->takesLand) {
      Obj t = person(c, heirs[k], toDeceased, false);
      t->set("stt", static_cast<int>(takers->size() + 1));
      t->set("phan", h->share);
      takers->add(t);
    }
    const int rank = h ? h->rank : 1;
    topRank = topRank == 0 ? rank : std::min(topRank, rank);
  }
  for (size_t k = 0; k < renouncing.size(); ++k) {
    const HeirShare* h = shareOf(c, renouncing[k]);
    Obj p = person(c, renouncing[k], toDeceased, false);
    p->set("stt", static_cast<int>(k + 1));
    p->set("hang", h ? h->rank : 1);
    refusers->add(p);
  }
  o->set("nguoi_thua_ke", heirList);
  o->set("so_nguoi_thua_ke", static_cast<int>(heirs.size()));
  o->set("hang_thua_ke", topRank == 0 ? 1 : topRank);
  o->set("nguoi_nhan_dat", takers);
  o->set("nguoi_tu_choi", refusers);
  o->set("co_nguoi_tu_choi", !renouncing.empty());
  return o;
}

}  // namespace landdesk::documents::parts
