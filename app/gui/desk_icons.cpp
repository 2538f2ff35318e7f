#include "desk_icons.h"

#include <map>
#include <string>

#include <wx/toolbar.h>
#include <wx/xrc/xmlres.h>

namespace landdesk::gui {

namespace {

// One stroke style for every icon (24-unit grid), so they read as one set beside GTK's own.
#define LANDDESK_SVG(body)                                                                                   \
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='#2b5797' stroke-width='2' " \
  "stroke-linecap='round' stroke-linejoin='round'>" body "</svg>"

const std::map<std::string_view, const char*>& svgs() {
  static const std::map<std::string_view, const char*> table{
      {"open", LANDDESK_SVG("<path d='M3 7h6l2 2h10v10H3z'/><path d='M3 7V5h6'/>")},
      {"refresh", LANDDESK_SVG("<path d='M20 12a8 8 0 1 1-3-6.2'/><path d='M20 4v5h-5'/>")},
      {"find", LANDDESK_SVG("<circle cx='10' cy='10' r='6'/><path d='M15 15l6 6'/>")},
      {"documents", LANDDESK_SVG("<path d='M6 2h9l4 4v16H6z'/><path d='M9 11h7M9 15h7M9 19h4'/>")},
      {"advance", LANDDESK_SVG("<path d='M4 12h14'/><path d='M13 6l6 6-6 6'/>")},
      {"settings", LANDDESK_SVG("<circle cx='12' cy='12' r='3'/><path d='M12 2v4M12 18v4M2 12h4M18 12h4M5 5l3 3M16 16l3 3M5 19l3-3M16 8l3-3'/>")},
  };
  return table;
}

#undef LANDDESK_SVG

}  // namespace

const std::vector<std::string_view>& deskIconNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const auto& [name, svg] : svgs()) out.push_back(name);
    return out;
  }();
  return names;
}

wxBitmapBundle deskIcon(std::string_view name) {
  const auto it = svgs().find(name);
  return it == svgs().end() ? wxBitmapBundle() : wxBitmapBundle::FromSVG(it->second, wxSize(16, 16));
}

void applyDeskIcons(wxToolBar& toolbar) {
  const std::pair<const char*, std::string_view> tools[] = {
      {"wxID_OPEN", "open"}, {"case_refresh", "refresh"}, {"case_find", "find"},
      {"case_documents", "documents"}, {"case_advance", "advance"}};
  for (const auto& [id, icon] : tools)
    if (toolbar.FindById(wxXmlResource::GetXRCID(wxString::FromAscii(id))))
      toolbar.SetToolNormalBitmap(wxXmlResource::GetXRCID(wxString::FromAscii(id)), deskIcon(icon));
  toolbar.Realize();
}

}  // namespace landdesk::gui
