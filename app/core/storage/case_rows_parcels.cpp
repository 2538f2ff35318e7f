// Parcels shared between cases (a split, then a transfer of one of the new parcels): each parcel row's own version
// guards its write, as party rows' do, so two desks editing one parcel through two cases never lose an update.
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <unordered_map>

#include "model/case_json.h"
#include "storage/case_rows.h"

namespace landdesk::storage::rows {

using namespace Poco::Data::Keywords;
using namespace landdesk::model;

void writeKnownParcels(Database::Impl& db, const std::vector<Parcel*>& parcels, RewrittenRows& rewritten) {
  // A parcel twice in the batch (two cases of one import holding it) is checked against its own first write.
  std::unordered_map<int64_t, Poco::Int64> version;
  for (Parcel* p : parcels)
    if (p->id) version.try_emplace(p->id, p->rowVersion);
  for (Parcel* p : parcels) {
    if (!p->id) continue;
    Poco::Nullable<std::string> issued =
        p->issueDate ? Poco::Nullable<std::string>(isoDate(*p->issueDate)) : Poco::Nullable<std::string>();
    std::string area = p->area.canonical(), useForm(codeOf(p->useForm));
    Poco::Int64 id = p->id, expected = version[p->id];
    std::vector<Poco::Int64> now;
    Poco::Data::Statement st(db.session);
    st << std::string(db.dialect.sql.updateParcel), use(p->serial), use(p->registerNumber), use(p->issuer),
        use(issued), use(p->parcelNumber), use(p->mapSheet), use(p->address), use(area), use(useForm), use(p->term),
        use(p->origin), use(p->assets), use(id), use(expected), into(now);
    st.execute();
    if (now.empty()) rewritten.staleParcels.push_back(p);
    else version[p->id] = now.front();
  }
  for (Parcel* p : parcels)
    if (p->id) p->rowVersion = version[p->id];
}

void lockStoredParcels(Database::Impl& db, const Case& c) {
  std::vector<Poco::Int64> ids;
  for (const CaseParcel& cp : c.parcels)
    if (cp.parcel.id) ids.push_back(cp.parcel.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (Poco::Int64 id : ids) db.session << std::string(db.dialect.sql.lockParcel), use(id), now;
}

Error parcelConflictError(Database::Impl& db, const Case& draft, const Parcel& yours) {
  Case stored;
  readCase(db, draft.id, stored, Parts::Searched);  // a new statement: it sees the other desk's commit
  Case now, mine;
  mine.parcels = {CaseParcel{yours, std::nullopt, std::nullopt, {}}};
  now.parcels = mine.parcels;
  for (const CaseParcel& cp : stored.parcels)
    if (cp.parcel.id == yours.id) now.parcels.front().parcel = cp.parcel;
  // Only the parcel's own fields: the rest of the two one-parcel cases is equal by construction.
  const auto theirs = flattenCase(now), own = flattenCase(mine);
  std::string vi, en;
  int shown = 0;
  for (const auto& [field, value] : theirs) {
    auto it = own.find(field);
    const std::string other = it == own.end() ? std::string() : it->second;
    if (other == value || ++shown > 8) continue;
    vi += "\n  " + field + ": máy khác \"" + value + "\" / bạn \"" + other + "\"";
    en += "\n  " + field + ": theirs \"" + value + "\" / yours \"" + other + "\"";
  }
  const std::string name = "số " + yours.parcelNumber + ", tờ " + yours.mapSheet;
  return makeError("db.conflict",
                   "Thửa đất " + name + " (có trong cả hồ sơ khác) vừa được máy khác sửa; không ghi đè. Khác nhau:" +
                       vi + "\nHãy tải lại hồ sơ rồi sửa tiếp",
                   "Another desk changed parcel " + yours.parcelNumber + " (map sheet " + yours.mapSheet +
                       "), which another case holds too, meanwhile; nothing was overwritten. Differences:" + en +
                       "\nReload the case, then edit again",
                   draft.code);
}

}  // namespace landdesk::storage::rows
