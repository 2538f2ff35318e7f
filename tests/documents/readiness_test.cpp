// Readiness before rendering: each kind of bad input becomes a finding naming the party or parcel, blocking or not;
// complete cases (hand-built and every demo kind) have nothing blocking.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>

#include "case_fixtures.h"
#include "demo/synthetic_cases.h"
#include "documents/case_document.h"
#include "documents/readiness.h"
#include "tree_path.h"

using namespace landdesk;
using namespace landdesk::documents;
using namespace landdesk::test;
using model::CaseKind;

namespace {

const std::chrono::year_month_day kDay{std::chrono::year(2026), std::chrono::month(2), std::chrono::day(5)};

const Finding* find(const std::vector<Finding>& fs, const std::string& id) {
  for (const auto& f : fs)
    if (f.id == id) return &f;
  return nullptr;
}

std::string ids(const std::vector<Finding>& fs) {
  std::string s;
  for (const auto& f : fs) s += f.id + "(" + severityCode(f.severity) + ":" + f.subject + ") ";
  return s;
}

std::vector<Finding> check(const model::Case& c, const TemplateEntry* t = nullptr, model::OfficeProfile o = office()) {
  static const DocumentSources s = *loadDataSources();
  return checkReadiness(c, o, t, kDay, s.context());
}

TemplateEntry entry(std::vector<CaseKind> kinds, std::vector<std::string> needs) {
  TemplateEntry t;
  t.id = "hd_test";
  t.title = "Mẫu thử";
  t.kinds = std::move(kinds);
  t.effectiveFrom = {std::chrono::year(2024), std::chrono::month(8), std::chrono::day(1)};
  t.needs = std::move(needs);
  return t;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(readiness)

BOOST_AUTO_TEST_CASE(complete_cases_are_ready) {
  for (const model::Case& c : {transferCase(), giftCase(), divisionCase(), refusalCase()}) {
    const auto fs = check(c);
    BOOST_TEST(!hasBlocking(fs), model::codeOf(c.kind) << ": " << ids(fs));
  }
}

BOOST_AUTO_TEST_CASE(married_transferor_without_spouse) {
  model::Case c = transferCase();
  c.parties.erase(c.parties.begin() + 1);  // Trần Thị Bình leaves; Nguyễn Văn An is still married
  c.parties[0].spouse.reset();
  c.relationships.clear();
  c.parcels[0].owners = {{0, "1/1"}};
  const auto fs = check(c);
  const Finding* f = find(fs, "spouse.missing");
  BOOST_REQUIRE_MESSAGE(f, ids(fs));
  BOOST_TEST((f->severity == Severity::Blocking));
  BOOST_TEST(f->subject == "Nguyễn Văn An");
  BOOST_TEST((f->party == std::optional<size_t>(0)));
  BOOST_TEST(hasBlocking(fs));
}

BOOST_AUTO_TEST_CASE(inheritance_without_heirs) {
  model::Case c = divisionCase();
  for (auto& p : c.parties)
    if (p.role == model::PartyRole::Heir) p.role = model::PartyRole::Witness;
  const auto fs = check(c);
  BOOST_REQUIRE_MESSAGE(find(fs, "estate.no_heirs"), ids(fs));
  BOOST_TEST(find(fs, "estate.no_heirs")->vi == "Chưa có người thừa kế");
  model::Case r = refusalCase();
  r.parties[3].role = model::PartyRole::Heir;
  BOOST_TEST(find(check(r), "estate.no_heirs")->en == "No renouncing heir");
  model::Case noRecord = divisionCase();
  noRecord.estate.reset();
  BOOST_TEST(find(check(noRecord), "estate.no_record"));
}

BOOST_AUTO_TEST_CASE(purposes_not_adding_up_to_the_parcel_area) {
  model::Case c = transferCase();
  c.parcels[0].parcel.purposes[1].area = *Decimal::fromCanonical("200");
  const auto fs = check(c);
  const Finding* f = find(fs, "parcel.area_mismatch");
  BOOST_REQUIRE_MESSAGE(f, ids(fs));
  BOOST_TEST(f->subject == "Thửa 215, tờ bản đồ 18");
  BOOST_TEST((f->parcel == std::optional<size_t>(0)));
  BOOST_TEST(f->vi.find("300 m²") != std::string::npos, f->vi);
  BOOST_TEST(f->vi.find("312,5 m²") != std::string::npos, f->vi);
}

BOOST_AUTO_TEST_CASE(transfer_without_price) {
  model::Case c = transferCase();
  c.parcels[0].price.reset();
  c.terms->payments.clear();
  const auto fs = check(c);
  BOOST_REQUIRE_MESSAGE(find(fs, "price.missing"), ids(fs));
  BOOST_TEST((find(fs, "price.missing")->severity == Severity::Blocking));
  // A gift without a value only warns: the contract may state none.
  model::Case g = giftCase();
  g.parcels[0].price.reset();
  const auto gs = check(g);
  BOOST_REQUIRE(find(gs, "value.missing"));
  BOOST_TEST((find(gs, "value.missing")->severity == Severity::Warning));
}

BOOST_AUTO_TEST_CASE(payments_not_adding_up_to_the_price) {
  model::Case c = transferCase();
  c.terms->payments[1].amount = 900'000'000;
  const std::vector<Finding> findings = check(c);  // `f` points into it
  const Finding* f = find(findings, "terms.payments_total");
  BOOST_REQUIRE(f);
  BOOST_TEST(f->vi.find("1.150.000.000") != std::string::npos, f->vi);
}

BOOST_AUTO_TEST_CASE(missing_office_settings) {
  model::OfficeProfile empty;
  const auto fs = check(transferCase(), nullptr, empty);
  std::set<std::string> keys;
  for (const auto& f : fs)
    if (f.id == "office.missing") keys.insert(f.setting);
  BOOST_TEST((keys == std::set<std::string>{"office.commune", "office.province", "signer.name", "receiver.name"}));
  BOOST_TEST(hasBlocking(fs));
}

BOOST_AUTO_TEST_CASE(shares_that_do_not_add_up) {
  model::Case c = divisionCase();
  c.estate->heirs[0].share = "1/3";
  BOOST_TEST(find(check(c), "heir.shares_total"));
  model::Case o = transferCase();
  o.parcels[0].owners[1].share = "1/3";
  BOOST_TEST(find(check(o), "owners.shares"));
  model::Case s = divisionCase();
  s.estate->heirs[2].share.clear();
  BOOST_TEST(find(check(s), "heir.no_share")->subject == "Hoàng Thị Kim");
}

BOOST_AUTO_TEST_CASE(what_the_catalog_needs_and_the_case_lacks) {
  model::Case c = transferCase();
  for (auto& p : c.parties)
    if (p.role == model::PartyRole::Transferee) p.role = model::PartyRole::Witness;
  const TemplateEntry t = entry({CaseKind::TransferWhole}, {"ben_a", "ben_b", "chung_thuc"});
  const auto fs = check(c, &t);
  BOOST_TEST(find(fs, "needs.ben_b"));
  BOOST_TEST((find(fs, "needs.chung_thuc")->severity == Severity::Warning));
  // A template for every kind needs ben_b and di_san only where the kind has them.
  TemplateEntry any = entry({}, {"ben_b", "di_san"});
  any.allKinds = true;
  BOOST_TEST(!find(check(transferCase(), &any), "needs.di_san"));
  BOOST_TEST(!find(check(divisionCase(), &any), "needs.ben_b"));
  model::Case noEstate = divisionCase();
  noEstate.estate.reset();
  BOOST_TEST(find(check(noEstate, &any), "needs.di_san"));
  const TemplateEntry giftOnly = entry({CaseKind::Gift}, {});
  BOOST_TEST(find(check(transferCase(), &giftOnly), "template.kind"));
  TemplateEntry expired = entry({CaseKind::TransferWhole}, {});
  expired.effectiveTo = std::chrono::year_month_day{std::chrono::year(2025), std::chrono::month(10), std::chrono::day(31)};
  BOOST_TEST(find(check(transferCase(), &expired), "template.not_in_force"));
}

BOOST_AUTO_TEST_CASE(demo_cases_of_every_kind_are_complete) {
  const auto cases = demo::syntheticCases(120, 20261123, std::chrono::local_days(kDay) + std::chrono::hours(17));
  static const DocumentSources s = *loadDataSources();
  std::set<CaseKind> kinds;
  size_t couples = 0, coOwned = 0, severalParcels = 0, mixed = 0, spouses = 0, severalTransferors = 0, rank2 = 0;
  for (const auto& c : cases) {
    kinds.insert(c.kind);
    const auto fs = checkReadiness(c, office(), nullptr, kDay, s.context());
    BOOST_TEST(!hasBlocking(fs), model::codeOf(c.kind) << ": " << ids(fs));
    auto t = buildDocumentData(c, office(), kDay, s.context());
    // Every top-level key of docs/template-data.md is present for every kind.
    for (const char* key : {"ngay_lap", "co_quan", "nguoi_ky", "nguoi_tiep_nhan", "ho_so", "ben_a", "ben_b", "cac_ben", "thua_dat",
                            "so_thua", "nhieu_thua", "tong_gia", "hop_dong", "di_san", "chung_thuc", "giay_to_nop",
                            "giay_to_can_mang", "yeu_cau_bo_sung", "thue", "le_phi", "nguoi_nop", "ban_giao", "ten_van_ban"})
      BOOST_TEST(has(t, key), key);
    couples += flag(t, "ben_a.vo_chong");
    severalTransferors += flag(t, "la_chuyen_nhuong") &&
                          (number(t, "ben_a.so_nguoi") > 2 || (number(t, "ben_a.so_nguoi") == 2 && !flag(t, "ben_a.vo_chong")));
    coOwned += flag(t, "thua_dat[0].dong_su_dung");
    severalParcels += flag(t, "nhieu_thua");
    mixed += flag(t, "thua_dat[0].nhieu_muc_dich");
    spouses += flag(t, "di_san.co_vo_chong_con_song");
    rank2 += flag(t, "la_thua_ke") && number(t, "di_san.hang_thua_ke") == 2;
    BOOST_TEST(number(t, "le_phi.tong") == 50'000);
    if (flag(t, "la_chuyen_nhuong")) BOOST_TEST(number(t, "thue.tong") > 0);
  }
  BOOST_TEST(kinds.size() == 6u);
  BOOST_TEST(couples > 0u);
  BOOST_TEST(severalTransferors > 0u);
  BOOST_TEST(coOwned > 0u);
  BOOST_TEST(severalParcels > 0u);
  BOOST_TEST(mixed > 0u);
  BOOST_TEST(spouses > 0u);
  BOOST_TEST(rank2 > 0u);
}

BOOST_AUTO_TEST_SUITE_END()
