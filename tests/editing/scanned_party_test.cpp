// Parties and parcels from papers already captured for the case: a real CCCD scan taken in through the intake code
// (Inbox, then assigned to the case with the capture reader's QR decode), and a GCN whose values OCR gave.
#include <boost/test/unit_test.hpp>

#include "editing/case_edit_session.h"
#include "editing/scanned_papers.h"
#include "intake/case_assignment.h"
#include "intake/inbox_importer.h"
#include "storage/case_repository.h"
#include "support/temp_dir.h"

using namespace landdesk;
using namespace landdesk::editing;

namespace {

struct Desk {
  test::TempDir dir;
  std::filesystem::path data = dir / "data";
  std::unique_ptr<storage::Database> db;
  model::Case c;

  Desk() {
    auto opened = storage::Database::open({.path = data / "landdesk.sqlite"});
    BOOST_REQUIRE(opened.ok());
    db = std::move(*opened);
    c.kind = model::CaseKind::TransferWhole;
    c.receivedAt = localNow();
    BOOST_REQUIRE(db->cases().add(c, "test").ok());
  }

  // The scan goes the way a citizen's Zalo photo does: into the Inbox, then into the case, its QR read.
  int64_t captureCard(const char* file) {
    intake::InboxImporter importer(*db, data);
    auto imported = importer.importFile(test::sourceDirectory() / "tests/data/capture/cccd" / file, {});
    BOOST_REQUIRE(imported.ok());
    intake::AssignRequest request;
    request.itemId = imported->stored.at(0).item.id;
    request.caseCode = c.code;
    auto assigned = intake::assignToCase(*db, data, request, intake::captureReader(false));
    BOOST_REQUIRE_MESSAGE(assigned.ok(), (assigned.ok() ? "" : assigned.error().en));
    BOOST_REQUIRE((assigned->document.kind == model::DocumentKind::IdCard));
    return assigned->document.id;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(scanned_papers, Desk)

BOOST_AUTO_TEST_CASE(party_from_a_stored_scanned_cccd) {
  auto session = CaseEditSession::open(*db, c.id);
  BOOST_REQUIRE(session.ok());
  // The card arrives after the editor opened: the session finds it in the stored case, and since only a paper
  // was added meanwhile, saving afterwards is no conflict.
  const int64_t card = captureCard("cccd_01_clean_scan.jpg");
  BOOST_TEST((nextScannedId(db->cases().byId(c.id).value()) == std::optional<int64_t>(card)));
  auto added = session->addPartyFromScannedId(card, model::PartyRole::Transferor);
  BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? "" : added.error().en));
  const model::Party& p = session->current().parties.at(*added).party;
  BOOST_TEST(p.fullName == "Vũ Thị Thanh Hân");
  BOOST_REQUIRE(p.birthDate.has_value());
  BOOST_TEST(p.birthDate->canonical() == "2001-07-05");
  BOOST_REQUIRE(!p.idDocuments.empty());
  BOOST_TEST(p.idDocuments[0].number == "049301166447");
  BOOST_TEST(p.permanentAddress.find("Duy Phước") != std::string::npos);
  // The values keep their provenance on the paper: read from the QR.
  for (const auto& d : session->current().documents)
    if (d.id == card)
      for (const auto& f : d.fields) BOOST_TEST((f.provenance == model::Provenance::Qr), f.name);
  // The same card twice is refused, naming the person.
  auto twice = session->addPartyFromScannedId(card, model::PartyRole::Transferee);
  BOOST_REQUIRE(!twice.ok());
  BOOST_TEST(twice.error().code == "editing.party_exists");
  BOOST_TEST(twice.error().vi.find("Vũ Thị Thanh Hân") != std::string::npos);
  BOOST_TEST(!nextScannedId(session->current()).has_value());
  BOOST_REQUIRE(session->save("canbo").ok());
  auto stored = db->cases().byId(c.id);
  BOOST_REQUIRE(stored->parties.size() == 1u);
  BOOST_TEST(stored->parties[0].party.idDocuments.at(0).number == "049301166447");
  // Undo of the scanned party removes it again.
  BOOST_REQUIRE(session->undo());
  BOOST_TEST(session->current().parties.empty());
}

BOOST_AUTO_TEST_CASE(a_scan_arriving_after_the_first_save_of_a_new_case_is_no_conflict) {
  auto session = CaseEditSession::create(*db, model::CaseKind::Gift, "canbo");
  model::Party donor;
  donor.fullName = "Nguyễn Văn An";
  BOOST_REQUIRE(session.addParty(donor, model::PartyRole::Donor).ok());
  BOOST_REQUIRE(session.save("canbo").ok());
  c = session.current();
  captureCard("cccd_01_clean_scan.jpg");
  auto added = session.addNextScannedParty(model::PartyRole::Donee);
  BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? "" : added.error().en));
  auto saved = session.save("canbo");
  BOOST_REQUIRE_MESSAGE(saved.ok(), (saved.ok() ? "" : saved.error().en));
  BOOST_TEST(db->cases().byId(c.id)->parties.size() == 2u);
  BOOST_TEST(session.addNextScannedParty(model::PartyRole::Donee).error().code == "editing.no_scanned_id");
}

BOOST_AUTO_TEST_CASE(papers_that_are_not_id_cards_or_unknown_are_refused) {
  auto session = CaseEditSession::open(*db, c.id);
  BOOST_REQUIRE(session.ok());
  auto missing = session->addPartyFromScannedId(424242, model::PartyRole::Transferor);
  BOOST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().code == "editing.no_document");
  BOOST_TEST(missing.error().en.find("424242") != std::string::npos);
  BOOST_TEST(!session->canUndo());
}

BOOST_AUTO_TEST_CASE(parcel_from_a_gcn_read_by_ocr) {
  model::SourceDocument gcn;
  gcn.kind = model::DocumentKind::LandCertificate;
  gcn.sha256 = std::string(64, 'a');
  gcn.fileName = "gcn.jpg";
  gcn.mediaType = "image/jpeg";
  gcn.receivedAt = localNow();
  auto ocr = [](std::string name, std::string value) {
    return model::ExtractedField{std::move(name), std::move(value), model::Provenance::Ocr, 0.8};
  };
  gcn.fields = {ocr("serial", "BA 685616"), ocr("parcel_no", "125"), ocr("map_sheet", "7"), ocr("area_m2", "120.5"),
                ocr("owners.0.full_name", "VŨ THỊ THANH HÂN")};
  c.documents.push_back(gcn);
  BOOST_REQUIRE(db->cases().update(c, "test").ok());
  const int64_t doc = db->cases().byId(c.id)->documents.at(0).id;
  auto session = CaseEditSession::open(*db, c.id);
  BOOST_REQUIRE(session.ok());
  auto added = session->addParcelFromScannedGcn(doc);
  BOOST_REQUIRE_MESSAGE(added.ok(), (added.ok() ? "" : added.error().en));
  const model::Parcel& p = session->current().parcels.at(*added).parcel;
  BOOST_TEST(p.serial == "BA 685616");
  BOOST_TEST(p.parcelNumber == "125");
  BOOST_TEST(p.area.canonical() == "120.5");
  BOOST_TEST(session->addParcelFromScannedGcn(doc).error().code == "editing.parcel_exists");
  BOOST_TEST(session->addPartyFromScannedId(doc, model::PartyRole::Transferor).error().code == "editing.not_id_card");
}

BOOST_AUTO_TEST_SUITE_END()
