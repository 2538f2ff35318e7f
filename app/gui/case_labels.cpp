#include "case_labels.h"

#include <cstdio>

#include <wx/intl.h>

#include "text/number_format.h"

namespace landdesk::gui {

wxString shortDate(std::chrono::year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02u/%02u/%04d", static_cast<unsigned>(day.day()),
                static_cast<unsigned>(day.month()), static_cast<int>(day.year()));
  return wxString::FromAscii(buffer);
}

wxString shortDate(LocalDateTime at) { return shortDate(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(at)}); }

wxString shortDateTime(LocalDateTime at) {
  const auto day = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::hh_mm_ss time{std::chrono::floor<std::chrono::minutes>(at - day)};
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()));
  return shortDate(std::chrono::year_month_day{day}) + wxASCII_STR(" ") + wxString::FromAscii(buffer);
}

wxString parcelReference(const std::string& parcelNumber, const std::string& mapSheet) {
  if (parcelNumber.empty()) return {};
  if (mapSheet.empty()) return wxString::Format(_("Parcel %s"), toWx(parcelNumber));
  return wxString::Format(_("Parcel %s, sheet %s"), toWx(parcelNumber), toWx(mapSheet));
}

wxString areaText(const Decimal& squareMetres) { return toWx(text::formatDecimal(squareMetres) + " m²"); }

wxString moneyText(int64_t dong) { return toWx(text::formatInteger(dong) + " đ"); }

bool isOverdue(const model::CaseSummary& summary, LocalDateTime now) {
  using model::CaseStatus;
  if (!summary.dueAt || *summary.dueAt >= now) return false;
  return summary.status != CaseStatus::Collected && summary.status != CaseStatus::Refused &&
         summary.status != CaseStatus::Withdrawn;
}

}  // namespace landdesk::gui
