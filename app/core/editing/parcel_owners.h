// The owners of a parcel as its GCN names them (chủ sử dụng / đồng sử dụng), taken from the case's parties.
#pragma once

#include <cstddef>
#include <string>

#include "model/case.h"
#include "util/error.h"

namespace landdesk::editing {

// Records parties[party] as an owner of parcels[parcel] with `share` ("1/2", or empty when the GCN gives none);
// a party already recorded there keeps its place and takes the new share. Refused: an index outside the case, a
// share that is not a fraction (validateCase also refuses owners whose shares add up to more than the whole).
Status setParcelOwner(model::Case& c, size_t parcel, size_t party, std::string share);
// Removes the owner at `owner` of parcels[parcel].
Status removeParcelOwner(model::Case& c, size_t parcel, size_t owner);

}  // namespace landdesk::editing
