// The office profile as settings pages: commune, signer, receiving officer, formats (model/office_profile.h).
#pragma once

#include <string>
#include <vector>

#include "settings_fields_page.h"

namespace landdesk::gui {

// A page with the office settings whose keys start with one of `prefixes` ("office.", "signer.", "format." …), in
// the order of officeSettings(). A page holding the format keys shows a live preview of the register number and of
// an amount in words in the chosen style.
SettingsFieldsPage* makeOfficeSettingsPage(wxWindow* parent, const std::vector<std::string>& prefixes);

// The preview line of the format page, for the values given.
wxString formatPreview(const std::map<std::string, std::string>& values);

}  // namespace landdesk::gui
