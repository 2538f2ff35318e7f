#include "model/sex.h"

#include "text/unicode.h"

namespace landdesk::model {

std::string_view sexLabel(Sex sex) { return sex == Sex::Male ? "Nam" : "Nữ"; }

std::optional<Sex> parseSex(std::string_view text) {
  const std::string folded = text::foldForSearch(text);
  if (folded == "nam" || folded == "male" || folded == "m") return Sex::Male;
  if (folded == "nu" || folded == "female" || folded == "f") return Sex::Female;
  return std::nullopt;
}

}  // namespace landdesk::model
