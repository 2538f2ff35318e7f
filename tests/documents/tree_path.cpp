#include "tree_path.h"

#include <Poco/JSON/Array.h>
#include <boost/test/unit_test.hpp>

namespace landdesk::test {

using Poco::Dynamic::Var;

namespace {

bool walk(const Poco::JSON::Object::Ptr& root, const std::string& path, Var& out) {
  Var cur(root);
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '.') ++i;
    if (path[i] == '[') {
      const size_t close = path.find(']', i);
      const size_t index = std::stoul(path.substr(i + 1, close - i - 1));
      if (cur.type() != typeid(Poco::JSON::Array::Ptr)) return false;
      auto arr = cur.extract<Poco::JSON::Array::Ptr>();
      if (index >= arr->size()) return false;
      cur = arr->get(static_cast<unsigned>(index));
      i = close + 1;
      continue;
    }
    size_t end = path.find_first_of(".[", i);
    if (end == std::string::npos) end = path.size();
    const std::string key = path.substr(i, end - i);
    if (cur.type() != typeid(Poco::JSON::Object::Ptr)) return false;
    auto obj = cur.extract<Poco::JSON::Object::Ptr>();
    if (!obj->has(key)) return false;
    cur = obj->get(key);
    i = end;
  }
  out = cur;
  return true;
}

}  // namespace

bool has(const Poco::JSON::Object::Ptr& root, const std::string& path) {
  Var v;
  return walk(root, path, v);
}

Var at(const Poco::JSON::Object::Ptr& root, const std::string& path) {
  Var v;
  BOOST_REQUIRE_MESSAGE(walk(root, path, v), "no value at " << path);
  return v;
}

std::string text(const Poco::JSON::Object::Ptr& root, const std::string& path) {
  Var v = at(root, path);
  BOOST_REQUIRE_MESSAGE(v.isString(), path << " is not text");
  return v.extract<std::string>();
}

int64_t number(const Poco::JSON::Object::Ptr& root, const std::string& path) {
  Var v = at(root, path);
  BOOST_REQUIRE_MESSAGE(v.isInteger(), path << " is not an integer");
  return v.convert<int64_t>();
}

bool flag(const Poco::JSON::Object::Ptr& root, const std::string& path) {
  Var v = at(root, path);
  BOOST_REQUIRE_MESSAGE(v.isBoolean(), path << " is not a boolean");
  return v.convert<bool>();
}

size_t count(const Poco::JSON::Object::Ptr& root, const std::string& path) {
  Var v = at(root, path);
  BOOST_REQUIRE_MESSAGE(v.type() == typeid(Poco::JSON::Array::Ptr), path << " is not a list");
  return v.extract<Poco::JSON::Array::Ptr>()->size();
}

}  // namespace landdesk::test
