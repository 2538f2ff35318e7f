// The edit session on a real SQLite file: undo/redo over whole-case snapshots, the dirty flag, saving with the row
// version it loaded, a conflict between two sessions (two connections, one file), spouse links both ways.
#include <boost/test/unit_test.hpp>

#include "editing/case_edit_session.h"
#include "editing/case_edits.h"
#include "storage/case_repository.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::editing;

namespace {

struct Desk {
  test::TempDir dir;
  std::filesystem::path file = dir / "desk.sqlite";
  std::unique_ptr<storage::Database> db = open();
  int64_t caseId = 0;

  std::unique_ptr<storage::Database> open() {
    auto opened = storage::Database::open({.path = file});
    BOOST_REQUIRE(opened.ok());
    return std::move(*opened);
  }
  Desk() {
    model::Case c;
    c.kind = model::CaseKind::TransferWhole;
    c.receivedAt = localNow();
    c.parties.push_back({person("Nguyễn Văn An"), model::PartyRole::Transferor, std::nullopt});
    auto added = db->cases().add(c, "test");
    BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? "" : added.error().en));
    caseId = c.id;
  }
  static model::Party person(std::string name) {
    model::Party p;
    p.fullName = std::move(name);
    return p;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(edit_session, Desk)

BOOST_AUTO_TEST_CASE(undo_redo_and_dirty_follow_the_edits) {
  auto session = CaseEditSession::open(*db, caseId);
  BOOST_REQUIRE(session.ok());
  BOOST_TEST(!session->dirty());
  BOOST_TEST(!session->canUndo());
  BOOST_REQUIRE(session->addParty(person("Trần Thị Bình"), model::PartyRole::Transferor).ok());
  BOOST_REQUIRE(session->addParty(person("Lê Văn Cường"), model::PartyRole::Transferee).ok());
  BOOST_TEST(session->dirty());
  BOOST_TEST(session->current().parties.size() == 3u);
  BOOST_TEST(session->undo());
  BOOST_TEST(session->current().parties.size() == 2u);
  BOOST_TEST(session->canRedo());
  BOOST_TEST(session->redo());
  BOOST_TEST(session->current().parties.back().party.fullName == "Lê Văn Cường");
  BOOST_TEST(session->undo());
  BOOST_TEST(session->undo());
  BOOST_TEST(!session->undo());                // nothing left to undo
  BOOST_TEST(!session->dirty());               // back where it was loaded
  // A refused edit changes nothing and leaves no undo step.
  auto refused = session->addParty(person("  "), model::PartyRole::Transferee);
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "editing.empty_name");
  BOOST_TEST(!refused.error().vi.empty());
  BOOST_TEST(!session->canUndo());
  // A new edit after undo drops the redo branch.
  BOOST_REQUIRE(session->addParty(person("Phạm Văn Dũng"), model::PartyRole::Transferee).ok());
  BOOST_TEST(!session->canRedo());
}

