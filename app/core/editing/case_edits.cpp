#include "editing/case_edits.h"

#include <algorithm>
#include <string>

#include "model/share.h"
#include "util/datetime.h"

namespace landdesk::editing {

using namespace landdesk::model;

namespace {

Error badIndex(size_t index) {
  return makeError("editing.no_party", "Không có người này trong hồ sơ", "No such party in the case",
                   "#" + std::to_string(index + 1));
}

// Index after removing `removed`: nullopt for the removed one, one less past it.
std::optional<size_t> shifted(size_t index, size_t removed) {
  if (index == removed) return std::nullopt;
  return index > removed ? index - 1 : index;
}

std::string partyLabel(const Case& c, size_t i) {
  return i < c.parties.size() && !c.parties[i].party.fullName.empty() ? c.parties[i].party.fullName
                                                                        : "#" + std::to_string(i + 1);
}

}  // namespace

Status unlinkSpouse(Case& c, size_t a) {
  if (a >= c.parties.size()) return badIndex(a);
  if (auto b = c.parties[a].spouse; b && *b < c.parties.size() && c.parties[*b].spouse == a) c.parties[*b].spouse.reset();
  c.parties[a].spouse.reset();
  return {};
}

Status linkSpouses(Case& c, size_t a, size_t b) {
  if (a >= c.parties.size()) return badIndex(a);
  if (b >= c.parties.size()) return badIndex(b);
  if (a == b)
    return makeError("editing.self_spouse", "Một người không thể là vợ/chồng của chính mình",
                     "A person cannot be his or her own spouse", partyLabel(c, a));
  (void)unlinkSpouse(c, a);
  (void)unlinkSpouse(c, b);
  c.parties[a].spouse = b;
  c.parties[b].spouse = a;
  c.parties[a].party.maritalStatus = MaritalStatus::Married;
  c.parties[b].party.maritalStatus = MaritalStatus::Married;
  return {};
}

Status setRelationship(Case& c, size_t from, size_t to, Kinship kinship) {
  if (from >= c.parties.size()) return badIndex(from);
  if (to >= c.parties.size()) return badIndex(to);
  if (from == to)
    return makeError("editing.self_relationship", "Quan hệ phải giữa hai người khác nhau",
                     "A relationship needs two different people", partyLabel(c, from));
  std::erase_if(c.relationships, [&](const Relationship& r) {
    return (r.from == from && r.to == to) || (r.from == to && r.to == from);
  });
  c.relationships.push_back({from, to, kinship});
  if (kinship == Kinship::Spouse) return linkSpouses(c, from, to);
  return {};
}

Status removeParty(Case& c, size_t index) {
  if (index >= c.parties.size()) return badIndex(index);
  (void)unlinkSpouse(c, index);
  c.parties.erase(c.parties.begin() + static_cast<std::ptrdiff_t>(index));
  for (CaseParty& p : c.parties)
    if (p.spouse) p.spouse = shifted(*p.spouse, index);
  std::vector<Relationship> kept;
  for (Relationship r : c.relationships) {
    auto from = shifted(r.from, index), to = shifted(r.to, index);
    if (from && to) kept.push_back({*from, *to, r.kinship});
  }
  c.relationships = std::move(kept);
  for (CaseParcel& parcel : c.parcels) {
    std::vector<ParcelOwner> owners;
    for (ParcelOwner o : parcel.owners)
      if (auto at = shifted(o.party, index)) owners.push_back({*at, o.share});
    parcel.owners = std::move(owners);
  }
  if (c.estate) {
    std::vector<HeirShare> heirs;
    for (HeirShare h : c.estate->heirs)
      if (auto at = shifted(h.party, index)) {
        h.party = *at;
        heirs.push_back(h);
      }
    c.estate->heirs = std::move(heirs);
    if (c.estate->survivingSpouse) c.estate->survivingSpouse = shifted(*c.estate->survivingSpouse, index);
  }
  return {};
}

Status validateCase(const Case& c) {
  const size_t n = c.parties.size();
  for (size_t i = 0; i < n; ++i) {
    const CaseParty& p = c.parties[i];
    if (p.party.fullName.find_first_not_of(" \t") == std::string::npos)
      return makeError("editing.empty_name", "Họ tên không được để trống", "A party's full name cannot be empty",
                       "#" + std::to_string(i + 1));
    if (p.spouse && (*p.spouse >= n || *p.spouse == i || c.parties[*p.spouse].spouse != i))
      return makeError("editing.spouse_one_sided", "Liên kết vợ/chồng phải có ở cả hai người",
                       "A spouse link must hold on both sides", partyLabel(c, i));
  }
  for (const Relationship& r : c.relationships)
    if (r.from >= n || r.to >= n || r.from == r.to)
      return makeError("editing.bad_relationship", "Quan hệ trỏ tới người không có trong hồ sơ",
                       "A relationship names a party the case does not have");
  for (const CaseParcel& parcel : c.parcels) {
    const std::string label = parcel.parcel.parcelNumber.empty() ? parcel.parcel.serial : parcel.parcel.parcelNumber;
    if (parcel.price && *parcel.price < 0)
      return makeError("editing.negative_price", "Giá không được âm", "A price cannot be negative", label);
    if (parcel.transferredArea &&
        (*parcel.transferredArea <= Decimal() || (parcel.parcel.area > Decimal() && *parcel.transferredArea > parcel.parcel.area)))
      return makeError("editing.transferred_area",
                       "Diện tích chuyển nhượng phải lớn hơn 0 và không vượt diện tích thửa",
                       "The transferred area must be above 0 and within the parcel's area", label);
    std::vector<Fraction> owned;
    for (size_t k = 0; k < parcel.owners.size(); ++k) {
      const ParcelOwner& o = parcel.owners[k];
      if (o.party >= n)
        return makeError("editing.bad_owner", "Chủ sử dụng không có trong hồ sơ", "A co-owner is not a party of the case",
                         label);
      for (size_t j = 0; j < k; ++j)
        if (parcel.owners[j].party == o.party)
          return makeError("editing.owner_twice", "Một người chỉ ghi một lần là chủ sử dụng của thửa đất",
                           "A person is listed once as an owner of a parcel", partyLabel(c, o.party));
      if (o.share.empty()) continue;
      auto f = parseShare(o.share);
      if (!f)
        return makeError("editing.bad_share", "Phần sở hữu phải viết dạng phân số, ví dụ 1/2",
                         "A share must be a fraction such as 1/2", o.share);
      owned.push_back(*f);
    }
    auto sum = sumShares(owned);
    if (!owned.empty() && (!sum || sum->numerator > sum->denominator))
      return makeError("editing.owner_shares_exceed", "Tổng phần sở hữu của các chủ sử dụng vượt quá cả thửa đất",
                       "The owners' shares of the parcel add up to more than the whole",
                       label + ": " + (sum ? shareText(*sum) : std::string("?")));
  }
  if (c.terms)
    for (const Payment& p : c.terms->payments)
      if (p.amount < 0)
        return makeError("editing.negative_payment", "Số tiền thanh toán không được âm", "A payment cannot be negative",
                         std::to_string(p.amount));
  if (c.estate) {
    // A will is made before its maker dies (Civil Code art. 624); a later date is a typing slip.
    if (c.estate->willDate && c.estate->deathDate && *c.estate->willDate > *c.estate->deathDate)
      return makeError("editing.will_after_death", "Ngày lập di chúc không thể sau ngày người để lại di sản mất",
                       "The will cannot be dated after the death of its maker", isoDate(*c.estate->willDate));
    if (c.estate->survivingSpouse && *c.estate->survivingSpouse >= n)
      return makeError("editing.bad_heir", "Người thừa kế không có trong hồ sơ", "An heir is not a party of the case");
    std::vector<Fraction> shares;
    for (const HeirShare& h : c.estate->heirs) {
      if (h.party >= n)
        return makeError("editing.bad_heir", "Người thừa kế không có trong hồ sơ", "An heir is not a party of the case");
      if (h.rank < 1 || h.rank > 3)
        return makeError("editing.bad_rank", "Hàng thừa kế là 1, 2 hoặc 3", "An heir's rank is 1, 2 or 3",
                         partyLabel(c, h.party));
      if (h.share.empty()) continue;
      auto f = parseShare(h.share);
      if (!f)
        return makeError("editing.bad_share", "Phần hưởng phải viết dạng phân số, ví dụ 1/3",
                         "A share must be a fraction such as 1/3", h.share);
      shares.push_back(*f);
    }
    auto sum = sumShares(shares);
    if (!shares.empty() && (!sum || sum->numerator > sum->denominator))
      return makeError("editing.shares_exceed", "Tổng phần hưởng của những người thừa kế vượt quá toàn bộ di sản",
                       "The heirs' shares add up to more than the whole estate",
                       sum ? shareText(*sum) : std::string("?"));
  }
  return {};
}

}  // namespace landdesk::editing
