// The officer's check of read values on a real SQLite desk: confirmed and corrected values reach the party or parcel
// with a field_confirmed event in one transaction; cross-checks on names, parcels and ID validity.
#include <boost/test/unit_test.hpp>

#include "register/paper_rules.h"
#include "storage/case_repository.h"
#include "storage/database.h"
#include "support/temp_dir.h"
#include "verify/cross_checks.h"
#include "verify/field_confirmation.h"

using namespace landdesk;
using namespace std::chrono;

namespace {

struct Desk {
  test::TempDir dir;
  std::unique_ptr<storage::Database> db;
  Desk() {
    auto opened = storage::Database::open({dir / "desk.sqlite"});
    BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().en));
    db = std::move(*opened);
  }
};

model::ExtractedField field(std::string name, std::string value, model::Provenance p, double confidence) {
  return {std::move(name), std::move(value), p, confidence};
}

model::SourceDocument idCard(std::string number, std::string name, std::string birth, std::string issued) {
  model::SourceDocument d;
  d.kind = model::DocumentKind::IdCard;
  d.sha256 = std::string(64, 'a');
  d.fileName = "cccd.jpg";
  d.mediaType = "image/jpeg";
  d.fields = {field("id_number", number, model::Provenance::Qr, 1.0), field("full_name", name, model::Provenance::Qr, 1.0),
              field("birth_date", birth, model::Provenance::Qr, 1.0), field("sex", "Nam", model::Provenance::Qr, 1.0),
              field("issue_date", issued, model::Provenance::Qr, 1.0)};
  return d;
}

model::SourceDocument gcn(std::string owner, std::string parcelNo, std::string sheet, std::string address) {
  model::SourceDocument d;
  d.kind = model::DocumentKind::LandCertificate;
  d.sha256 = std::string(64, 'b');
  d.fileName = "so-do.jpg";
  d.mediaType = "image/jpeg";
  d.fields = {field("serial", "BA 685616", model::Provenance::Ocr, 0.93), field("parcel_no", parcelNo, model::Provenance::Ocr, 0.71),
              field("map_sheet", sheet, model::Provenance::Ocr, 0.88), field("address", address, model::Provenance::Ocr, 0.52),
              field("area_m2", "312.0", model::Provenance::Ocr, 0.41),
              field("owners.0.full_name", owner, model::Provenance::Ocr, 0.66)};
  return d;
}

model::Case newCase(storage::Database& db, std::vector<model::SourceDocument> docs) {
  model::Case c;
  c.kind = model::CaseKind::TransferWhole;
  c.receivedAt = localNow();
  c.documents = std::move(docs);
  auto ok = db.cases().add(c, "test");
  BOOST_REQUIRE_MESSAGE(ok.ok(), (ok.ok() ? "" : ok.error().en));
  return c;
}

std::vector<model::CaseEvent> confirmations(storage::Database& db, int64_t caseId) {
  std::vector<model::CaseEvent> out;
  auto events = db.cases().events(caseId);
  BOOST_REQUIRE(events.ok());
  for (auto& e : *events)
    if (e.action == verify::kFieldConfirmedAction) out.push_back(e);
  return out;
}

bool has(const std::vector<verify::CrossCheck>& checks, std::string_view code) {
  for (const auto& c : checks)
    if (c.code == code) return true;
  return false;
}

constexpr year_month_day kToday{2026y / 11 / 23};

}  // namespace

