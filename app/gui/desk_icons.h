// The desk's toolbar and navigation icons: small SVGs compiled in, drawn sharp at any display scale (wxBitmapBundle).
#pragma once

#include <string_view>
#include <vector>

#include <wx/bmpbndl.h>

class wxToolBar;

namespace landdesk::gui {

// The names deskIcon knows: "open", "refresh", "find", "documents", "advance", "settings".
const std::vector<std::string_view>& deskIconNames();
// The icon at 16×16 logical pixels; an empty bundle for an unknown name.
wxBitmapBundle deskIcon(std::string_view name);
// Puts the desk icons on the main toolbar's tools (by their XRC ids) and re-lays it out.
void applyDeskIcons(wxToolBar& toolbar);

}  // namespace landdesk::gui
