#include "settings_fields_page.h"

#include <stdexcept>

#include <wx/combobox.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "model/office_profile.h"
#include "storage/settings_repository.h"
#include "wx_text.h"

namespace landdesk::gui {

SettingsFieldsPage::SettingsFieldsPage(wxWindow* parent, std::vector<SettingsField> fields, Preview preview)
    : fields_(std::move(fields)), preview_(std::move(preview)) {
  if (!wxXmlResource::Get()->LoadPanel(this, parent, wxASCII_STR("settings_fields_page")))
    throw std::logic_error("forms/settings_dialog.xrc: no panel named settings_fields_page");
  auto* area = XRCCTRL(*this, "settings_fields", wxScrolledWindow);
  previewLine_ = XRCCTRL(*this, "settings_preview", wxStaticText);
  if (!area || !previewLine_) throw std::logic_error("forms/settings_dialog.xrc lacks a control settings_fields_page needs");
  // The fields come from the settings tables (model/office_profile, workflow/handoff), so they are laid out here.
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
  grid->AddGrowableCol(1, 1);
  for (const SettingsField& field : fields_) {
    grid->Add(new wxStaticText(area, wxID_ANY, field.label), 0, wxALIGN_CENTER_VERTICAL);
    wxArrayString choices;
    for (const auto& c : field.choices) choices.Add(toWx(c));
    // A combo box even without choices: one control type keeps values()/load() simple, and GTK draws it as a field.
    auto* control = new wxComboBox(area, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(360, -1)), choices,
                                   field.choices.empty() ? 0L : static_cast<long>(wxCB_DROPDOWN));
    control->SetName(toWx(field.key));
    control->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
      refreshPreview();
      e.Skip();
    });
    grid->Add(control, 1, wxEXPAND);
    controls_[field.key] = control;
  }
  area->SetSizer(grid);
  area->SetScrollRate(0, FromDIP(10));
  previewLine_->Show(static_cast<bool>(preview_));
  refreshPreview();
}

void SettingsFieldsPage::load(const std::map<std::string, std::string>& stored,
                              const std::map<std::string, std::string>& defaults) {
  for (auto& [key, control] : controls_) {
    auto it = stored.find(key);
    if (it == stored.end() || it->second.empty()) it = defaults.find(key);
    control->ChangeValue(it == defaults.end() ? wxString() : toWx(it->second));
  }
  refreshPreview();
}

std::map<std::string, std::string> SettingsFieldsPage::values() const {
  std::map<std::string, std::string> out;
  for (const auto& [key, control] : controls_) out[key] = toUtf8(control->GetValue().Strip(wxString::both));
  return out;
}

void SettingsFieldsPage::setValue(const std::string& key, const std::string& value) {
  if (auto it = controls_.find(key); it != controls_.end()) it->second->SetValue(toWx(value));
}

wxString SettingsFieldsPage::previewText() const { return previewLine_->GetLabel(); }

void SettingsFieldsPage::refreshPreview() {
  if (!preview_) return;
  previewLine_->SetLabel(preview_(values()));
  Layout();
}

Status loadSettingsPages(storage::Database& db, const std::vector<SettingsFieldsPage*>& pages) {
  auto stored = db.settings().all();
  if (!stored) return stored.error();
  const auto defaults = model::settingsOf(model::OfficeProfile{});
  for (SettingsFieldsPage* page : pages) page->load(*stored, defaults);
  return {};
}

Status saveSettingsPages(storage::Database& db, const std::vector<SettingsFieldsPage*>& pages, const std::string& actor) {
  std::map<std::string, std::string> values;
  for (const SettingsFieldsPage* page : pages) values.merge(page->values());
  return db.settings().setAll(values, actor);
}

}  // namespace landdesk::gui