BOOST_AUTO_TEST_CASE(confirming_a_qr_value_creates_the_party_and_records_the_source) {
  Desk d;
  const model::Case c = newCase(*d.db, {idCard("001090012345", "Nguyễn Văn An", "1990-01-01", "2021-04-15")});
  auto r = verify::confirmField(*d.db, {c.code, std::nullopt, "full_name", "Nguyễn Văn An", "canbo"});
  BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().en));
  BOOST_TEST(r->source == "qr");
  BOOST_TEST(r->target == "parties[0].fullName");
  auto stored = d.db->cases().byCode(c.code);
  BOOST_REQUIRE(stored.ok());
  BOOST_REQUIRE(stored->parties.size() == 1u);
  BOOST_TEST(stored->parties[0].party.fullName == "Nguyễn Văn An");
  BOOST_TEST((stored->documents[0].fields[1].provenance == model::Provenance::Confirmed));
  auto events = confirmations(*d.db, c.id);
  BOOST_REQUIRE(events.size() == 1u);
  BOOST_TEST(events[0].field == "full_name@qr");
  BOOST_TEST(events[0].newValue == "Nguyễn Văn An");
  BOOST_TEST(events[0].actor == "canbo");

  // The second value of the same card goes to the same party, found by the name already confirmed.
  auto number = verify::confirmField(*d.db, {c.code, std::nullopt, "id_number", "001090012345", "canbo"});
  BOOST_REQUIRE(number.ok());
  stored = d.db->cases().byCode(c.code);
  BOOST_REQUIRE(stored->parties.size() == 1u);
  BOOST_REQUIRE(!stored->parties[0].party.idDocuments.empty());
  BOOST_TEST(stored->parties[0].party.idDocuments[0].number == "001090012345");
}

BOOST_AUTO_TEST_CASE(a_corrected_ocr_value_is_the_officers_and_reaches_the_parcel) {
  Desk d;
  const model::Case c = newCase(*d.db, {gcn("Nguyễn Văn An", "12", "5", "thôn Đông, xã Tân Lập, huyện Đan Phượng")});
  auto r = verify::confirmField(*d.db, {c.code, std::nullopt, "area_m2", "312,5", "canbo"});
  BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().en));
  BOOST_TEST(r->source == "officer");
  BOOST_TEST(r->readValue == "312.0");
  auto stored = d.db->cases().byCode(c.code);
  BOOST_REQUIRE(stored->parcels.size() == 1u);
  BOOST_TEST(stored->parcels[0].parcel.area.canonical() == "312.5");
  auto unchanged = verify::confirmField(*d.db, {c.code, std::nullopt, "parcel_no", "12", "canbo"});
  BOOST_REQUIRE(unchanged.ok());
  BOOST_TEST(unchanged->source == "ocr");
  stored = d.db->cases().byCode(c.code);
  BOOST_REQUIRE(stored->parcels.size() == 1u);  // the same parcel, found again by its serial
  BOOST_TEST(stored->parcels[0].parcel.parcelNumber == "12");
  auto events = confirmations(*d.db, c.id);
  BOOST_REQUIRE(events.size() == 2u);
  BOOST_TEST(events[0].field == "area_m2@officer");
  BOOST_TEST(events[0].oldValue == "312.0");
  BOOST_TEST(events[1].field == "parcel_no@ocr");
}

BOOST_AUTO_TEST_CASE(a_value_that_does_not_fit_changes_nothing) {
  Desk d;
  const model::Case c = newCase(*d.db, {idCard("001090012345", "Nguyễn Văn An", "1990-01-01", "2021-04-15")});
  auto bad = verify::confirmField(*d.db, {c.code, std::nullopt, "birth_date", "31/02/1990", "canbo"});
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().code == "verify.bad_value");
  BOOST_TEST(bad.error().vi.find("birth_date") != std::string::npos);
  auto missing = verify::confirmField(*d.db, {c.code, std::nullopt, "no_such_field", "x", "canbo"});
  BOOST_TEST(!missing.ok());
  auto noCase = verify::confirmField(*d.db, {"HS-1999-99999", std::nullopt, "full_name", "x", "canbo"});
  BOOST_TEST(!noCase.ok());
  auto stored = d.db->cases().byCode(c.code);
  BOOST_TEST(stored->rowVersion == c.rowVersion);
  BOOST_TEST(stored->parties.empty());
  BOOST_TEST(confirmations(*d.db, c.id).empty());
}

BOOST_AUTO_TEST_CASE(fields_come_weakest_first_and_confirmed_last) {
  model::SourceDocument doc = gcn("A", "12", "5", "xã Tân Lập");
  doc.fields[4].provenance = model::Provenance::Confirmed;  // area_m2, the weakest read, already confirmed
  auto order = verify::weakestFirst(doc);
  BOOST_REQUIRE(order.size() == 6u);
  BOOST_TEST(order[0].name == "address");
  BOOST_TEST(order[1].name == "owners.0.full_name");
  BOOST_TEST(order[2].name == "parcel_no");
  BOOST_TEST(order[5].name == "area_m2");
}

