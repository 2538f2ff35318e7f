#include "cli_output.h"

#include <ostream>

namespace landdesk::cli {

Poco::JSON::Object::Ptr jsonObject() { return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER); }

void printJson(Invocation& inv, const Poco::Dynamic::Var& value) {
  if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
    value.extract<Poco::JSON::Object::Ptr>()->stringify(inv.out);
  } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
    value.extract<Poco::JSON::Array::Ptr>()->stringify(inv.out);
  } else {
    inv.out << Poco::Dynamic::Var::toString(value);
  }
  inv.out << '\n';
}

namespace {
std::string oneLine(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}
}  // namespace

int fail(Invocation& inv, const Error& error, int exitCode) {
  if (inv.json) {
    auto e = jsonObject();
    e->set("code", error.code);
    e->set("message", error.text(inv.language));
    auto root = jsonObject();
    root->set("error", e);
    root->stringify(inv.err);
    inv.err << '\n';
  } else {
    inv.err << (inv.language == Language::English ? "error: " : "lỗi: ") << oneLine(error.text(inv.language)) << '\n';
  }
  return exitCode;
}

int usageError(Invocation& inv, const Command& command, std::string_view whyVi, std::string_view whyEn) {
  std::string usage = "landdesk-cli";
  for (auto word : command.path) usage += " " + std::string(word);
  if (!command.arguments.empty()) usage += " " + std::string(command.arguments);
  return fail(inv, makeError("cli.usage", std::string(whyVi) + " — cách dùng: " + usage,
                             std::string(whyEn) + " — usage: " + usage),
              kExitUsage);
}

}  // namespace landdesk::cli
