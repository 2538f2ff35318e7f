#include "docgen/data_scope.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <charconv>

namespace landdesk::docgen {

namespace {

std::string stringOf(const Var& v) { return v.type() == typeid(std::string) ? v.extract<std::string>() : v.convert<std::string>(); }

bool child(const Var& parent, const std::string& key, Var& out) {
  if (parent.type() == typeid(Poco::JSON::Object::Ptr)) {
    const auto& obj = parent.extract<Poco::JSON::Object::Ptr>();
    if (!obj) return false;
    out = obj->get(key);
    return !out.isEmpty();
  }
  if (parent.type() == typeid(Poco::DynamicStruct)) {
    const auto& obj = parent.extract<Poco::DynamicStruct>();
    auto it = obj.find(key);
    if (it == obj.end() || it->second.isEmpty()) return false;
    out = it->second;
    return true;
  }
  return false;
}

}  // namespace

bool lookupValue(const std::vector<Var>& scopes, const TagSpec& spec, Var& out) {
  if (scopes.empty()) return false;
  if (spec.segments.empty()) {
    out = scopes.back();
    return !out.isEmpty();
  }
  for (size_t i = scopes.size(); i-- > 0;) {
    Var current = scopes[i];
    bool found = true;
    for (const auto& seg : spec.segments) {
      Var next;
      if (!child(current, seg, next)) {
        found = false;
        break;
      }
      current = std::move(next);
    }
    if (found) {
      out = std::move(current);
      return true;
    }
  }
  return false;
}

bool isObject(const Var& value) {
  return value.type() == typeid(Poco::JSON::Object::Ptr) || value.type() == typeid(Poco::DynamicStruct);
}

std::optional<std::vector<Var>> listItems(const Var& value) {
  if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
    const auto& arr = value.extract<Poco::JSON::Array::Ptr>();
    std::vector<Var> items;
    if (!arr) return items;
    items.reserve(arr->size());
    for (size_t i = 0; i < arr->size(); ++i) items.push_back(arr->get(static_cast<unsigned>(i)));
    return items;
  }
  if (value.type() == typeid(Poco::Dynamic::Array)) return value.extract<Poco::Dynamic::Array>();
  return std::nullopt;
}

bool isTruthy(const Var& value) {
  if (value.isEmpty()) return false;
  if (value.isString()) return !stringOf(value).empty();
  if (value.isBoolean()) return value.convert<bool>();
  if (value.isNumeric()) return value.convert<double>() != 0.0;
  if (auto items = listItems(value)) return !items->empty();
  return true;  // objects, as in JavaScript
}

std::optional<std::string> scalarText(const Var& value) {
  if (value.isString()) return stringOf(value);
  if (value.isBoolean()) return value.convert<bool>() ? "true" : "false";
  if (value.isInteger()) return value.convert<std::string>();
  if (value.isNumeric()) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, value.convert<double>());
    return std::string(buf, r.ptr);
  }
  return std::nullopt;
}

}  // namespace landdesk::docgen
