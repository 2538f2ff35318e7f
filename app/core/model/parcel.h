// A land parcel as the GCN (land-use right certificate) describes it: the BA unit of the case.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/vocabulary.h"
#include "util/decimal.h"

namespace landdesk::model {

// One purpose of use with its land-type code: "ONT 100 m²" of a mixed-use parcel.
struct LandPurpose {
  std::string code;  // ONT, CLN, LUC …
  std::string name;  // "Đất ở tại nông thôn"
  Decimal area;      // m²
  friend bool operator==(const LandPurpose&, const LandPurpose&) = default;
};

struct Parcel {
  int64_t id = 0;
  std::string serial;          // số phát hành, "BA 685616"
  std::string registerNumber;  // số vào sổ cấp GCN, "CH 01234"
  std::string issuer;          // cơ quan cấp
  std::optional<std::chrono::year_month_day> issueDate;
  std::string parcelNumber;  // thửa đất số
  std::string mapSheet;      // tờ bản đồ số
  std::string address;
  Decimal area;  // m², exact
  UseForm useForm = UseForm::Private;
  std::vector<LandPurpose> purposes;
  std::string term;    // thời hạn sử dụng: "Lâu dài" or "Đến ngày …"
  std::string origin;  // nguồn gốc sử dụng
  std::string assets;  // tài sản gắn liền với đất
  // The parcel row's own optimistic lock (a split and then a transfer may hold one parcel in two open cases): the
  // version read with the case; a stored write whose version no longer matches is refused. 0 = not read (no check).
  int64_t rowVersion = 0;
  friend bool operator==(const Parcel&, const Parcel&) = default;
};

}  // namespace landdesk::model
