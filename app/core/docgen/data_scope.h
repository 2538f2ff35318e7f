// Looking tag paths up in the JSON data tree with docxtemplater's rules: a name not found in the current item
// is looked for in the enclosing scopes, out to the root.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <optional>
#include <string>
#include <vector>

#include "docgen/tag_syntax.h"

namespace landdesk::docgen {

using Poco::Dynamic::Var;

// Innermost scope last. Returns false when no scope has the path (a JSON null counts as absent, as in a case
// exported with empty fields). "." is the innermost scope itself.
bool lookupValue(const std::vector<Var>& scopes, const TagSpec& spec, Var& out);

// JavaScript truthiness, as docxtemplater sees data: false, 0, "", null and an empty list are falsy.
bool isTruthy(const Var& value);

// A JSON array (Poco::JSON::Array or Poco::Dynamic::Array) as a list of items; nullopt for anything else.
std::optional<std::vector<Var>> listItems(const Var& value);
// A JSON object (Poco::JSON::Object or Poco::DynamicStruct).
bool isObject(const Var& value);

// Text of a scalar: strings as is, integers in digits, other numbers in their shortest form, true/false;
// nullopt for objects and lists (they cannot be printed).
std::optional<std::string> scalarText(const Var& value);

}  // namespace landdesk::docgen
