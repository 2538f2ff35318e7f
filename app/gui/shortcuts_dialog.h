// Help → Phím tắt: every keyboard shortcut of the menu bar, read from the menus themselves so the list never lags.
#pragma once

#include <utility>
#include <vector>

#include <wx/dialog.h>

class wxListCtrl;
class wxMenuBar;

namespace landdesk::gui {

// (menu item label, accelerator text) of every item that has a shortcut, in menu order.
std::vector<std::pair<wxString, wxString>> menuShortcuts(const wxMenuBar& menus);

class ShortcutsDialog : public wxDialog {
 public:
  // `more`: keys that are not accelerators of `menus` (Enter in the case list, the case editor's own menu).
  ShortcutsDialog(wxWindow* parent, const wxMenuBar& menus, const std::vector<std::pair<wxString, wxString>>& more = {});
  long shortcutCount() const;

 private:
  wxListCtrl* list_ = nullptr;
};

}  // namespace landdesk::gui
