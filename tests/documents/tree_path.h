// Reads one value of a data tree by its path ("ben_a.nguoi[1].loi_dan"), failing the test when it is absent.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include <string>

namespace landdesk::test {

Poco::Dynamic::Var at(const Poco::JSON::Object::Ptr& root, const std::string& path);
std::string text(const Poco::JSON::Object::Ptr& root, const std::string& path);
int64_t number(const Poco::JSON::Object::Ptr& root, const std::string& path);
bool flag(const Poco::JSON::Object::Ptr& root, const std::string& path);
size_t count(const Poco::JSON::Object::Ptr& root, const std::string& path);  // size of an array
bool has(const Poco::JSON::Object::Ptr& root, const std::string& path);

}  // namespace landdesk::test
