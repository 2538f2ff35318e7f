// The parcel's owners as the GCN names them and the will details of an inheritance case, edited through the session
// on a real SQLite file: each one undo step, refused input leaving nothing, saved and read back by a second
// connection, and a parcel shared with another case saved by its own row version.
#include <boost/test/unit_test.hpp>

#include "editing/case_edit_session.h"
#include "editing/case_edits.h"
#include "editing/parcel_owners.h"
#include "editing/will_details.h"
#include "storage/case_repository.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::editing;
using namespace std::chrono;

namespace {

struct Desk {
  test::TempDir dir;
  std::filesystem::path file = dir / "desk.sqlite";
  std::unique_ptr<storage::Database> db = open();

  std::unique_ptr<storage::Database> open() {
    auto opened = storage::Database::open({.path = file});
    BOOST_REQUIRE(opened.ok());
    return std::move(*opened);
  }
  static model::CaseParty party(std::string name, model::PartyRole role) {
    model::Party p;
    p.fullName = std::move(name);
    return {p, role, std::nullopt};
  }
  // A couple selling the parcel they hold together, and the buyer.
  int64_t transfer() {
    model::Case c;
    c.kind = model::CaseKind::TransferWhole;
    c.receivedAt = localNow();
    c.parties = {party("Nguyễn Văn An", model::PartyRole::Transferor), party("Trần Thị Bình", model::PartyRole::Transferor),
                 party("Lê Văn Cường", model::PartyRole::Transferee)};
    model::CaseParcel parcel;
    parcel.parcel.serial = "BA 685616";
    parcel.parcel.parcelNumber = "125";
    parcel.parcel.mapSheet = "7";
    parcel.parcel.area = Decimal(1205, 1);
    c.parcels.push_back(parcel);
    auto added = db->cases().add(c, "test");
    BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? "" : added.error().en));
    return c.id;
  }
  int64_t inheritance() {
    model::Case c;
    c.kind = model::CaseKind::InheritanceDivision;
    c.receivedAt = localNow();
    c.parties = {party("Ngô Văn Giàu", model::PartyRole::Deceased), party("Ngô Thị Hoa", model::PartyRole::Heir)};
    c.estate = model::Estate{};
    c.estate->deathDate = year(2025) / 3 / 10;
    auto added = db->cases().add(c, "test");
    BOOST_REQUIRE(added.ok());
    return c.id;
  }
};

year_month_day today() { return year_month_day(floor<days>(localNow())); }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(owners_and_will, Desk)

