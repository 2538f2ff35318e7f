#include "util/error.h"

#include <cstdlib>
#include <string_view>

namespace landdesk {

Error makeError(std::string code, std::string vi, std::string en, const std::string& detail) {
  if (!detail.empty()) {
    vi += ": " + detail;
    en += ": " + detail;
  }
  return Error{std::move(code), std::move(vi), std::move(en)};
}

Language languageFromEnvironment() {
  const char* lang = std::getenv("LANDDESK_LANG");
  return lang && std::string_view(lang).starts_with("en") ? Language::English : Language::Vietnamese;
}

}  // namespace landdesk
