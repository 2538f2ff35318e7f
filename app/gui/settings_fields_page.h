// A settings page of labelled text fields, one per settings key (the office, signer and agency pages are made of it).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "storage/database.h"
#include "util/error.h"

class wxComboBox;
class wxStaticText;

namespace landdesk::gui {

struct SettingsField {
  std::string key;                   // "office.commune"
  wxString label;                    // in the UI language
  std::vector<std::string> choices;  // offered in a drop-down that still takes any text; empty: a plain field
};

class SettingsFieldsPage : public wxPanel {
 public:
  // `preview` (optional) turns the values as typed into a line shown under the fields, refreshed on every key.
  using Preview = std::function<wxString(const std::map<std::string, std::string>& values)>;
  SettingsFieldsPage(wxWindow* parent, std::vector<SettingsField> fields, Preview preview = {});

  // Fills the fields from stored settings (keys not stored keep `defaults`).
  void load(const std::map<std::string, std::string>& stored, const std::map<std::string, std::string>& defaults);
  // Every field's key and value as typed, trimmed (an empty value removes the setting).
  std::map<std::string, std::string> values() const;
  void setValue(const std::string& key, const std::string& value);
  bool hasKey(const std::string& key) const { return controls_.count(key) > 0; }
  wxString previewText() const;

 private:
  void refreshPreview();

  std::vector<SettingsField> fields_;
  Preview preview_;
  std::map<std::string, wxComboBox*> controls_;
  wxStaticText* previewLine_ = nullptr;
};

// Fills the pages from the stored settings, with the office profile's defaults for keys not stored.
Status loadSettingsPages(storage::Database& db, const std::vector<SettingsFieldsPage*>& pages);
// Stores every page's values in one transaction (an empty value removes that setting).
Status saveSettingsPages(storage::Database& db, const std::vector<SettingsFieldsPage*>& pages, const std::string& actor);

}  // namespace landdesk::gui
