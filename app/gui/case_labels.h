// How a case's values read on screen: vocabulary labels in the UI language, dates, parcel references, area, money.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include <wx/string.h>

#include "model/case.h"
#include "model/vocabulary.h"
#include "translations.h"
#include "util/datetime.h"
#include "util/decimal.h"
#include "wx_text.h"

namespace landdesk::gui {

// The label of a vocabulary value (kind, status, role …) in the UI language.
template <class E>
wxString termLabel(E value) {
  const auto& t = model::term(value);
  return toWx(uiLanguage() == Language::English ? t.en : t.vi);
}

wxString shortDate(std::chrono::year_month_day day);  // "05/02/2026"
wxString shortDate(LocalDateTime at);                  // "05/02/2026"
wxString shortDateTime(LocalDateTime at);              // "05/02/2026 14:30"
// "Thửa 12, tờ 5" (English: "Parcel 12, sheet 5"); empty when the case has no parcel yet.
wxString parcelReference(const std::string& parcelNumber, const std::string& mapSheet);
wxString areaText(const Decimal& squareMetres);  // "120,5 m²"
wxString moneyText(int64_t dong);                // "1.250.000.000 đ"

// Past its due date and still open (not collected, refused or withdrawn).
bool isOverdue(const model::CaseSummary& summary, LocalDateTime now);

}  // namespace landdesk::gui
