#include "documents/register_number.h"

#include "register/authentication_register.h"

namespace landdesk::documents {

Result<std::optional<AuthenticationNumber>> registerNumberOf(storage::Database& db, const model::OfficeProfile& office,
                                                             int64_t caseId) {
  registry::AuthenticationRegister reg(db, office);
  auto entries = reg.entriesOfCase(caseId);
  if (!entries) return entries.error();
  for (const registry::RegisterEntry& e : *entries) {
    if (e.kind != registry::EntryKind::Original) continue;
    AuthenticationNumber n;
    n.number = e.number;
    n.book = e.book;
    n.year = e.year;
    n.date = e.date;
    n.text = e.numberText;  // as written in the register, even if the format setting changed since
    return std::optional<AuthenticationNumber>(n);
  }
  return std::optional<AuthenticationNumber>();
}

}  // namespace landdesk::documents
