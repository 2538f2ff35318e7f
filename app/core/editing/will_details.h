// The basis of an inheritance (theo pháp luật / theo di chúc) and, by will, the will's date and how it was made and
// certified, as the inheritance documents print them ({di_san.di_chuc.ngay}, {di_san.di_chuc.mo_ta}).
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "model/case.h"
#include "util/error.h"

namespace landdesk::editing {

// Sets the estate's basis. By will: `willDate` typed as the officer writes it ("05/02/2026", "5/2/2026"; empty =
// not known yet) must be a real date not after `today`, and `description` ("Di chúc lập ngày …, được UBND xã …
// chứng thực số …") is kept as typed (trimmed). By law: the will's date and description are cleared, so no
// document speaks of a will. Refused: a case without an estate (not an inheritance), a bad or future date.
Status setWillDetails(model::Case& c, model::InheritanceBasis basis, std::string_view willDate,
                      std::string description, std::chrono::year_month_day today);
// "05/02/2026", or empty when the estate records no will date.
std::string willDateText(const model::Case& c);

}  // namespace landdesk::editing
