#include "case_fixtures.h"

#include "demo/demo_office.h"

namespace landdesk::test {

using namespace landdesk::model;
using std::chrono::year;
using std::chrono::year_month_day;

namespace {

year_month_day ymd(int y, unsigned m, unsigned d) { return {year(y), std::chrono::month(m), std::chrono::day(d)}; }

CaseParty party(const char* name, Sex sex, int birthYear, const char* id, PartyRole role, MaritalStatus status) {
  CaseParty cp;
  cp.party.fullName = name;
  cp.party.sex = sex;
  cp.party.birthDate = BirthDate{birthYear, 3, 7};
  cp.party.idDocuments.push_back({IdType::Cccd, id, ymd(2021, 4, 12), "Cục Cảnh sát quản lý hành chính về trật tự xã hội"});
  cp.party.permanentAddress = "Thôn Phú Hải, xã Hải Lăng, tỉnh Quảng Trị";
  cp.party.maritalStatus = status;
  cp.role = role;
  return cp;
}

CaseParcel mixedParcel(int64_t price) {
  CaseParcel cp;
  Parcel& p = cp.parcel;
  p.serial = "DĐ 01234567";
  p.registerNumber = "CS 04512";
  p.issuer = "Sở Tài nguyên và Môi trường tỉnh Quảng Trị";
  p.issueDate = ymd(2019, 6, 20);
  p.parcelNumber = "215";
  p.mapSheet = "18";
  p.address = "Thôn An Thái, xã Hải Lăng, tỉnh Quảng Trị";
  p.area = *Decimal::fromCanonical("312.5");
  p.useForm = UseForm::Private;
  p.purposes = {{"ONT", "Đất ở tại nông thôn", *Decimal::fromCanonical("100")},
                {"CLN", "Đất trồng cây lâu năm", *Decimal::fromCanonical("212.5")}};
  p.term = "Đất ở: Lâu dài; đất trồng cây lâu năm: đến ngày 15/10/2063";
  p.origin = "Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất";
  cp.price = price;
  return cp;
}

Case base(CaseKind kind) {
  Case c;
  c.code = "HS-2026-00042";
  c.kind = kind;
  c.channel = IntakeChannel::Zalo;
  c.receivedAt = std::chrono::local_days(ymd(2026, 2, 5)) + std::chrono::hours(8) + std::chrono::minutes(30);
  c.dueAt = std::chrono::local_days(ymd(2026, 2, 9)) + std::chrono::hours(8) + std::chrono::minutes(30);
  c.officer = "Trần Thị Hương";
  return c;
}

}  // namespace

Case transferCase() {
  Case c = base(CaseKind::TransferWhole);
  c.parties.push_back(party("Nguyễn Văn An", Sex::Male, 1968, "044068001234", PartyRole::Transferor, MaritalStatus::Married));
  c.parties.push_back(party("Trần Thị Bình", Sex::Female, 1970, "044170005678", PartyRole::Transferor, MaritalStatus::Married));
  c.parties[0].spouse = 1;
  c.parties[1].spouse = 0;
  c.parties.push_back(party("Lê Văn Cường", Sex::Male, 1985, "045085009012", PartyRole::Transferee, MaritalStatus::Single));
  c.parties.push_back(party("Phạm Thị Dung", Sex::Female, 1990, "045190003456", PartyRole::Transferee, MaritalStatus::Single));
  c.relationships.push_back({1, 0, Kinship::Spouse});
  c.parcels.push_back(mixedParcel(1'250'000'000));
  c.parcels[0].parcel.useForm = UseForm::Shared;
  c.parcels[0].owners = {{0, "1/2"}, {1, "1/2"}};
  ContractTerms t;
  t.paymentMethod = "Chuyển khoản qua ngân hàng";
  t.payments = {{ymd(2026, 2, 9), 250'000'000, "Đặt cọc"}, {ymd(2026, 3, 2), 1'000'000'000, "Phần còn lại"}};
  t.handoverDate = ymd(2026, 3, 5);
  t.originals = 5;
  c.terms = t;
  c.documents.push_back({0, DocumentKind::LandCertificate, "", "gcn.jpg", "image/jpeg", IntakeChannel::Zalo, c.receivedAt, {}});
  c.documents.push_back({0, DocumentKind::IdCard, "", "cccd1.jpg", "image/jpeg", IntakeChannel::Zalo, c.receivedAt, {}});
  c.documents.push_back({0, DocumentKind::IdCard, "", "cccd2.jpg", "image/jpeg", IntakeChannel::Zalo, c.receivedAt, {}});
  return c;
}

Case giftCase() {
  Case c = base(CaseKind::Gift);
  c.parties.push_back(party("Nguyễn Văn An", Sex::Male, 1955, "044055001234", PartyRole::Donor, MaritalStatus::Married));
  c.parties.push_back(party("Trần Thị Bình", Sex::Female, 1957, "044157005678", PartyRole::Donor, MaritalStatus::Married));
  c.parties[0].spouse = 1;
  c.parties[1].spouse = 0;
  c.parties.push_back(party("Nguyễn Văn Sơn", Sex::Male, 1982, "044082009012", PartyRole::Donee, MaritalStatus::Married));
  c.relationships.push_back({2, 0, Kinship::Child});
  c.parcels.push_back(mixedParcel(800'000'000));
  ContractTerms t;
  t.giftCondition = "Bên được tặng cho phụng dưỡng bên tặng cho";
  c.terms = t;
  return c;
}

Case divisionCase() {
  Case c = base(CaseKind::InheritanceDivision);
  c.parties.push_back(party("Hoàng Văn Em", Sex::Male, 1948, "044048000111", PartyRole::Deceased, MaritalStatus::Married));
  c.parties.push_back(party("Đỗ Thị Gấm", Sex::Female, 1950, "044150000222", PartyRole::Heir, MaritalStatus::Widowed));
  c.parties.push_back(party("Hoàng Văn Hải", Sex::Male, 1975, "044075000333", PartyRole::Heir, MaritalStatus::Married));
  c.parties.push_back(party("Hoàng Thị Kim", Sex::Female, 1978, "044178000444", PartyRole::Heir, MaritalStatus::Married));
  c.parties[0].spouse = 1;
  c.parties[1].spouse = 0;
  c.relationships = {{1, 0, Kinship::Spouse}, {2, 0, Kinship::Child}, {3, 0, Kinship::Child}};
  c.parcels.push_back(mixedParcel(900'000'000));
  c.parcels[0].owners = {{0, ""}, {1, ""}};
  Estate e;
  e.deathDate = ymd(2024, 3, 10);
  e.deathPlace = "Tại nhà riêng";
  e.deathCertificateNumber = "35/TLKT-BS";
  e.deathCertificateDate = ymd(2024, 3, 15);
  e.deathCertificateIssuer = "UBND xã Hải Lăng";
  e.survivingSpouse = 1;
  e.spouseHalfSeparated = true;
  e.heirs = {{1, 1, "1/2", false}, {2, 1, "1/4", true}, {3, 1, "1/4", false}};
  c.estate = e;
  return c;
}

Case refusalCase() {
  Case c = divisionCase();
  c.kind = CaseKind::InheritanceRefusal;
  c.parties[3].role = PartyRole::RenouncingHeir;
  c.estate->heirs = {{3, 1, "", false}};
  return c;
}

OfficeProfile office() { return demo::demoOfficeProfile(); }

}  // namespace landdesk::test
