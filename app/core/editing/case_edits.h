// Edits of a case's links that must stay consistent (spouses both ways, indices after a removal) and the check
// every edited case passes before the editor accepts it.
#pragma once

#include <cstddef>

#include "model/case.h"
#include "util/error.h"

namespace landdesk::editing {

// Makes parties a and b each other's spouse (both sides), unlinking any earlier spouse of either; both become
// married. Refused: an index outside the case, a party linked to itself.
Status linkSpouses(model::Case& c, size_t a, size_t b);
// Removes the spouse link of party a on both sides.
Status unlinkSpouse(model::Case& c, size_t a);
// Records "parties[from] is the <kinship> of parties[to]", replacing an earlier relationship of that pair;
// Kinship::Spouse links the spouses as linkSpouses does.
Status setRelationship(model::Case& c, size_t from, size_t to, model::Kinship kinship);
// Removes a party and every link to it (spouse, relationships, heirs, co-owners, surviving spouse); the other
// links keep pointing at the same people.
Status removeParty(model::Case& c, size_t index);

// What the editor refuses to keep: an empty name, a broken or one-sided link, a negative price, a transferred
// area that is not part of the parcel, a share that is not a fraction, heirs (or a parcel's owners, or one owner
// listed twice) whose shares exceed the whole, a will dated after the death.
Status validateCase(const model::Case& c);

}  // namespace landdesk::editing
