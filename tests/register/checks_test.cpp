// The checks before authentication, one situation per test: each must be flagged, with its reason, and a clean
// case must pass every one.
#include <boost/test/unit_test.hpp>

#include "workflow/case_workflow.h"
#include "register/authentication_checks.h"
#include "register/blocked_parcels.h"
#include "register_fixture.h"
#include "storage/case_repository.h"

using namespace landdesk;
using namespace landdesk::model;
using namespace landdesk::registry;
using namespace landdesk::test;

namespace {

CheckOptions on(std::chrono::year_month_day day) {
  CheckOptions o;
  o.on = day;
  o.signer.declared = true;
  return o;
}

CheckReport run(RegisterFixture& f, const Case& c, const CheckOptions& o) {
  auto r = checkBeforeAuthentication(*f.db, f.papers, f.office, c, o);
  BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().en));
  return *r;
}

// A pointer into `r`: keep the report in a variable while the pointer is used (a temporary dies at the `;`).
const Finding* find(const CheckReport& r, const std::string& code) {
  for (const Finding& f : r.findings)
    if (f.code == code) return &f;
  return nullptr;
}

std::string blockingCodes(const CheckReport& r) {
  std::string out;
  for (const Finding* f : r.blocking()) out += f->code + " ";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_clean_case_passes_every_check) {
  RegisterFixture f;
  Case c = cleanTransfer();
  f.add(c);
  auto r = run(f, c, on(ymd(2026, 3, 2)));
  BOOST_TEST(!r.blocked(), blockingCodes(r));
  for (const char* code : {"parties.sides", "party.adult", "id.ok", "paper.present", "parcel.no_other_case",
                           "parcel.not_blocked", "signer.unrelated"})
    BOOST_TEST(find(r, code) != nullptr, code);
}

