#include "agencies_page.h"

#include "translations.h"
#include "workflow/handoff.h"
#include "wx_text.h"

namespace landdesk::gui {

SettingsFieldsPage* makeAgenciesPage(wxWindow* parent) {
  using workflow::AgencyKind;
  std::vector<SettingsField> fields;
  for (AgencyKind kind : {AgencyKind::LandRegistrationOffice, AgencyKind::LandRegistrationBranch,
                          AgencyKind::ServiceCentre, AgencyKind::TaxOffice})
    fields.push_back({"handoff.agency." + std::string(workflow::agencyKindCode(kind)),
                      toWx(std::string(workflow::agencyKindLabel(kind, uiLanguage()))), {}});
  return new SettingsFieldsPage(parent, std::move(fields));
}

}  // namespace landdesk::gui
