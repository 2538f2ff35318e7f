// The JSON form of the contract terms, the estate and the parcel owners: the parts of a case the documents need.
#pragma once

#include <Poco/JSON/Object.h>

#include "model/case.h"
#include "util/error.h"

namespace landdesk::model {

// Adds "terms", "estate" and each parcel's "owners" to a case's JSON object (as caseToJson built it).
void addTermsToJson(Poco::JSON::Object& caseJson, const Case& c);

// Reads them back into `c` (parties and parcels already read). A JSON without these keys (older files) leaves
// the case without terms, estate or owners. Errors name the field: "estate.heirs[1].share = 4/3".
Status readTermsFromJson(const Poco::JSON::Object::Ptr& caseJson, Case& c);

}  // namespace landdesk::model
