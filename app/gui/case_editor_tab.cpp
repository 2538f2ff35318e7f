#include "case_editor_tab.h"

#include <stdexcept>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include "text/number_format.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

void CaseEditorTab::require(bool all, const char* panel) {
  if (!all) throw std::logic_error(std::string("forms/case_editor_tabs.xrc: the panel ") + panel + " lacks a control");
}

std::string formText(const wxTextCtrl& text) { return toUtf8(text.GetValue().Strip(wxString::both)); }

Result<std::optional<std::chrono::year_month_day>> formDate(const wxTextCtrl& text, const char* field) {
  const std::string typed = formText(text);
  if (typed.empty()) return std::optional<std::chrono::year_month_day>();
  if (auto d = parseCanonicalDate(typed)) return std::optional(*d);
  return makeError("editor.bad_date", std::string("Ngày phải viết dạng YYYY-MM-DD (") + field + ")",
                   std::string("A date must be written YYYY-MM-DD (") + field + ")", typed);
}

namespace {

// A typed number through `parse` (the text kit's officer-input parsers), the field named in a refusal.
template <class T, class Parse>
Result<std::optional<T>> formNumber(const wxTextCtrl& text, const char* field, Parse parse) {
  const std::string typed = formText(text);
  if (typed.empty()) return std::optional<T>();
  Result<T> value = parse(typed);
  if (!value)
    return makeError(value.error().code, value.error().vi + " (" + field + ")", value.error().en + " (" + field + ")");
  return std::optional<T>(*value);
}

}  // namespace

Result<std::optional<int64_t>> formAmount(const wxTextCtrl& text, const char* field) {
  return formNumber<int64_t>(text, field, [](std::string_view s) { return text::parseAmount(s); });
}

Result<std::optional<Decimal>> formDecimal(const wxTextCtrl& text, const char* field) {
  return formNumber<Decimal>(text, field, [](std::string_view s) { return text::parseDecimal(s); });
}

long selectedRow(const wxListCtrl& list) { return list.GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

void selectListRow(wxListCtrl& list, long row) {
  if (row < 0 || row >= list.GetItemCount()) return;
  list.SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  list.EnsureVisible(row);
}

void fillPartyChoice(wxChoice& choice, const model::Case& c, std::optional<size_t> selected, bool withNone) {
  choice.Clear();
  if (withNone) choice.Append(wxASCII_STR("-"));
  for (const model::CaseParty& p : c.parties) choice.Append(toWx(p.party.fullName));
  const int offset = withNone ? 1 : 0;
  if (selected && *selected < c.parties.size())
    choice.SetSelection(static_cast<int>(*selected) + offset);
  else if (withNone || !c.parties.empty())
    choice.SetSelection(0);
}

}  // namespace landdesk::gui