BOOST_AUTO_TEST_CASE(save_writes_the_case_and_undo_after_save_still_saves) {
  auto session = CaseEditSession::open(*db, caseId);
  BOOST_REQUIRE(session.ok());
  BOOST_REQUIRE(session->addParty(person("Trần Thị Bình"), model::PartyRole::Transferee).ok());
  BOOST_REQUIRE(session->save("canbo").ok());
  BOOST_TEST(!session->dirty());
  auto other = open();  // a second connection reads what the first wrote
  auto stored = other->cases().byId(caseId);
  BOOST_REQUIRE(stored.ok());
  BOOST_REQUIRE(stored->parties.size() == 2u);
  BOOST_TEST(stored->parties[1].party.fullName == "Trần Thị Bình");
  BOOST_TEST(stored->rowVersion == session->current().rowVersion);
  // Undoing a saved edit is an edit of its own: it saves without conflicting with this session's own save.
  BOOST_REQUIRE(session->undo());
  BOOST_TEST(session->dirty());
  BOOST_REQUIRE(session->save("canbo").ok());
  BOOST_TEST(other->cases().byId(caseId)->parties.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_new_case_is_added_by_its_first_save) {
  auto session = CaseEditSession::create(*db, model::CaseKind::InheritanceDivision, "canbo");
  BOOST_TEST(!session.stored());
  BOOST_TEST(session.dirty());
  BOOST_TEST(session.current().estate.has_value());
  BOOST_REQUIRE(session.addParty(person("Ngô Văn Giàu"), model::PartyRole::Deceased).ok());
  BOOST_REQUIRE(session.save("canbo").ok());
  BOOST_TEST(session.stored());
  BOOST_TEST(session.current().code.starts_with("HS-"));
  auto stored = open()->cases().byCode(session.current().code);
  BOOST_REQUIRE(stored.ok());
  BOOST_TEST((stored->kind == model::CaseKind::InheritanceDivision));
  BOOST_TEST(stored->parties.at(0).party.fullName == "Ngô Văn Giàu");
}

BOOST_AUTO_TEST_CASE(a_conflict_between_two_desks_keeps_the_edits) {
  auto otherDb = open();
  auto mine = CaseEditSession::open(*db, caseId);
  auto theirs = CaseEditSession::open(*otherDb, caseId);
  BOOST_REQUIRE(mine.ok());
  BOOST_REQUIRE(theirs.ok());
  BOOST_REQUIRE(theirs->apply([](model::Case& c) {
    c.parties[0].party.fullName = "Nguyễn Văn Ân";
    return Status();
  }).ok());
  BOOST_REQUIRE(theirs->save("desk2").ok());
  BOOST_REQUIRE(mine->addParty(person("Trần Thị Bình"), model::PartyRole::Transferee).ok());
  auto saved = mine->save("desk1");
  BOOST_REQUIRE(!saved.ok());
  BOOST_TEST(saved.error().code == "db.conflict");
  BOOST_TEST(saved.error().vi.find("Nguyễn Văn Ân") != std::string::npos);  // field by field: what the other desk wrote
  BOOST_TEST(mine->dirty());
  BOOST_TEST(mine->current().parties.size() == 2u);  // the officer's edit is still there
  BOOST_TEST(open()->cases().byId(caseId)->parties[0].party.fullName == "Nguyễn Văn Ân");
  BOOST_REQUIRE(mine->reload().ok());  // dropping the edits takes the other desk's version
  BOOST_TEST(!mine->dirty());
  BOOST_TEST(mine->current().parties[0].party.fullName == "Nguyễn Văn Ân");
}

BOOST_AUTO_TEST_CASE(spouses_are_linked_on_both_sides_and_survive_a_save) {
  auto session = CaseEditSession::open(*db, caseId);
  BOOST_REQUIRE(session.ok());
  BOOST_REQUIRE(session->addParty(person("Trần Thị Bình"), model::PartyRole::Transferor).ok());
  BOOST_REQUIRE(session->addParty(person("Lê Thị Cúc"), model::PartyRole::Transferee).ok());
  BOOST_REQUIRE(session->linkSpouses(0, 1).ok());
  BOOST_TEST((session->current().parties[0].spouse == std::optional<size_t>(1)));
  BOOST_TEST((session->current().parties[1].spouse == std::optional<size_t>(0)));
  BOOST_TEST((session->current().parties[1].party.maritalStatus == model::MaritalStatus::Married));
  // Linking one of them to someone else unlinks the first marriage on both sides.
  BOOST_REQUIRE(session->linkSpouses(0, 2).ok());
  BOOST_TEST(!session->current().parties[1].spouse.has_value());
  BOOST_TEST((session->current().parties[2].spouse == std::optional<size_t>(0)));
  BOOST_TEST(session->linkSpouses(1, 1).error().code == "editing.self_spouse");
  BOOST_TEST(session->linkSpouses(0, 9).error().code == "editing.no_party");
  BOOST_REQUIRE(session->setRelationship(1, 0, model::Kinship::Child).ok());
  BOOST_REQUIRE(session->save("canbo").ok());
  auto stored = open()->cases().byId(caseId);
  BOOST_REQUIRE(stored.ok());
  BOOST_TEST((stored->parties[0].spouse == std::optional<size_t>(2)));
  BOOST_TEST((stored->parties[2].spouse == std::optional<size_t>(0)));
  BOOST_REQUIRE(stored->relationships.size() == 1u);
  BOOST_TEST((stored->relationships[0].kinship == model::Kinship::Child));
}

BOOST_AUTO_TEST_CASE(removing_a_party_keeps_the_other_links_on_the_same_people) {
  model::Case c;
  c.parties = {{person("A"), model::PartyRole::Deceased, std::nullopt},
               {person("B"), model::PartyRole::Heir, std::nullopt},
               {person("C"), model::PartyRole::Heir, std::nullopt}};
  BOOST_REQUIRE(linkSpouses(c, 1, 2).ok());
  BOOST_REQUIRE(setRelationship(c, 2, 0, model::Kinship::Child).ok());
  c.estate = model::Estate{};
  c.estate->heirs = {{1, 1, "1/2", false}, {2, 1, "1/2", true}};
  BOOST_REQUIRE(validateCase(c).ok());
  BOOST_REQUIRE(removeParty(c, 0).ok());
  BOOST_TEST((c.parties[0].spouse == std::optional<size_t>(1)));
  BOOST_TEST(c.relationships.empty());  // the relationship named the removed person
  BOOST_REQUIRE(c.estate->heirs.size() == 2u);
  BOOST_TEST(c.estate->heirs[1].party == 1u);
  BOOST_TEST(validateCase(c).ok());
  c.estate->heirs[0].share = "2/3";
  BOOST_TEST(validateCase(c).error().code == "editing.shares_exceed");
  c.estate->heirs[0].share = "một nửa";
  BOOST_TEST(validateCase(c).error().code == "editing.bad_share");
}

BOOST_AUTO_TEST_SUITE_END()
