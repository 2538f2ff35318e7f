// The inheritance data of an estate case: the deceased's death record, basis (law or will), the surviving spouse's
// half, and each heir's rank, share and whether he or she takes the land.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace landdesk::model {

// Thừa kế theo pháp luật / theo di chúc.
enum class InheritanceBasis { Law, Will };

// One heir's place in the division (the person is a party of the case with role Heir or RenouncingHeir).
struct HeirShare {
  size_t party = 0;   // index into Case::parties
  int rank = 1;       // hàng thừa kế 1, 2, 3 (Civil Code art. 651)
  std::string share;  // "1/3" of the estate; empty for a renouncing heir or a joint declaration
  bool takesLand = false;  // this heir receives the land-use right
  friend bool operator==(const HeirShare&, const HeirShare&) = default;
};

struct Estate {
  // The deceased is the case's party with role Deceased.
  std::optional<std::chrono::year_month_day> deathDate;
  std::string deathPlace;
  std::string deathCertificateNumber;  // giấy chứng tử / trích lục khai tử số
  std::optional<std::chrono::year_month_day> deathCertificateDate;
  std::string deathCertificateIssuer;
  InheritanceBasis basis = InheritanceBasis::Law;
  std::optional<std::chrono::year_month_day> willDate;
  std::string willDescription;  // "Di chúc lập ngày … được UBND xã … chứng thực"
  std::optional<size_t> survivingSpouse;  // index into Case::parties
  bool spouseHalfSeparated = false;        // the spouse's half of common property is taken out first
  std::vector<HeirShare> heirs;
  friend bool operator==(const Estate&, const Estate&) = default;
};

}  // namespace landdesk::model
