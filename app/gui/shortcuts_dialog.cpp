#include "shortcuts_dialog.h"

#include <stdexcept>

#include <wx/accel.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/xrc/xmlres.h>

namespace landdesk::gui {

namespace {

void collect(const wxMenu& menu, const wxString& path, std::vector<std::pair<wxString, wxString>>& out) {
  for (const wxMenuItem* item : menu.GetMenuItems()) {
    if (item->IsSeparator()) continue;
    if (const wxMenu* sub = item->GetSubMenu()) {
      collect(*sub, path + item->GetItemLabelText() + wxASCII_STR(" > "), out);
      continue;
    }
    const wxAcceleratorEntry* accel = item->GetAccel();
    if (accel && accel->IsOk()) out.emplace_back(path + item->GetItemLabelText(), accel->ToString());
    delete accel;  // GetAccel returns a new entry the caller owns
  }
}

}  // namespace

std::vector<std::pair<wxString, wxString>> menuShortcuts(const wxMenuBar& menus) {
  std::vector<std::pair<wxString, wxString>> out;
  for (size_t i = 0; i < menus.GetMenuCount(); ++i)
    collect(*menus.GetMenu(i), wxMenuItem::GetLabelText(menus.GetMenuLabel(i)) + wxASCII_STR(" > "), out);
  return out;
}

ShortcutsDialog::ShortcutsDialog(wxWindow* parent, const wxMenuBar& menus,
                                 const std::vector<std::pair<wxString, wxString>>& more) {
  if (!wxXmlResource::Get()->LoadDialog(this, parent, wxASCII_STR("shortcuts_dialog")))
    throw std::logic_error("forms/shortcuts_dialog.xrc: no dialog named shortcuts_dialog");
  list_ = XRCCTRL(*this, "shortcut_list", wxListCtrl);
  if (!list_ || !FindWindow(XRCID("shortcuts_close")))
    throw std::logic_error("forms/shortcuts_dialog.xrc lacks a control shortcuts_dialog.cpp needs");
  list_->AppendColumn(_("Key"), wxLIST_FORMAT_LEFT, FromDIP(140));
  list_->AppendColumn(_("Action"), wxLIST_FORMAT_LEFT, FromDIP(380));
  long row = 0;
  auto shortcuts = menuShortcuts(menus);
  shortcuts.insert(shortcuts.end(), more.begin(), more.end());
  for (const auto& [label, keys] : shortcuts) {
    list_->InsertItem(row, keys);
    list_->SetItem(row++, 1, label);
  }
  SetEscapeId(XRCID("shortcuts_close"));
}

long ShortcutsDialog::shortcutCount() const { return list_->GetItemCount(); }

}  // namespace landdesk::gui
