#include "editing/parcel_owners.h"

#include <algorithm>

#include "model/share.h"

namespace landdesk::editing {

using namespace landdesk::model;

namespace {

// "#3" for the third row (built without operator+, on which GCC 12 gives a false -Wrestrict warning).
std::string rowLabel(size_t index) {
  std::string label = std::to_string(index + 1);
  label.insert(label.begin(), '#');
  return label;
}

Error noParcel(size_t parcel) {
  return makeError("editing.no_parcel", "Không có thửa đất này trong hồ sơ", "No such parcel in the case",
                   rowLabel(parcel));
}

}  // namespace

Status setParcelOwner(Case& c, size_t parcel, size_t party, std::string share) {
  if (parcel >= c.parcels.size()) return noParcel(parcel);
  if (party >= c.parties.size())
    return makeError("editing.bad_owner", "Chủ sử dụng không có trong hồ sơ", "A co-owner is not a party of the case",
                     rowLabel(party));
  share.erase(0, share.find_first_not_of(" \t"));
  share.erase(share.find_last_not_of(" \t") + 1);
  if (!share.empty()) {
    auto f = parseShare(share);
    if (!f)
      return makeError("editing.bad_share", "Phần sở hữu phải viết dạng phân số, ví dụ 1/2",
                       "A share must be a fraction such as 1/2", share);
    share = shareText(*f);  // "2/4" is stored as the GCN would print it: "1/2"
  }
  auto& owners = c.parcels[parcel].owners;
  auto it = std::find_if(owners.begin(), owners.end(), [&](const ParcelOwner& o) { return o.party == party; });
  if (it == owners.end()) owners.push_back({party, std::move(share)});
  else it->share = std::move(share);
  return {};
}

Status removeParcelOwner(Case& c, size_t parcel, size_t owner) {
  if (parcel >= c.parcels.size()) return noParcel(parcel);
  auto& owners = c.parcels[parcel].owners;
  if (owner >= owners.size())
    return makeError("editing.no_owner", "Thửa đất không có chủ sử dụng này", "The parcel has no such owner",
                     rowLabel(owner));
  owners.erase(owners.begin() + static_cast<std::ptrdiff_t>(owner));
  return {};
}

}  // namespace landdesk::editing