BOOST_AUTO_TEST_CASE(owner_names_are_compared_without_diacritics_and_differences_flagged) {
  model::Case c;
  c.documents = {idCard("001090012345", "Nguyễn Văn Đông", "1990-01-01", "2021-04-15"),
                 gcn("NGUYỄN VĂN ĐÔNG", "12", "5", "xã Tân Lập")};
  auto checks = verify::checkOwnerNames(c);
  BOOST_REQUIRE(checks.size() == 1u);
  BOOST_TEST(checks[0].code == "names.diacritics");  // upper case differs in spelling: the officer looks
  c.documents[1].fields[5].value = "Nguyễn Văn Đông";
  BOOST_TEST(verify::checkOwnerNames(c)[0].code == "names.match");
  c.documents[1].fields[5].value = "Nguyễn Văn Dong";
  BOOST_TEST(verify::checkOwnerNames(c)[0].code == "names.diacritics");
  BOOST_TEST(verify::checkOwnerNames(c)[0].problem);
  c.documents[1].fields[5].value = "Trần Thị Bình";
  BOOST_TEST(verify::checkOwnerNames(c)[0].code == "names.no_card");
}

BOOST_AUTO_TEST_CASE(expired_cards_and_old_cmnd_are_problems) {
  auto rules = registry::loadPaperRules();
  BOOST_REQUIRE_MESSAGE(rules.ok(), (rules.ok() ? "" : rules.error().en));
  model::Case c;
  // Issued at 20: valid to the 25th birthday, 2020-06-01, long past.
  c.documents = {idCard("001095012345", "Lê Văn Cũ", "1995-06-01", "2016-01-10")};
  auto checks = verify::checkIdValidity(*rules, c, kToday);
  BOOST_REQUIRE(checks.size() == 1u);
  BOOST_TEST(checks[0].code == "id.expired");
  BOOST_TEST(checks[0].problem);
  c.documents = {idCard("001090012345", "Nguyễn Văn An", "1990-01-01", "2021-04-15")};
  checks = verify::checkIdValidity(*rules, c, kToday);
  BOOST_TEST(checks.at(0).code == "id.ok");
  BOOST_TEST(!checks.at(0).problem);
  c.documents = {idCard("123456789", "Phạm Thị Dung", "1970-02-03", "2010-05-06")};
  checks = verify::checkIdValidity(*rules, c, kToday);
  BOOST_TEST(checks.at(0).code == "id.cmnd_not_accepted");
}

BOOST_AUTO_TEST_CASE(a_parcel_in_another_open_case_of_the_same_commune_is_flagged) {
  Desk d;
  model::Case other;
  other.kind = model::CaseKind::Gift;
  other.receivedAt = localNow();
  model::CaseParcel p;
  p.parcel.parcelNumber = "12";
  p.parcel.mapSheet = "5";
  p.parcel.address = "Thôn Đông, Xã Tân Lập, huyện Đan Phượng";
  p.parcel.area = Decimal(3120, 1);
  other.parcels.push_back(p);
  BOOST_REQUIRE(d.db->cases().add(other, "test").ok());

  model::SourceDocument paper = gcn("A", "12", "5", "thôn Tây, xã Tân Lập, huyện Đan Phượng");
  paper.fields[0].value = "";  // no serial read: the match is by sheet and number in the commune
  const model::Case c = newCase(*d.db, {paper});
  auto checks = verify::checkParcelsElsewhere(*d.db, c);
  BOOST_TEST(has(checks, "parcel.other_open_case"));
  BOOST_TEST(checks.at(0).vi.find(other.code) != std::string::npos);

  model::Case elsewhere = c;
  elsewhere.documents[0].fields[3].value = "xã Hồng Hà, huyện Đan Phượng";
  checks = verify::checkParcelsElsewhere(*d.db, elsewhere);
  BOOST_TEST(!has(checks, "parcel.other_open_case"));
  BOOST_TEST(has(checks, "parcel.no_other_case"));
  BOOST_TEST(verify::communeOf("Thôn Đông, Xã Tân Lập, huyện Đan Phượng") == "xa tan lap");
  BOOST_TEST(verify::communeOf("Số 5 Lý Thường Kiệt").empty());
}
