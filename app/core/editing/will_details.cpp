#include "editing/will_details.h"

#include <cstdio>

#include "text/dates.h"

namespace landdesk::editing {

using namespace landdesk::model;

namespace {

std::string trimmed(std::string_view s) {
  const size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1));
}

}  // namespace

Status setWillDetails(Case& c, InheritanceBasis basis, std::string_view willDate, std::string description,
                      std::chrono::year_month_day today) {
  if (!c.estate)
    return makeError("editing.no_estate", "Chỉ hồ sơ thừa kế mới có di chúc",
                     "Only an inheritance case has a will");
  Estate& e = *c.estate;
  e.basis = basis;
  if (basis == InheritanceBasis::Law) {
    e.willDate.reset();
    e.willDescription.clear();
    return {};
  }
  const std::string typed = trimmed(willDate);
  if (typed.empty()) {
    e.willDate.reset();
  } else {
    auto date = text::parseDmyDate(typed);
    if (!date)
      return makeError("editing.will_date", "Ngày lập di chúc phải viết dạng DD/MM/YYYY và là ngày có thật",
                       "The will's date must be written DD/MM/YYYY and be a real date", typed);
    if (*date > today)
      return makeError("editing.will_date_future", "Ngày lập di chúc không thể sau ngày hôm nay",
                       "The will's date cannot be after today", typed);
    e.willDate = *date;
  }
  e.willDescription = trimmed(description);
  return {};
}

std::string willDateText(const Case& c) {
  if (!c.estate || !c.estate->willDate) return {};
  const auto& d = *c.estate->willDate;
  char text[32];
  std::snprintf(text, sizeof text, "%02u/%02u/%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  return text;
}

}  // namespace landdesk::editing
