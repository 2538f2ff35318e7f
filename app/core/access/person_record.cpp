#include "access/person_record.h"

#include <algorithm>
#include <set>

#include "access/permissions.h"
#include "storage/case_repository.h"

namespace landdesk::access {

Result<PersonRecord> personRecord(storage::Database& db, std::string_view idNumber) {
  for (auto p : {Permission::Export, Permission::ViewPersonalData})
    if (auto ok = requirePermission(db.actor(), p); !ok) return ok.error();
  const bool digits = !idNumber.empty() && idNumber.size() <= 20 &&
                      std::all_of(idNumber.begin(), idNumber.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits)
    return makeError("person.bad_id", "Số giấy tờ tùy thân phải là dãy chữ số", "The ID number must be digits only",
                     std::string(idNumber));
  PersonRecord record;
  record.idNumber = std::string(idNumber);
  // The search index covers ID numbers; each hit is re-checked against the stored papers.
  auto hits = db.cases().search(idNumber, SIZE_MAX);
  if (!hits) return hits.error();
  std::set<std::string> codes;
  for (const auto& hit : *hits) {
    auto c = db.cases().byCode(hit.code);
    if (!c) return c.error();
    PersonCase pc{*c, {}};
    for (size_t i = 0; i < c->parties.size(); ++i)
      for (const auto& doc : c->parties[i].party.idDocuments)
        if (doc.number == idNumber) pc.partyIndexes.push_back(i);
    if (pc.partyIndexes.empty()) continue;
    codes.insert(c->code);
    record.cases.push_back(std::move(pc));
  }
  auto entries = db.audit().all();
  if (!entries) return entries.error();
  for (auto& e : *entries)
    if (e.personId == idNumber || (!e.caseCode.empty() && codes.contains(e.caseCode)))
      record.audit.push_back(std::move(e));
  if (auto ok = db.audit().record("person.export", "person", record.idNumber, "",
                                  std::to_string(record.cases.size()) + " cases", record.idNumber);
      !ok)
    return ok.error();
  return record;
}

}  // namespace landdesk::access
