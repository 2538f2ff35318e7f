#include "demo/case_details.h"

#include <array>
#include <random>
#include <string>

namespace landdesk::demo {

using namespace landdesk::model;
using Ymd = std::chrono::year_month_day;

namespace {

class Details {
 public:
  explicit Details(uint64_t seed) : rng_(seed) {}
  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  template <class A>
  auto pick(const A& items) {
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng_)];
  }

  static Ymd dayOf(LocalDateTime t) { return Ymd(std::chrono::floor<std::chrono::days>(t)); }
  static Ymd plusDays(Ymd d, int days) { return Ymd(std::chrono::sys_days(d) + std::chrono::days(days)); }

  std::vector<size_t> withRole(const Case& c, PartyRole role) {
    std::vector<size_t> out;
    for (size_t i = 0; i < c.parties.size(); ++i)
      if (c.parties[i].role == role) out.push_back(i);
    return out;
  }

  void terms(Case& c) {
    ContractTerms t;
    const Ymd received = dayOf(c.receivedAt);
    int64_t price = 0;
    for (const auto& p : c.parcels) price += p.price.value_or(0);
    const bool gift = c.kind == CaseKind::Gift;
    if (!gift) {
      t.paymentMethod = pick(std::array{"Chuyển khoản qua ngân hàng", "Tiền mặt", "Tiền mặt và chuyển khoản"});
      if (chance(0.5) && price >= 100'000'000) {
        const int64_t first = price / 100 * between(20, 50) / 1'000'000 * 1'000'000;  // whole millions
        t.payments.push_back({plusDays(received, 2), first, "Đặt cọc khi ký hợp đồng"});
        t.payments.push_back({plusDays(received, between(15, 45)), price - first, "Thanh toán phần còn lại khi nhận GCN"});
      } else {
        t.payments.push_back({plusDays(received, 2), price, "Thanh toán một lần khi ký hợp đồng"});
      }
      t.handoverDate = plusDays(received, between(3, 30));
    } else {
      t.handoverDate = plusDays(received, 2);
      if (chance(0.15)) t.giftCondition = "Bên được tặng cho có nghĩa vụ phụng dưỡng bên tặng cho đến cuối đời";
    }
    // One original per person of each side and one kept by the office.
    const size_t a = withRole(c, gift ? PartyRole::Donor : PartyRole::Transferor).size();
    const size_t b = withRole(c, gift ? PartyRole::Donee : PartyRole::Transferee).size();
    t.originals = static_cast<int>(std::min<size_t>(a + b + 1, 8));
    t.copiesPerSide = 1;
    if (c.kind == CaseKind::TransferPart)
      t.subdivisionDrawing = "Bản vẽ tách thửa số " + std::to_string(between(1, 300)) + "/BVTT ngày " +
                             std::to_string(static_cast<unsigned>(plusDays(received, -between(5, 30)).day())) +
                             " của Chi nhánh Văn phòng đăng ký đất đai khu vực Hải Lăng";
    if (chance(0.3)) t.otherTerms = "Bên A có trách nhiệm di dời tài sản trên đất trước ngày giao đất.";
    c.terms = std::move(t);
  }

