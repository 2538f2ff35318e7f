#include <boost/test/unit_test.hpp>

#include "model/case_json.h"
#include "storage/case_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

BOOST_AUTO_TEST_SUITE(case_roundtrip)

BOOST_AUTO_TEST_CASE(every_entity_survives_storage) {
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  BOOST_REQUIRE(db->cases().add(c, "test"));
  BOOST_TEST(c.id > 0);
  BOOST_TEST(c.code == "HS-2026-00001");
  auto loaded = db->cases().byCode(c.code);
  BOOST_REQUIRE(loaded.ok());
  BOOST_TEST((*loaded == c), "stored:\n" << caseToJson(c)->get("parties").toString() << "\nloaded:\n"
                                         << caseToJson(*loaded)->get("parties").toString());
  BOOST_TEST(loaded->parcels[1].parcel.area.canonical() == "120.05");
  BOOST_TEST(loaded->parties[1].party.birthDate->yearOnly());
}

BOOST_AUTO_TEST_CASE(nfd_input_is_stored_as_nfc) {
  DatabaseFixture f;
  auto db = f.open();
  // NFD text enters through the JSON boundary, which normalises; the stored case equals the NFC one.
  const auto nfdJson = caseToJson(fullCase(toNfd));
  std::ostringstream text;
  nfdJson->stringify(text);
  BOOST_REQUIRE(text.str().find("Nguye\xCC\x82\xCC\x83n") != std::string::npos);  // really decomposed
  auto parsed = model::caseFromJsonText(text.str());
  BOOST_REQUIRE(parsed.ok());
  BOOST_REQUIRE(db->cases().add(*parsed, "test"));
  auto loaded = db->cases().byCode(parsed->code);
  BOOST_REQUIRE(loaded.ok());
  auto nfc = fullCase();
  nfc.id = loaded->id;
  nfc.code = loaded->code;
  nfc.rowVersion = loaded->rowVersion;
  for (size_t i = 0; i < nfc.parties.size(); ++i) {
    nfc.parties[i].party.id = loaded->parties[i].party.id;
    nfc.parties[i].party.rowVersion = loaded->parties[i].party.rowVersion;
  }
  for (size_t i = 0; i < nfc.parcels.size(); ++i) {
    nfc.parcels[i].parcel.id = loaded->parcels[i].parcel.id;
    nfc.parcels[i].parcel.rowVersion = loaded->parcels[i].parcel.rowVersion;
  }
  nfc.documents[0].id = loaded->documents[0].id;
  nfc.documents[0].fields[0].confidence.reset();  // JSON input carries no confidence
  auto loadedCopy = *loaded;
  loadedCopy.documents[0].fields[0].confidence.reset();
  BOOST_TEST((loadedCopy == nfc));
  BOOST_TEST(loaded->parties[0].party.fullName == "Nguyễn Văn Đông");
}

BOOST_AUTO_TEST_CASE(update_records_each_change_as_an_event) {
  DatabaseFixture f;
  auto db = f.open();
  auto c = fullCase();
  BOOST_REQUIRE(db->cases().add(c, "tp"));
  // The status moves only through workflow steps: an edit that changes it is refused, nothing written.
  auto moved = c;
  moved.status = model::CaseStatus::Visit1Booked;
  auto refused = db->cases().update(moved, "huong");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == "case.status_by_workflow");
  BOOST_TEST((db->cases().byId(c.id)->status == model::CaseStatus::DraftSent));
  c.parties[2].party.phone = "0987654321";
  c.officer = "Lê Văn Huỳnh";
  BOOST_REQUIRE(db->cases().update(c, "huong"));
  BOOST_TEST(c.rowVersion == 2);
  auto events = db->cases().events(c.id);
  BOOST_REQUIRE(events.ok());
  BOOST_REQUIRE(events->size() == 3u);  // created + two changes
  BOOST_TEST(events->at(0).action == "created");
  bool sawOfficer = false, sawPhone = false, sawStatus = false;
  for (const auto& e : *events) {
    if (e.field == "officer") sawOfficer = e.newValue == "Lê Văn Huỳnh" && e.actor == "huong";
    if (e.field == "parties[2].phone") sawPhone = e.newValue == "0987654321";
    sawStatus = sawStatus || e.field == "status";
  }
  BOOST_TEST(sawOfficer);
  BOOST_TEST(sawPhone);
  BOOST_TEST(!sawStatus);
}

BOOST_AUTO_TEST_CASE(second_desk_editing_a_stale_copy_gets_a_conflict) {
  DatabaseFixture f;
  auto desk1 = f.open();
  auto desk2 = f.open();
  auto c = fullCase();
  BOOST_REQUIRE(desk1->cases().add(c, "a"));
  auto copy1 = *desk1->cases().byId(c.id);
  auto copy2 = *desk2->cases().byId(c.id);
  copy1.officer = "Desk one";
  BOOST_REQUIRE(desk1->cases().update(copy1, "a"));
  copy2.officer = "Desk two";
  auto second = desk2->cases().update(copy2, "b");
  BOOST_REQUIRE(!second.ok());
  BOOST_TEST(second.error().code == "db.conflict");
  BOOST_TEST(desk2->cases().byId(c.id)->officer == "Desk one");  // nothing lost, nothing half-written
}

BOOST_AUTO_TEST_CASE(json_errors_name_the_field) {
  auto bad = model::caseFromJsonText(R"({"parties":[{"full_name":"An","birth_date":"1990-02-31"}]})");
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().en.find("parties[0].birth_date") != std::string::npos);
  auto control = model::caseFromJsonText("{\"officer\":\"a\\u0007b\"}");
  BOOST_REQUIRE(!control.ok());
  BOOST_TEST(control.error().code == "json.control_char");
  auto floatArea = model::caseFromJsonText(R"({"parcels":[{"area":120.5}]})");
  BOOST_REQUIRE(!floatArea.ok());
  BOOST_TEST(floatArea.error().code == "json.inexact");
  BOOST_TEST(!model::caseFromJsonText("{not json").ok());
  BOOST_TEST(!model::caseFromJsonText(R"({"kind":"sale"})").ok());
}

BOOST_AUTO_TEST_SUITE_END()