BOOST_AUTO_TEST_CASE(married_transferor_without_spouse_is_blocked) {
  RegisterFixture f;
  Case c = cleanTransfer();
  c.parties[0].party.maritalStatus = MaritalStatus::Married;
  auto r = run(f, c, on(ymd(2026, 3, 2)));
  const Finding* missing = find(r, "parties.spouse_missing");
  BOOST_REQUIRE(missing);
  BOOST_TEST((missing->level == FindingLevel::Blocking));
  BOOST_TEST(missing->vi.find("Nguyễn Văn Đông") != std::string::npos);
  BOOST_TEST(missing->basis.find("Hôn nhân và gia đình") != std::string::npos);
  BOOST_TEST(find(r, "paper.missing") != nullptr);  // and the marriage certificate is required

  // With the spouse as a co-transferor and the certificate in the file, both checks pass.
  Party wife = adult("Lê Thị Hoà", "044180007777");
  wife.maritalStatus = MaritalStatus::Married;
  c.parties.push_back({wife, PartyRole::Transferor, 0});
  c.parties[0].spouse = 2;
  SourceDocument marriage;
  marriage.kind = DocumentKind::MarriageCertificate;
  c.documents.push_back(marriage);
  auto fixed = run(f, c, on(ymd(2026, 3, 2)));
  BOOST_TEST(!fixed.blocked(), blockingCodes(fixed));
  BOOST_TEST(find(fixed, "parties.spouse") != nullptr);
  // Separate property declared: a warning for the officer, not a refusal.
  c.parties.pop_back();
  c.parties[0].spouse.reset();
  auto declared = on(ymd(2026, 3, 2));
  declared.separateProperty = true;
  auto separate = run(f, c, declared);
  BOOST_TEST((find(separate, "parties.spouse_absent")->level == FindingLevel::Warning));
  BOOST_TEST(find(separate, "parties.spouse_missing") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_minor_is_blocked_and_the_18th_birthday_counts) {
  RegisterFixture f;
  Case c = cleanTransfer();
  c.parties[1].party.birthDate = BirthDate{2008, 3, 3};
  c.parties[1].party.idDocuments = {{IdType::CanCuoc, "044308001111", ymd(2024, 8, 1), "Bộ Công an"}};
  const CheckReport minorReport = run(f, c, on(ymd(2026, 3, 2)));  // `minor` points into it
  const Finding* minor = find(minorReport, "party.minor");
  BOOST_REQUIRE(minor);
  BOOST_TEST((minor->level == FindingLevel::Blocking));
  BOOST_TEST(minor->vi.find("17 tuổi") != std::string::npos);
  BOOST_TEST(find(run(f, c, on(ymd(2026, 3, 3))), "party.minor") == nullptr);  // 18 on that day
  // Only the year known: undecidable in the year of the 18th birthday, so the officer must look.
  c.parties[1].party.birthDate = BirthDate{2008, 0, 0};
  BOOST_TEST((find(run(f, c, on(ymd(2026, 3, 3))), "party.adult_uncertain")->level == FindingLevel::Warning));
  c.parties[1].party.birthDate.reset();
  BOOST_TEST((find(run(f, c, on(ymd(2026, 3, 3))), "party.no_birth_date")->level == FindingLevel::Blocking));
}

BOOST_AUTO_TEST_CASE(old_cmnd_is_refused_after_2024_12_31) {
  RegisterFixture f;
  Case c = cleanTransfer();
  c.parties[0].party.idDocuments = {{IdType::Cmnd, "194123456", ymd(2015, 6, 1), "Công an tỉnh Quảng Bình"}};
  BOOST_TEST(find(run(f, c, on(ymd(2024, 12, 31))), "id.ok") != nullptr);  // last day it is accepted
  auto after = run(f, c, on(ymd(2025, 1, 1)));
  const Finding* refused = find(after, "id.cmnd_not_accepted");
  BOOST_REQUIRE(refused);
  BOOST_TEST((refused->level == FindingLevel::Blocking));
  BOOST_TEST(refused->basis.find("Căn cước 26/2023") != std::string::npos);
  // A CCCD next to the old number is what counts.
  c.parties[0].party.idDocuments.insert(c.parties[0].party.idDocuments.begin(),
                                        {IdType::Cccd, "044080001234", ymd(2021, 4, 15), "Cục Cảnh sát"});
  BOOST_TEST(find(run(f, c, on(ymd(2025, 1, 1))), "id.cmnd_not_accepted") == nullptr);
}

BOOST_AUTO_TEST_CASE(an_expired_card_is_refused) {
  RegisterFixture f;
  Case c = cleanTransfer();
  // Born 15/03/2000, CCCD issued 01/05/2021 (2014 law): it must be changed at 25, so it is valid to 15/03/2025.
  c.parties[0].party.birthDate = BirthDate{2000, 3, 15};
  c.parties[0].party.idDocuments = {{IdType::Cccd, "044200001234", ymd(2021, 5, 1), "Cục Cảnh sát"}};
  BOOST_TEST(find(run(f, c, on(ymd(2025, 3, 15))), "id.ok") != nullptr);
  const CheckReport expiredReport = run(f, c, on(ymd(2025, 3, 16)));  // `expired` points into it
  const Finding* expired = find(expiredReport, "id.expired");
  BOOST_REQUIRE(expired);
  BOOST_TEST(expired->vi.find("15/03/2025") != std::string::npos);
  // Issued within two years before 25: valid to 40.
  c.parties[0].party.idDocuments[0].issueDate = ymd(2023, 6, 1);
  BOOST_TEST(find(run(f, c, on(ymd(2026, 3, 2))), "id.ok") != nullptr);
  // No issue date: the expiry cannot be computed, the officer reads the card.
  c.parties[0].party.idDocuments[0].issueDate.reset();
  BOOST_TEST((find(run(f, c, on(ymd(2026, 3, 2))), "id.check_expiry")->level == FindingLevel::Warning));
}

BOOST_AUTO_TEST_CASE(card_expiry_follows_the_renewal_ages) {
  RegisterFixture f;
  const CardExpiryRule* law2014 = f.papers.expiryOf(IdType::Cccd, ymd(2021, 1, 1));
  const CardExpiryRule* law2023 = f.papers.expiryOf(IdType::CanCuoc, ymd(2025, 1, 1));
  BOOST_REQUIRE(law2014);
  BOOST_REQUIRE(law2023);
  BOOST_TEST((*cardExpiry(*law2014, ymd(1980, 5, 10), ymd(2021, 4, 15)) == ymd(2040, 5, 10)));
  BOOST_TEST((*cardExpiry(*law2014, ymd(1980, 5, 10), ymd(2018, 5, 9)) == ymd(2020, 5, 10)));   // more than 2 years before 40
  BOOST_TEST((*cardExpiry(*law2014, ymd(1980, 5, 10), ymd(2018, 5, 10)) == ymd(2040, 5, 10)));  // within 2 years: to 60
  BOOST_TEST(!cardExpiry(*law2014, ymd(1960, 1, 1), ymd(2019, 1, 1)).has_value());             // from 58: no expiry
  BOOST_TEST((*cardExpiry(*law2023, ymd(2015, 2, 28), ymd(2025, 1, 1)) == ymd(2029, 2, 28)));   // a child's card: 14
  BOOST_TEST((*cardExpiry(*law2023, ymd(2012, 2, 29), ymd(2023, 1, 1)) == ymd(2026, 2, 28)));   // 29/02 in a common year
}

BOOST_AUTO_TEST_CASE(a_parcel_in_another_open_case_is_blocked) {
  RegisterFixture f;
  Case first = cleanTransfer("BA 685616", "45", "12");
  f.add(first);
  Case second = cleanTransfer("ba685616", "99", "99");  // same serial, typed differently
  f.add(second);
  const CheckReport otherReport = run(f, second, on(ymd(2026, 3, 2)));  // `other` points into it
  const Finding* other = find(otherReport, "parcel.other_open_case");
  BOOST_REQUIRE(other);
  BOOST_TEST(other->vi.find(first.code) != std::string::npos);
  Case third = cleanTransfer("", "045", "12");  // no serial: parcel number and sheet
  third.parcels[0].parcel.parcelNumber = "45";
  f.add(third);
  BOOST_TEST(find(run(f, third, on(ymd(2026, 3, 2))), "parcel.other_open_case") != nullptr);
  // Once the other cases are closed the parcel is free again.
  for (Case* c : {&first, &second}) {
    // Closing is a workflow step: a case edit may not change the status.
    Case stored = f.reload(*c);
    stored.status = CaseStatus::Withdrawn;
    BOOST_TEST(f.db->cases().update(stored, "test").error().code == "case.status_by_workflow");
    workflow::TransitionDetails d;
    d.note = "Công dân rút hồ sơ";
    BOOST_REQUIRE(workflow::advance(*f.db, c->id, CaseStatus::Withdrawn, d, "test").ok());
  }
  BOOST_TEST(find(run(f, third, on(ymd(2026, 3, 2))), "parcel.other_open_case") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_blocked_parcel_is_refused_until_released) {
  RegisterFixture f;
  Case c = cleanTransfer("BA 685616", "45", "12");
  f.add(c);
  BlockedParcels blocks(*f.db);
  BlockNotice n;
  n.issuerKind = "tòa án";
  n.issuer = "Tòa án nhân dân khu vực 2 - Quảng Trị";
  n.documentNumber = "12/2026/QĐ-BPKCTT";
  n.documentDate = ymd(2026, 2, 20);
  n.parcelNumber = "045";
  n.mapSheet = "12";
  n.commune = "xã Hải Lăng";
  n.owner = "Nguyễn Văn Đông";
  n.reason = "Biện pháp khẩn cấp tạm thời";
  n.receivedAt = at("2026-02-21T09:00:00");
  auto stored = blocks.block(n, "officer");
  BOOST_REQUIRE_MESSAGE(stored.ok(), (stored.ok() ? "" : stored.error().en));
  BOOST_TEST(stored->issuerKind == "court");
  BOOST_TEST(blocks.block(n, "officer").error().code == "block.duplicate");

  const CheckReport blockedReport = run(f, c, on(ymd(2026, 3, 2)));  // `blocked` points into it

  const Finding* blocked = find(blockedReport, "parcel.blocked");
  BOOST_REQUIRE(blocked);
  BOOST_TEST((blocked->level == FindingLevel::Blocking));
  BOOST_TEST(blocked->vi.find("12/2026/QĐ-BPKCTT") != std::string::npos);  // the officer sees which notice
  BOOST_TEST(blocked->vi.find("Tòa án nhân dân khu vực 2") != std::string::npos);

  // At a desk of another commune, the same parcel and sheet numbers there are not this notice's parcel.
  Case elsewhere = cleanTransfer("", "45", "12");
  elsewhere.parcels[0].parcel.address = "Thôn 3, xã Triệu Phong";
  BOOST_TEST(blocks.blocking(elsewhere.parcels[0].parcel, "Triệu Phong")->empty());
  BOOST_TEST(blocks.blocking(elsewhere.parcels[0].parcel, "Hải Lăng")->size() == 1u);

  BlockNotice release = n;
  release.documentNumber = "20/2026/QĐ-HBPKCTT";
  release.documentDate = ymd(2026, 3, 1);
  release.receivedAt = at("2026-03-01T09:00:00");
  BOOST_TEST(blocks.release(release, "99/2026/QĐ", "officer").error().code == "block.nothing_to_release");
  auto lifted = blocks.release(release, "12/2026/QĐ-BPKCTT", "officer");
  BOOST_REQUIRE_MESSAGE(lifted.ok(), (lifted.ok() ? "" : lifted.error().en));
  BOOST_TEST(lifted->size() == 1u);
  BOOST_TEST(*lifted->front().releases == stored->id);
  BOOST_TEST(find(run(f, c, on(ymd(2026, 3, 2))), "parcel.blocked") == nullptr);
  BOOST_TEST(find(run(f, c, on(ymd(2026, 3, 2))), "parcel.not_blocked") != nullptr);
  BOOST_TEST(blocks.list(true)->empty());
  BOOST_TEST(blocks.list(false)->size() == 2u);
}

BOOST_AUTO_TEST_CASE(bad_notices_name_the_field) {
  RegisterFixture f;
  BlockedParcels blocks(*f.db);
  BlockNotice n;
  n.issuerKind = "ủy ban";
  n.issuer = "X";
  n.documentNumber = "1";
  n.documentDate = ymd(2026, 2, 20);
  n.gcnSerial = "AA 01695788";
  auto bad = blocks.block(n, "officer");
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().en.find("issuer_kind") != std::string::npos);
  n.issuerKind = "công an";
  n.gcnSerial.clear();
  BOOST_TEST(blocks.block(n, "officer").error().en.find("parcel") != std::string::npos);
  n.parcelNumber = "7";
  BOOST_TEST(blocks.block(n, "officer").error().en.find("map sheet go together") != std::string::npos);
  n.mapSheet = "3";
  n.documentDate = ymd(2099, 1, 1);
  BOOST_TEST(blocks.block(n, "officer").error().en.find("document_date") != std::string::npos);
  BOOST_TEST(blocks.list()->empty());
}

BOOST_AUTO_TEST_CASE(the_signer_may_not_act_for_kin_or_self) {
  RegisterFixture f;
  Case c = cleanTransfer();
  CheckOptions o = on(ymd(2026, 3, 2));
  o.signer.declared = false;
  BOOST_TEST((find(run(f, c, o), "signer.undeclared")->level == FindingLevel::Blocking));
  o.signer.declared = true;
  o.signer.relatedParty = 1;
  o.signer.kinship = Kinship::Sibling;
  const CheckReport relatedReport = run(f, c, o);  // `related` points into it
  const Finding* related = find(relatedReport, "signer.related");
  BOOST_REQUIRE(related);
  BOOST_TEST(related->vi.find("Đặng Thị Ánh Tuyết") != std::string::npos);
  BOOST_TEST(related->basis.find("Điều 9") != std::string::npos);
  // The signer's own name on a party, written without diacritics, is caught too.
  c.parties[1].party.fullName = "VO VAN THANH";
  o.signer = {true, std::nullopt, std::nullopt, false};
  BOOST_TEST((find(run(f, c, o), "signer.is_party")->level == FindingLevel::Blocking));
  o.signer.homonymConfirmed = true;
  BOOST_TEST((find(run(f, c, o), "signer.homonym")->level == FindingLevel::Warning));
  model::OfficeProfile noSigner = f.office;
  noSigner.signerName.clear();
  auto r = checkBeforeAuthentication(*f.db, f.papers, noSigner, c, o);
  BOOST_TEST((find(*r, "signer.not_set")->level == FindingLevel::Blocking));
}

BOOST_AUTO_TEST_CASE(required_papers_come_from_the_data_with_their_basis) {
  RegisterFixture f;
  Case c = cleanTransfer();
  c.kind = CaseKind::TransferPart;
  auto r = run(f, c, on(ymd(2026, 3, 2)));
  const Finding* drawing = find(r, "paper.missing");
  BOOST_REQUIRE(drawing);
  BOOST_TEST(drawing->vi.find("Bản vẽ tách thửa") != std::string::npos);
  BOOST_TEST(drawing->basis.find("Luật Đất đai 2024") != std::string::npos);
  c.documents.clear();
  BOOST_TEST(blockingCodes(run(f, c, on(ymd(2026, 3, 2)))).find("paper.missing") != std::string::npos);
  BOOST_TEST(f.papers.requiredFor(CaseKind::InheritanceDivision, ymd(2026, 3, 2)).size() == 5u);
}

BOOST_AUTO_TEST_CASE(every_heir_takes_part) {
  RegisterFixture f;
  Case c = cleanTransfer();
  c.kind = CaseKind::InheritanceDivision;
  Party father = adult("Nguyễn Văn Cha", "044050001111");
  Party son = adult("Nguyễn Văn Con", "044080002222");
  Party daughter = adult("Nguyễn Thị Gái", "044180003333");
  c.parties = {{father, PartyRole::Deceased, std::nullopt}, {son, PartyRole::Heir, std::nullopt},
               {daughter, PartyRole::Witness, std::nullopt}};
  c.relationships = {{1, 0, Kinship::Child}, {0, 2, Kinship::Parent}};  // daughter recorded the other way round
  auto r = run(f, c, on(ymd(2026, 3, 2)));
  const Finding* absent = find(r, "parties.heir_not_signing");
  BOOST_REQUIRE(absent);
  BOOST_TEST(absent->vi.find("Nguyễn Thị Gái") != std::string::npos);
  c.parties[2].role = PartyRole::Heir;
  auto fixed = run(f, c, on(ymd(2026, 3, 2)));
  BOOST_TEST(find(fixed, "parties.heir_not_signing") == nullptr);
  BOOST_TEST(find(fixed, "parties.heirs") != nullptr);
  c.parties.erase(c.parties.begin());  // no deceased
  c.relationships.clear();
  BOOST_TEST(find(run(f, c, on(ymd(2026, 3, 2))), "parties.no_deceased") != nullptr);
}