BOOST_AUTO_TEST_CASE(co_owners_from_the_parties_undo_and_read_back) {
  const int64_t id = transfer();
  auto session = CaseEditSession::open(*db, id);
  BOOST_REQUIRE(session.ok());
  BOOST_REQUIRE(session->setParcelOwner(0, 0, "1/2").ok());
  BOOST_REQUIRE(session->setParcelOwner(0, 1, " 2/4 ").ok());  // stored reduced, as the GCN prints it
  const auto& owners = session->current().parcels[0].owners;
  BOOST_REQUIRE(owners.size() == 2u);
  BOOST_TEST(owners[1].share == "1/2");
  // Refused: a third owner past the whole, a share in words, a party or parcel not in the case, and nothing changes.
  BOOST_TEST(session->setParcelOwner(0, 2, "1/3").error().code == "editing.owner_shares_exceed");
  BOOST_TEST(session->setParcelOwner(0, 2, "một nửa").error().code == "editing.bad_share");
  BOOST_TEST(session->setParcelOwner(0, 7, "").error().code == "editing.bad_owner");
  BOOST_TEST(session->setParcelOwner(3, 0, "").error().code == "editing.no_parcel");
  BOOST_TEST(session->removeParcelOwner(0, 5).error().code == "editing.no_owner");
  BOOST_TEST(session->current().parcels[0].owners.size() == 2u);
  // Setting an owner again changes the share in place (one undo step).
  BOOST_REQUIRE(session->setParcelOwner(0, 1, "1/4").ok());
  BOOST_TEST(session->current().parcels[0].owners.size() == 2u);
  BOOST_TEST(session->current().parcels[0].owners[1].share == "1/4");
  BOOST_REQUIRE(session->undo());
  BOOST_TEST(session->current().parcels[0].owners[1].share == "1/2");
  BOOST_REQUIRE(session->removeParcelOwner(0, 0).ok());
  BOOST_TEST(session->current().parcels[0].owners.at(0).party == 1u);
  BOOST_REQUIRE(session->undo());
  BOOST_REQUIRE(session->current().parcels[0].owners.size() == 2u);
  BOOST_REQUIRE(session->save("canbo").ok());
  BOOST_TEST(!session->dirty());

  auto stored = open()->cases().byId(id);
  BOOST_REQUIRE(stored.ok());
  BOOST_REQUIRE(stored->parcels.at(0).owners.size() == 2u);
  BOOST_TEST(stored->parcels[0].owners[0].party == 0u);
  BOOST_TEST(stored->parcels[0].owners[0].share == "1/2");
  BOOST_TEST(stored->parcels[0].owners[1].party == 1u);
  BOOST_TEST(stored->parcels[0].parcel.rowVersion > 1);  // the parcel row counted the save

  // Removing the party removes it as an owner; the other owner keeps pointing at the same person.
  BOOST_REQUIRE(session->apply([](model::Case& c) { return removeParty(c, 0); }).ok());
  BOOST_REQUIRE(session->current().parcels[0].owners.size() == 1u);
  BOOST_TEST(session->current().parties[session->current().parcels[0].owners[0].party].party.fullName == "Trần Thị Bình");
  // Undo after a save saves again without conflicting with this session's own parcel version.
  BOOST_REQUIRE(session->save("canbo").ok());
  BOOST_REQUIRE(session->undo());
  BOOST_REQUIRE_MESSAGE(session->save("canbo").ok(), "undo after save must not conflict");
  BOOST_TEST(open()->cases().byId(id)->parcels[0].owners.size() == 2u);
}

BOOST_AUTO_TEST_CASE(will_details_are_checked_undone_and_read_back) {
  const int64_t id = inheritance();
  auto session = CaseEditSession::open(*db, id);
  BOOST_REQUIRE(session.ok());
  const std::string text = "Di chúc lập ngày 05/02/2024, được UBND xã Hải Lăng chứng thực số 12, quyển 01/2024";
  BOOST_REQUIRE(session->setWillDetails(model::InheritanceBasis::Will, "5/2/2024", "  " + text + " ").ok());
  const model::Estate& e = *session->current().estate;
  BOOST_TEST((e.basis == model::InheritanceBasis::Will));
  BOOST_TEST((e.willDate == std::optional(year(2024) / 2 / 5)));
  BOOST_TEST(e.willDescription == text);
  BOOST_TEST(willDateText(session->current()) == "05/02/2024");

  // Refused, the estate untouched: not a date, an impossible day, a future day, after the death, ISO order.
  for (const char* bad : {"mùng 5 tháng 2", "31/02/2024", "2024-02-05"})
    BOOST_TEST(session->setWillDetails(model::InheritanceBasis::Will, bad, text).error().code == "editing.will_date",
               bad);
  const year_month_day tomorrow{sys_days(today()) + days(1)};
  char future[32];
  std::snprintf(future, sizeof future, "%02u/%02u/%04d", static_cast<unsigned>(tomorrow.day()),
                static_cast<unsigned>(tomorrow.month()), static_cast<int>(tomorrow.year()));
  auto refused = session->setWillDetails(model::InheritanceBasis::Will, future, text);
  BOOST_TEST(refused.error().code == "editing.will_date_future");
  BOOST_TEST(!refused.error().vi.empty());
  BOOST_TEST(session->setWillDetails(model::InheritanceBasis::Will, "11/03/2025", text).error().code ==
             "editing.will_after_death");
  BOOST_TEST((session->current().estate->willDate == std::optional(year(2024) / 2 / 5)));

  BOOST_REQUIRE(session->save("canbo").ok());
  auto stored = open()->cases().byId(id);
  BOOST_REQUIRE(stored.ok());
  BOOST_TEST((stored->estate->basis == model::InheritanceBasis::Will));
  BOOST_TEST((stored->estate->willDate == std::optional(year(2024) / 2 / 5)));
  BOOST_TEST(stored->estate->willDescription == text);

  // By law: no will is left for the documents to print; undo brings it back.
  BOOST_REQUIRE(session->setWillDetails(model::InheritanceBasis::Law, "05/02/2024", text).ok());
  BOOST_TEST(!session->current().estate->willDate.has_value());
  BOOST_TEST(session->current().estate->willDescription.empty());
  BOOST_REQUIRE(session->undo());
  BOOST_TEST(session->current().estate->willDescription == text);
  BOOST_TEST(!session->dirty());  // back to what was saved
}

