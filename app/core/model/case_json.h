// The JSON form of a case (CLI input/output, document data, change diffs); reading validates and normalises to NFC.
#pragma once

#include <map>
#include <string>

#include <Poco/JSON/Object.h>

#include "model/case.h"
#include "util/error.h"

namespace landdesk::model {

Poco::JSON::Object::Ptr caseToJson(const Case& c);

// Reads a case; every string must be valid UTF-8 without control characters and is stored NFC.
// Errors name the field by its path, e.g. "parties[1].birth_date".
Result<Case> caseFromJson(const Poco::JSON::Object::Ptr& json);
Result<Case> caseFromJsonText(const std::string& text);

// Every leaf of the case's JSON form by path ("parties[0].full_name" -> "Nguyễn Văn An"); the event diff uses it.
std::map<std::string, std::string> flattenCase(const Case& c);

}  // namespace landdesk::model
