#include "office_settings_page.h"

#include <chrono>

#include <wx/intl.h>

#include "documents/document_data.h"
#include "model/office_profile.h"
#include "text/number_words.h"
#include "translations.h"
#include "util/datetime.h"
#include "wx_text.h"

namespace landdesk::gui {

namespace {

// Choices offered where the law or the office has a short list; the officer may still type another value.
std::vector<std::string> choicesFor(const std::string& key) {
  if (key == "office.commune_type") return {"xã", "phường", "đặc khu"};
  if (key == "signer.title") return {"Chủ tịch", "Phó Chủ tịch"};
  if (key == "signer.acting_for") return {"", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"};
  if (key == "receiver.title") return {"Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng"};
  if (key == "format.number_style") return {"north", "south"};
  return {};
}

bool startsWithAny(const std::string& key, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (key.rfind(p, 0) == 0) return true;
  return false;
}

}  // namespace

wxString formatPreview(const std::map<std::string, std::string>& values) {
  documents::AuthenticationNumber sample;
  sample.number = 7;
  sample.book = 1;
  sample.year = static_cast<int>(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(localNow())).year());
  auto format = values.find("format.register_number");
  const std::string number = documents::authenticationNumberText(
      format == values.end() || format->second.empty() ? model::OfficeProfile{}.registerNumberFormat : format->second,
      sample);
  auto style = values.find("format.number_style");
  const bool south = style != values.end() && style->second == "south";
  auto words = text::moneyWords(105'500'000, south ? text::WordsStyle::south() : text::WordsStyle::north());
  return wxString::Format(_("Preview: %s; 105,500,000 dong reads: %s"), toWx(number),
                          words ? toWx(*words) : toWx(words.error().text(uiLanguage())));
}

SettingsFieldsPage* makeOfficeSettingsPage(wxWindow* parent, const std::vector<std::string>& prefixes) {
  std::vector<SettingsField> fields;
  bool formats = false;
  for (const auto& s : model::officeSettings()) {
    if (!startsWithAny(s.key, prefixes)) continue;
    formats = formats || std::string(s.key).rfind("format.", 0) == 0;
    fields.push_back({s.key, toWx(uiLanguage() == Language::English ? s.en : s.vi), choicesFor(s.key)});
  }
  return new SettingsFieldsPage(parent, std::move(fields),
                                formats ? SettingsFieldsPage::Preview(formatPreview) : SettingsFieldsPage::Preview());
}

}  // namespace landdesk::gui
