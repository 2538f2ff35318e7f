#include "case_list_ctrl.h"

#include <algorithm>

#include <wx/intl.h>

#include "case_labels.h"

namespace landdesk::gui {

wxIMPLEMENT_DYNAMIC_CLASS(CaseListCtrl, wxListCtrl);

void CaseListCtrl::setCases(std::shared_ptr<const std::vector<model::CaseSummary>> cases) {
  cases_ = std::move(cases);
  now_ = localNow();
  overdue_.SetTextColour(wxColour(0xB0, 0x1E, 0x1E));
  // Keep the old selection from pointing at a different case.
  for (long row = selectedRow(); row != -1; row = selectedRow()) SetItemState(row, 0, wxLIST_STATE_SELECTED);
  SetItemCount(static_cast<long>(caseCount()));
  if (caseCount() > 0) EnsureVisible(0);
  Refresh();
}

void CaseListCtrl::extendCases(std::shared_ptr<const std::vector<model::CaseSummary>> cases) {
  cases_ = std::move(cases);
  SetItemCount(static_cast<long>(caseCount()));
  Refresh();
}

const model::CaseSummary* CaseListCtrl::caseAt(long row) const {
  if (row < 0 || static_cast<size_t>(row) >= caseCount()) return nullptr;
  return &(*cases_)[static_cast<size_t>(row)];
}

wxString CaseListCtrl::OnGetItemText(long item, long column) const {
  const model::CaseSummary* c = caseAt(item);
  if (!c) return {};
  switch (column) {
    case Code: return toWx(c->code);
    case Kind: return termLabel(c->kind);
    case MainParty: return toWx(c->mainParty);
    case Parcel: return parcelReference(c->parcelNumber, c->mapSheet);
    case Status: return termLabel(c->status);
    case DueDate: return c->dueAt ? shortDate(*c->dueAt) : wxString();
    default: return {};
  }
}

wxItemAttr* CaseListCtrl::OnGetItemAttr(long item) const {
  const model::CaseSummary* c = caseAt(item);
  return c && isOverdue(*c, now_) ? &overdue_ : nullptr;
}

void CaseListCtrl::setUpColumns() {
  if (GetColumnCount() == 0) {
    AppendColumn(_("Case code"));
    AppendColumn(_("Kind"));
    AppendColumn(_("Main party"));
    AppendColumn(_("Parcel"));
    AppendColumn(_("Status"));
    AppendColumn(_("Due date"));
  }
  auto header = [this](long column) {
    wxListItem item;
    item.SetMask(wxLIST_MASK_TEXT);
    GetColumn(static_cast<int>(column), item);
    return item.GetText();
  };
  auto widest = [this](std::initializer_list<wxString> samples) {
    int width = 0;
    for (const wxString& s : samples) width = std::max(width, GetTextExtent(s).x);
    return width + FromDIP(16);
  };
  auto widestTerm = [&](auto enumValues) {
    int width = 0;
    for (const auto& t : enumValues) width = std::max(width, widest({termLabel(t.value)}));
    return width;
  };
  SetColumnWidth(Code, widest({wxASCII_STR("HS-2026-00000"), header(Code)}));
  SetColumnWidth(Kind, std::min(widestTerm(model::terms<model::CaseKind>()), FromDIP(200)));
  SetColumnWidth(MainParty, widest({toWx("Nguyễn Thị Phượng Hà"), header(MainParty)}));
  SetColumnWidth(Parcel, widest({parcelReference("1234", "56"), header(Parcel)}));
  SetColumnWidth(Status, std::min(widestTerm(model::terms<model::CaseStatus>()), FromDIP(150)));
  SetColumnWidth(DueDate, widest({wxASCII_STR("00/00/0000"), header(DueDate)}));
}

int CaseListCtrl::preferredWidth() const {
  int width = FromDIP(28);
  for (int column = 0; column < GetColumnCount(); ++column) width += GetColumnWidth(column);
  return width;
}

}  // namespace landdesk::gui
