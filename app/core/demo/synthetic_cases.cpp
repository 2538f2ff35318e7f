#include "demo/synthetic_cases.h"

#include <array>
#include <cstdio>
#include <random>
#include <string>

#include "demo/case_details.h"

namespace landdesk::demo {

using namespace landdesk::model;

namespace {

constexpr std::array kFamilyNames = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
                                     "Võ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô",   "Dương", "Lý"};
constexpr std::array kMaleMiddle = {"Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Đình"};
constexpr std::array kFemaleMiddle = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Diệu"};
constexpr std::array kMaleGiven = {"An",   "Bình", "Cường", "Dũng", "Đông", "Hải",  "Hùng", "Khánh",
                                   "Long", "Nam",  "Phúc",  "Quân", "Sơn",  "Thắng", "Tuấn", "Việt"};
constexpr std::array kFemaleGiven = {"Anh", "Châu", "Dung",  "Giang", "Hà",   "Hạnh", "Hoa", "Lan",
                                     "Linh", "Mai", "Nhung", "Oanh",  "Phượng", "Thảo", "Trang", "Yến"};
constexpr std::array kVillages = {"Thôn Phú Hải", "Thôn An Thái", "Thôn Đông Dương", "Thôn Mỹ Chánh",
                                  "Thôn Trường Phước", "Thôn Hội Yên", "Thôn Câu Nhi", "Thôn Long Hưng"};
constexpr std::array kCommunes = {"xã Hải Lăng", "xã Triệu Phong", "xã Vĩnh Linh", "xã Gio Linh",
                                  "xã Cam Lộ", "xã Đakrông", "xã Hướng Phùng", "xã Quảng Ninh"};
// Birth-registration province codes (CCCD digits 1–3) of the region.
constexpr std::array kProvinceCodes = {"044", "045", "046", "038", "040", "042", "001", "079"};

struct Purpose {
  const char* code;
  const char* name;
};
constexpr std::array kPurposes = {Purpose{"ONT", "Đất ở tại nông thôn"}, Purpose{"CLN", "Đất trồng cây lâu năm"},
                                  Purpose{"BHK", "Đất bằng trồng cây hằng năm khác"}, Purpose{"NTS", "Đất nuôi trồng thủy sản"}};

class Generator {
 public:
  Generator(uint64_t seed, LocalDateTime until) : rng_(seed), until_(until) {}