  void estate(Case& c) {
    Estate e;
    const Ymd received = dayOf(c.receivedAt);
    e.deathDate = plusDays(received, -between(60, 3650));
    e.deathPlace = pick(std::array{"Tại nhà riêng", "Bệnh viện Đa khoa tỉnh Quảng Trị", "Trung tâm Y tế Hải Lăng"});
    e.deathCertificateNumber = std::to_string(between(1, 250)) + "/TLKT-BS";
    e.deathCertificateDate = plusDays(*e.deathDate, between(2, 20));
    e.deathCertificateIssuer = "UBND xã Hải Lăng";
    if (chance(0.2)) {
      e.basis = InheritanceBasis::Will;
      e.willDate = plusDays(*e.deathDate, -between(200, 2000));
      e.willDescription = "Di chúc được UBND xã Hải Lăng chứng thực";
    }
    const auto deceased = withRole(c, PartyRole::Deceased);
    if (!deceased.empty() && c.parties[deceased[0]].spouse) {
      e.survivingSpouse = c.parties[deceased[0]].spouse;
      e.spouseHalfSeparated = true;
    }
    const auto heirs = withRole(c, PartyRole::Heir);
    const std::string share = "1/" + std::to_string(heirs.size());
    for (size_t k = 0; k < heirs.size(); ++k) {
      int rank = 1;
      for (const auto& r : c.relationships)
        if (r.from == heirs[k] && r.kinship == Kinship::Sibling) rank = 2;
      const bool divide = c.kind == CaseKind::InheritanceDivision;
      // Division: one heir takes the land, the others are paid their shares; declaration: all take it jointly.
      e.heirs.push_back({heirs[k], rank, divide || c.kind == CaseKind::InheritanceDeclaration ? share : "", divide ? k == 0 : true});
    }
    for (size_t i : withRole(c, PartyRole::RenouncingHeir)) e.heirs.push_back({i, 1, "", false});
    c.estate = std::move(e);
  }

  // Who holds each parcel: side A (a couple's common property without shares, co-owning siblings half each), or
  // the deceased and the surviving spouse.
  void owners(Case& c) {
    std::vector<size_t> holders;
    switch (c.kind) {
      case CaseKind::Gift: holders = withRole(c, PartyRole::Donor); break;
      case CaseKind::TransferWhole:
      case CaseKind::TransferPart: holders = withRole(c, PartyRole::Transferor); break;
      default:
        holders = withRole(c, PartyRole::Deceased);
        if (c.estate && c.estate->survivingSpouse) holders.push_back(*c.estate->survivingSpouse);
    }
    if (holders.size() < 2) return;
    bool couple = holders.size() == 2 && c.parties[holders[0]].spouse == holders[1];
    for (auto& parcel : c.parcels) {
      parcel.parcel.useForm = UseForm::Shared;
      for (size_t h : holders)
        parcel.owners.push_back({h, couple ? std::string() : "1/" + std::to_string(holders.size())});
    }
  }

  void papers(Case& c) {
    std::vector<DocumentKind> kinds;
    for (size_t i = 0; i < c.parties.size(); ++i)
      if (c.parties[i].role != PartyRole::Deceased) kinds.push_back(DocumentKind::IdCard);
    for (size_t i = 0; i < c.parcels.size(); ++i) kinds.push_back(DocumentKind::LandCertificate);
    bool married = false;
    for (const auto& p : c.parties) married = married || p.spouse.has_value();
    if (married) kinds.push_back(DocumentKind::MarriageCertificate);
    if (c.estate) kinds.push_back(DocumentKind::DeathCertificate);
    if (c.kind == CaseKind::Gift || c.estate) kinds.push_back(DocumentKind::KinshipProof);
    if (c.kind == CaseKind::TransferPart) kinds.push_back(DocumentKind::SubdivisionDrawing);
    if (chance(0.25) && kinds.size() > 2) kinds.erase(kinds.end() - 1);  // one paper still to come
    for (size_t k = 0; k < kinds.size(); ++k) {
      SourceDocument d;
      d.kind = kinds[k];
      d.channel = c.channel;
      d.receivedAt = c.receivedAt;
      d.fileName = std::string(codeOf(kinds[k])) + "_" + std::to_string(k + 1) + ".jpg";
      d.mediaType = "image/jpeg";
      c.documents.push_back(std::move(d));
    }
  }

 private:
  std::mt19937_64 rng_;
};

}  // namespace

void addDocumentDetails(Case& c, uint64_t seed) {
  Details d(seed);
  if (c.kind == CaseKind::TransferWhole || c.kind == CaseKind::TransferPart || c.kind == CaseKind::Gift) d.terms(c);
  else d.estate(c);
  d.owners(c);
  d.papers(c);
}

}  // namespace landdesk::demo
