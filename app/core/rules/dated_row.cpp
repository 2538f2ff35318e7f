#include "rules/dated_row.h"

namespace landdesk::rules {

const char* confidenceCode(Confidence c) {
  switch (c) {
    case Confidence::High: return "H";
    case Confidence::Medium: return "M";
    case Confidence::Low: return "L";
  }
  return "?";
}

std::string LegalSource::citation() const {
  if (article.empty()) return document;
  return document + ", " + article;
}

}  // namespace landdesk::rules
