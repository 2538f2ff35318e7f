// The diacritic-insensitive case search: what text of a case is indexed, and how a typed query becomes a match.
#pragma once

#include <string>
#include <string_view>

#include "model/case.h"

namespace landdesk::storage {

// Folded text of the case code, party names, ID numbers and parcel serial, number and address.
std::string searchBody(const model::Case& c);

// An FTS5 MATCH expression: every folded word of the query must start a word of the case ("ng van an" finds
// "Nguyễn Văn An"); empty when the query has no word.
std::string matchExpression(std::string_view query);

}  // namespace landdesk::storage