  template <class A>
  auto pick(const A& items) {
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng_)];
  }
  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }

  std::string address() { return std::string(pick(kVillages)) + ", " + pick(kCommunes) + ", tỉnh Quảng Trị"; }

  Party person(Sex sex, int birthYear) {
    Party p;
    p.sex = sex;
    const bool male = sex == Sex::Male;
    p.fullName = std::string(pick(kFamilyNames)) + " " + (male ? pick(kMaleMiddle) : pick(kFemaleMiddle)) + " " +
                 (male ? pick(kMaleGiven) : pick(kFemaleGiven));
    p.birthDate = BirthDate{birthYear, static_cast<unsigned>(between(1, 12)), static_cast<unsigned>(between(1, 28))};
    // CCCD: province, century+sex digit, two year digits, six random digits (legal-facts §6.1).
    const int centuryDigit = (birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1);
    char number[16];
    std::snprintf(number, sizeof number, "%s%d%02d%06d", pick(kProvinceCodes), centuryDigit, birthYear % 100,
                  between(0, 999999));
    const int issueYear = between(2021, 2025);
    p.idDocuments.push_back({issueYear >= 2024 ? IdType::CanCuoc : IdType::Cccd, number,
                             std::chrono::year_month_day{std::chrono::year(issueYear),
                                                         std::chrono::month(static_cast<unsigned>(between(1, 12))),
                                                         std::chrono::day(static_cast<unsigned>(between(1, 28)))},
                             issueYear >= 2024 ? "Bộ Công an" : "Cục Cảnh sát quản lý hành chính về trật tự xã hội"});
    p.permanentAddress = address();
    p.currentAddress = p.permanentAddress;
    p.phone = "09" + std::to_string(between(10000000, 99999999));
    p.maritalStatus = MaritalStatus::Single;
    return p;
  }

  // A married couple appended to the case, linked both ways.
  void couple(Case& c, PartyRole role) {
    const int year = between(1955, 1995);
    const size_t husband = c.parties.size();
    c.parties.push_back({person(Sex::Male, year), role, husband + 1});
    c.parties.push_back({person(Sex::Female, year + between(-2, 5)), role, husband});
    c.parties[husband].party.maritalStatus = c.parties[husband + 1].party.maritalStatus = MaritalStatus::Married;
    c.parties[husband + 1].party.permanentAddress = c.parties[husband].party.permanentAddress;
    c.relationships.push_back({husband + 1, husband, Kinship::Spouse});
  }

  void single(Case& c, PartyRole role) {
    c.parties.push_back({person(chance(0.5) ? Sex::Male : Sex::Female, between(1950, 2000)), role, std::nullopt});
  }

  CaseParcel parcel(bool priced) {
    CaseParcel cp;
    Parcel& p = cp.parcel;
    const bool oldForm = chance(0.4);
    char serial[16];
    std::snprintf(serial, sizeof serial, oldForm ? "%c%c %06d" : "%c%c %08d", 'A' + between(0, 25), 'A' + between(0, 25),
                  between(0, oldForm ? 999999 : 99999999));
    p.serial = serial;
    p.registerNumber = "CH " + std::to_string(between(100, 9999));
    p.issuer = oldForm ? "UBND huyện Hải Lăng" : "Sở Tài nguyên và Môi trường tỉnh Quảng Trị";
    p.issueDate = std::chrono::year_month_day{std::chrono::year(oldForm ? between(2005, 2019) : between(2020, 2025)),
                                              std::chrono::month(static_cast<unsigned>(between(1, 12))),
                                              std::chrono::day(static_cast<unsigned>(between(1, 28)))};
    p.parcelNumber = std::to_string(between(1, 999));
    p.mapSheet = std::to_string(between(1, 60));
    p.address = address();
    const Decimal residential(between(1000, 3000), 1);  // 100,0 – 300,0 m², one decimal as on the GCN
    p.purposes.push_back({"ONT", "Đất ở tại nông thôn", residential});
    p.area = residential;
    if (chance(0.5)) {
      const Purpose extra = pick(std::array{kPurposes[1], kPurposes[2], kPurposes[3]});
      const Decimal more(between(200, 20000), 1);
      p.purposes.push_back({extra.code, extra.name, more});
      p.area = *p.area.plus(more);
    }
    p.useForm = UseForm::Private;
    p.term = "Đất ở: Lâu dài";
    p.origin = pick(std::array{"Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",
                               "Nhận chuyển nhượng đất được công nhận quyền sử dụng đất",
                               "Nhận thừa kế đất được công nhận quyền sử dụng đất"});
    if (priced) cp.price = int64_t{between(30, 2500)} * 10'000'000;
    return cp;
  }

  Case next() {
    Case c;
    static constexpr std::array kKinds = {CaseKind::TransferWhole, CaseKind::TransferWhole, CaseKind::TransferPart,
                                          CaseKind::Gift, CaseKind::InheritanceDivision,
                                          CaseKind::InheritanceDeclaration, CaseKind::InheritanceRefusal};
    c.kind = pick(kKinds);
    c.channel = pick(std::array{IntakeChannel::Counter, IntakeChannel::Zalo, IntakeChannel::Zalo, IntakeChannel::Email,
                                IntakeChannel::Online});
    // Received during office hours on one of the last 120 days.
    c.receivedAt = std::chrono::floor<std::chrono::days>(until_) - std::chrono::days(between(0, 120)) +
                   std::chrono::minutes(between(7 * 60 + 30, 16 * 60 + 45));
    c.dueAt = c.receivedAt + std::chrono::days(2);
    c.status = pick(std::array{CaseStatus::Received, CaseStatus::Drafting, CaseStatus::DraftSent,
                               CaseStatus::Authenticated, CaseStatus::Filed, CaseStatus::Collected});
    c.officer = pick(std::array{"Trần Thị Hương", "Lê Văn Lực"});
    switch (c.kind) {
      case CaseKind::TransferWhole:
      case CaseKind::TransferPart:
        chance(0.6) ? couple(c, PartyRole::Transferor) : single(c, PartyRole::Transferor);
        if (chance(0.25)) {  // a parcel two siblings hold together: several transferors
          single(c, PartyRole::Transferor);
          c.relationships.push_back({c.parties.size() - 1, 0, Kinship::Sibling});
        }
        chance(0.5) ? couple(c, PartyRole::Transferee) : single(c, PartyRole::Transferee);
        if (chance(0.2)) single(c, PartyRole::Transferee);
        c.parcels.push_back(parcel(true));
        if (c.kind == CaseKind::TransferWhole && chance(0.25)) c.parcels.push_back(parcel(true));
        if (c.kind == CaseKind::TransferPart) c.parcels[0].transferredArea = Decimal(c.parcels[0].parcel.area.units() / 3, 1);
        break;
      case CaseKind::Gift: {
        couple(c, PartyRole::Donor);
        const size_t father = 0;
        single(c, PartyRole::Donee);
        c.relationships.push_back({c.parties.size() - 1, father, Kinship::Child});
        c.parcels.push_back(parcel(true));
        break;
      }
      default: {
        single(c, PartyRole::Deceased);
        // Rank 2 (siblings) when the deceased left no spouse or child; else the surviving spouse and children.
        const bool siblings = c.kind != CaseKind::InheritanceRefusal && chance(0.15);
        c.parties[0].party.maritalStatus = siblings ? MaritalStatus::Single : MaritalStatus::Married;
        if (!siblings && chance(0.7)) {
          single(c, PartyRole::Heir);
          CaseParty& widow = c.parties.back();
          widow.party.sex = c.parties[0].party.sex == Sex::Male ? Sex::Female : Sex::Male;
          widow.party.maritalStatus = MaritalStatus::Widowed;
          widow.spouse = 0;
          c.parties[0].spouse = c.parties.size() - 1;
          c.relationships.push_back({c.parties.size() - 1, 0, Kinship::Spouse});
        }
        const int heirs = between(c.kind == CaseKind::InheritanceRefusal ? 2 : 1, 4);
        for (int i = 0; i < heirs; ++i) {
          single(c, c.kind == CaseKind::InheritanceRefusal && i == 0 ? PartyRole::RenouncingHeir : PartyRole::Heir);
          c.relationships.push_back({c.parties.size() - 1, 0, siblings ? Kinship::Sibling : Kinship::Child});
        }
        c.parcels.push_back(parcel(true));  // the declared value of the estate, for the tax estimate
        break;
      }
    }
    addDocumentDetails(c, rng_());  // terms, estate, owners, papers received: what the documents print
    return c;
  }

 private:
  std::mt19937_64 rng_;
  LocalDateTime until_;
};

}  // namespace

std::vector<Case> syntheticCases(size_t count, uint64_t seed, LocalDateTime until) {
  Generator g(seed, until);
  std::vector<Case> cases;
  cases.reserve(count);
  for (size_t i = 0; i < count; ++i) cases.push_back(g.next());
  return cases;
}

}  // namespace landdesk::demo
