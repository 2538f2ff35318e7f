#include "storage/search_query.h"

#include "text/unicode.h"

namespace landdesk::storage {

std::string searchBody(const model::Case& c) {
  std::string body = c.code;
  for (const auto& cp : c.parties) {
    body += ' ' + cp.party.fullName;
    for (const auto& id : cp.party.idDocuments) body += ' ' + id.number;
  }
  for (const auto& cp : c.parcels) body += ' ' + cp.parcel.serial + ' ' + cp.parcel.parcelNumber + ' ' + cp.parcel.address;
  return text::foldForSearch(body);
}

std::string matchExpression(std::string_view query) {
  const std::string folded = text::foldForSearch(query);
  std::string expr, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!expr.empty()) expr += ' ';
    expr += '"' + word + "\"*";  // quoted: FTS5 operators in the query are plain text
    word.clear();
  };
  for (char ch : folded) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) word += ch;
    else flush();
  }
  flush();
  return expr;
}

}  // namespace landdesk::storage
