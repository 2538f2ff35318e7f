#include "case_view_tab.h"

#include <stdexcept>
#include <string>

#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

namespace landdesk::gui {

CaseViewPage::CaseViewPage(wxWindow* parent, const char* name, storage::Database& db, int64_t caseId)
    : db_(db), caseId_(caseId) {
  const wxString panel = wxString::FromAscii(name);
  const bool loaded = wxXmlResource::Get()->LoadPanel(this, parent, panel);
  if (!loaded) throw std::logic_error(std::string("forms/case_view_tabs.xrc: no panel named ") + name);
  list_ = dynamic_cast<wxListCtrl*>(FindWindow(wxXmlResource::GetXRCID(panel + wxASCII_STR("_list"))));
  status_ = dynamic_cast<wxStaticText*>(FindWindow(wxXmlResource::GetXRCID(panel + wxASCII_STR("_status"))));
  if (!list_ || !status_) throw std::logic_error(std::string("forms/case_view_tabs.xrc: ") + name + " lacks _list or _status");
}

wxString CaseViewPage::statusText() const { return status_->GetLabel(); }

void CaseViewPage::setStatus(const wxString& text) { status_->SetLabel(text); }

void CaseViewPage::setColumns(std::initializer_list<wxString> headers) {
  list_->ClearAll();
  for (const wxString& h : headers) list_->AppendColumn(h);
}

void CaseViewPage::addRow(std::initializer_list<wxString> cells) {
  long row = -1;
  int column = 0;
  for (const wxString& cell : cells) {
    if (column == 0) row = list_->InsertItem(list_->GetItemCount(), cell);
    else list_->SetItem(row, column, cell);
    ++column;
  }
}

void CaseViewPage::fitColumns() {
  for (int c = 0; c < list_->GetColumnCount(); ++c) list_->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
}

}  // namespace landdesk::gui
