// The agencies the desk hands dossiers to (registration office or branch, service centre, tax office) as settings.
#pragma once

#include "settings_fields_page.h"

namespace landdesk::gui {

// One field per agency kind (workflow/handoff.h), stored as handoff.agency.<code>; empty uses the kind's label.
SettingsFieldsPage* makeAgenciesPage(wxWindow* parent);

}  // namespace landdesk::gui
