// The detail pane's page for one case (parties, parcels, papers, history) as HTML for wxHtmlWindow.
#pragma once

#include <vector>

#include <wx/string.h>

#include "model/case.h"
#include "model/case_event.h"

namespace landdesk::access {
struct Actor;
}

namespace landdesk::gui {

// ID numbers show in full only to a `viewer` whose role needs them (access::idNumberFor), masked otherwise.
wxString caseDetailHtml(const model::Case& c, const std::vector<model::CaseEvent>& events, const access::Actor& viewer);

// A short centred note (no case selected, nothing open, an error), in the same look as the case page.
wxString noteHtml(const wxString& headline, const wxString& detail = {});

}  // namespace landdesk::gui