BOOST_AUTO_TEST_CASE(only_an_inheritance_case_has_a_will) {
  const int64_t id = transfer();
  auto session = CaseEditSession::open(*db, id);
  BOOST_REQUIRE(session.ok());
  BOOST_TEST(session->setWillDetails(model::InheritanceBasis::Will, "05/02/2024", "x").error().code ==
             "editing.no_estate");
  BOOST_TEST(!session->canUndo());
  model::Case c;
  c.estate = model::Estate{};
  BOOST_REQUIRE(setWillDetails(c, model::InheritanceBasis::Will, "", "Di chúc miệng", today()).ok());
  BOOST_TEST(!c.estate->willDate.has_value());  // a date not known yet is no error
  BOOST_TEST(willDateText(c).empty());
}

BOOST_AUTO_TEST_CASE(a_parcel_shared_with_another_case_is_saved_by_its_own_version) {
  const int64_t first = transfer();
  model::Case split = *db->cases().byId(first);  // the same parcel in a second case (a transfer of part of it after the first)
  split.id = 0;
  split.code.clear();
  split.kind = model::CaseKind::TransferPart;
  split.parties = {party("Hồ Văn Lâm", model::PartyRole::Transferee)};  // only the parcel is shared
  split.parcels[0].owners.clear();
  split.documents.clear();
  BOOST_REQUIRE(db->cases().add(split, "test").ok());
  BOOST_REQUIRE_EQUAL(split.parcels[0].parcel.id, db->cases().byId(first)->parcels[0].parcel.id);

  auto otherDb = open();
  auto mine = CaseEditSession::open(*db, first);
  auto theirs = CaseEditSession::open(*otherDb, split.id);
  BOOST_REQUIRE(mine.ok());
  BOOST_REQUIRE(theirs.ok());
  BOOST_REQUIRE(theirs->apply([](model::Case& c) {
    c.parcels[0].parcel.address = "Thôn Phú Hải, xã Hải Lăng";
    return Status();
  }).ok());
  BOOST_REQUIRE(theirs->save("desk2").ok());
  BOOST_REQUIRE(mine->apply([](model::Case& c) {
    c.parcels[0].parcel.area = Decimal(1210, 1);
    return Status();
  }).ok());
  auto saved = mine->save("desk1");
  BOOST_REQUIRE(!saved.ok());
  BOOST_TEST(saved.error().code == "db.conflict");
  BOOST_TEST(saved.error().vi.find("Thôn Phú Hải, xã Hải Lăng") != std::string::npos, saved.error().vi);
  BOOST_TEST(mine->dirty());  // the officer's edit stays
  BOOST_TEST((open()->cases().byId(first)->parcels[0].parcel.area == Decimal(1205, 1)));  // nothing overwritten
  BOOST_REQUIRE(mine->reload().ok());
  BOOST_TEST(mine->current().parcels[0].parcel.address == "Thôn Phú Hải, xã Hải Lăng");
}

BOOST_AUTO_TEST_SUITE_END()
